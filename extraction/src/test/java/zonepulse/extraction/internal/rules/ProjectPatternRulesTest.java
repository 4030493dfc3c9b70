package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

/** The rule objects on their own, on sentences written for them. */
class ProjectPatternRulesTest {
    private static final ListItemsRule LISTS = new ListItemsRule(
            Lexicon.STAGE_TRIGGERS,
            Lexicon.LIST_OPENERS,
            Lexicon.TRIGGER_NOUN_PREFIXES,
            Lexicon.TRIGGER_CONDITIONAL_SUFFIXES,
            name -> ProjectNameRule.STANDARD.accepts(name, true, Stage.SIGNED));
    private static final FrameRule FRAMES = new FrameRule(
            Lexicon.STAGE_TRIGGERS,
            Lexicon.PROJECT_FRAMES,
            name -> ProjectNameRule.STANDARD.accepts(name, false, Stage.SIGNED));

    private static final CeremonyNameRule CEREMONIES =
            CeremonyNameRule.standard(name -> ProjectNameRule.STANDARD.accepts(name, false, Stage.SIGNED));

    @Test
    void aCeremonyHeldForOneProjectNamesIt() {
        String t = "9月2日，鹰潭高新区举行江铜铜箔二期项目开工奠基仪式。";
        List<ProjectMatch> found = CEREMONIES.find(t, 0, t.length());
        assertThat(names(t, found)).containsExactly("江铜铜箔二期项目");
        assertThat(found.get(0).stage()).isEqualTo(Stage.CONSTRUCTION_STARTED);
        String signed = "园区隆重举行青鸟消防智能装备基地签约活动。";
        assertThat(names(signed, CEREMONIES.find(signed, 0, signed.length()))).containsExactly("青鸟消防智能装备基地");
        assertThat(CEREMONIES.toString()).startsWith("CeremonyNameRule[");
    }

    @Test
    void aCeremonyOfABatchOrWithoutANameNamesNoProject() {
        String batch = "4月7日，开发区举行2024年二季度重点项目集中开工仪式。";
        assertThat(CEREMONIES.find(batch, 0, batch.length())).isEmpty();
        String bare = "双方举行签约仪式，共同见证合作。";
        assertThat(CEREMONIES.find(bare, 0, bare.length())).isEmpty();
    }

    private static List<String> names(String t, List<ProjectMatch> found) {
        return found.stream().map(m -> t.substring(m.nameStart(), m.nameEnd())).toList();
    }

    @Test
    void anOpenerListGetsTheStageOfTheClauseBefore() {
        String t = "本次集中开工项目共计12个，包括青石精密铸件、白鹭冷链物流园、东岭数据中心等项目。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("青石精密铸件", "白鹭冷链物流园", "东岭数据中心");
        assertThat(found).allMatch(m -> m.stage() == Stage.CONSTRUCTION_STARTED);
    }

    @Test
    void aCountedClauseThenAListSplitsAtTheLastAnd() {
        String t = "有3个项目竣工，包括南湖污水处理厂、北坡农贸市场和西岗光伏电站。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("南湖污水处理厂", "北坡农贸市场", "西岗光伏电站");
        assertThat(found).allMatch(m -> m.stage() == Stage.COMPLETED);
    }

    @Test
    void companiesSigningWithTheCountyAreOneEventEach() {
        String t = "签约现场，鼎川重工、蓝湾食品、北辰新材等二十余家企业与该区签约项目18个。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("鼎川重工", "蓝湾食品", "北辰新材");
        assertThat(found).allMatch(m -> m.stage() == Stage.SIGNED);
    }

    @Test
    void aListBeforeAllAndTheTriggerIsLanded() {
        String t = "其中青竹家居、启明光电、南风服饰都是今年招商入园的新项目。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("青竹家居", "启明光电", "南风服饰");
        assertThat(found).allMatch(m -> m.stage() == Stage.LANDED);
    }

    @Test
    void aListEndingInAnEllipsisBeforeACountedClass() {
        String t = "云帆智造二期项目、星海研发中心三期项目……全区9个重大项目今年将陆续开工建设。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("云帆智造二期项目", "星海研发中心三期项目");
    }

    @Test
    void sectorsBeforeEtcAreNoItems() {
        String t = "已招引储能、汽车电子等领域的多家企业入园。";
        assertThat(LISTS.find(t, 0, 0, t.length())).isEmpty();
    }

    @Test
    void investmentBeforeTheNameIsDroppedFromIt() {
        String t = "投资3亿元的江汉纺材、投资0.8亿元的汉川织造等5个项目集中开工。";
        List<ProjectMatch> found = LISTS.find(t, 0, 0, t.length());
        assertThat(names(t, found)).containsExactly("江汉纺材", "汉川织造");
        assertThat(found.get(0).amountStart()).isEqualTo(t.indexOf("3亿元"));
    }

    @Test
    void aQuotedNameAfterItsAmountIsTheName() {
        String t = "投资12亿元的新能源“东湖风光储一体化项目”";
        int[] name = InvestmentBeforeNameRule.STANDARD.refine(t, 0, t.length());
        assertThat(t.substring(name[0], name[1])).isEqualTo("东湖风光储一体化项目");
        assertThat(name[2]).isEqualTo(t.indexOf("12亿元"));
        assertThat(InvestmentBeforeNameRule.STANDARD.toString()).contains("投资X的Y");
    }

    @Test
    void aPhraseWithoutAmountKeepsItsName() {
        String t = "长岭汽车零部件产业园";
        int[] name = InvestmentBeforeNameRule.STANDARD.refine(t, 0, t.length());
        assertThat(name).containsExactly(0, t.length(), -1);
    }

    @Test
    void theFramesItemsGetItsStage() {
        String t = "开工项目中，北港海工装备制造基地一期项目将提升配套能力；远洋冷链物流中心将打造区域枢纽。";
        List<ProjectMatch> found = FRAMES.find(t, 0, t.length());
        assertThat(names(t, found)).containsExactly("北港海工装备制造基地一期项目", "远洋冷链物流中心");
        assertThat(found).allMatch(m -> m.stage() == Stage.CONSTRUCTION_STARTED);
        assertThat(FRAMES.toString()).startsWith("FrameRule[");
    }

    /**
     * 「此次签约项目中，…」: a determiner of the batch may open the frame's clause; a part of an item's clause that opens
     * with a predicate or a build verb (拟建设…基地, 将打造…中心) describes the item, it names no project.
     */
    @Test
    void aFrameMayOpenWithTheBatchsDeterminerAndAnItemsDescriptionNamesNone() {
        String t = "本次签约项目中，澜湄跨境电商产业园项目总投资6亿元，拟建设东盟商品集散基地；" + "滇中精密铸造基地项目总投资9亿元，将打造西南铸件研发中心。";
        List<ProjectMatch> found = FRAMES.find(t, 0, t.length());
        assertThat(names(t, found)).containsExactly("澜湄跨境电商产业园项目", "滇中精密铸造基地项目");
        assertThat(found).allMatch(m -> m.stage() == Stage.SIGNED);
        String verb = "同日开工项目中，柳江汽配产业园二期项目总投资15亿元，建设冲压焊装车间；桂中仓储物流园项目总投资4亿元。";
        assertThat(names(verb, FRAMES.find(verb, 0, verb.length()))).containsExactly("柳江汽配产业园二期项目", "桂中仓储物流园项目");
        String inside = "会上介绍，签约项目中，甲乙丙物流园项目总投资4亿元。";
        assertThat(FRAMES.find(inside, 0, inside.length())).hasSize(1);
        String object = "推进签约项目中，丁戊科技园项目总投资4亿元。";
        assertThat(FRAMES.find(object, 0, object.length())).isEmpty();
    }

    @Test
    void aTriggerWithoutFrameIsNoFrame() {
        String t = "开工项目共计8个，总投资20亿元。";
        assertThat(FRAMES.find(t, 0, t.length())).isEmpty();
        assertThat(LISTS.toString()).startsWith("ListItemsRule[");
    }

    @Test
    void amongTheCountedProjectsEachClauseNamesOneWithItsInvestment() {
        String t = "本次集中开工项目6个，总投资达40亿元。其中，青川光电模组项目，总投资12.5亿元；远洋冷链物流中心，总投资8亿元。";
        int from = t.indexOf("其中");
        List<ProjectMatch> found = FRAMES.findAfterCount(t, 0, from, t.length());
        assertThat(names(t, found)).containsExactly("青川光电模组项目", "远洋冷链物流中心");
        assertThat(found).allMatch(m -> m.stage() == Stage.CONSTRUCTION_STARTED);
        assertThat(found.get(0).amountStart()).isEqualTo(t.indexOf("12.5"));
    }

    @Test
    void amongWithoutACountedTriggerIsNoFrame() {
        String t = "园区产值稳步增长。其中，电子信息产业园，产值20亿元。";
        assertThat(FRAMES.findAfterCount(t, 0, t.indexOf("其中"), t.length())).isEmpty();
    }

    @Test
    void countedListsAfterACeremonyGetItsStage() {
        String t = "4月2日，经开区重点项目开工奠基仪式在北湖产业园举行。鼎川重工、蓝湾食品等5个外资项目，合计总投资8亿美元；北辰新材、云帆智造等9个内资项目，合计总投资20亿元。";
        int from = t.indexOf("鼎川");
        List<ProjectMatch> found = LISTS.find(t, 0, from, t.length());
        assertThat(names(t, found)).containsExactly("鼎川重工", "蓝湾食品", "北辰新材", "云帆智造");
        assertThat(found).allMatch(m -> m.stage() == Stage.CONSTRUCTION_STARTED);
    }
}
