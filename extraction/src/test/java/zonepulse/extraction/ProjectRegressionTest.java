package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.project;
import static zonepulse.extraction.Extract.text;

import org.junit.jupiter.api.Test;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;

/** One named test per project failure measured on the development corpus, on sentences written for it. */
class ProjectRegressionTest {

    /** 「其中，…」 opening the next paragraph (pages that set each sentence apart) details the counted ceremony. */
    @Test
    void amongTheCountedProjectsInTheNextParagraph() {
        ExtractionResult r = text(
                "9月6日，嘉兴经开区第三批重大项目集中签约，本次签约项目共9个，总投资62亿元。\n\n" + "其中，晶科储能电池模组项目，总投资18亿元；禾丰冷链食品加工基地，总投资6.5亿元。",
                "2024-09-07");
        ProjectEvent battery = project(r, "晶科储能电池模组项目", Stage.SIGNED);
        assertThat(battery.investment().value()).isEqualTo(18.0);
        assertThat(battery.date().value()).isEqualTo("2024-09-06");
        assertThat(project(r, "禾丰冷链食品加工基地", Stage.SIGNED).investment().value()).isEqualTo(6.5);
        assertThat(r.indicators()).noneMatch(e -> e.value() == 18.0 || e.value() == 6.5);
    }

    /** The items after 其中 separated by commas only, each name followed by its investment. */
    @Test
    void amongTheCountedProjectsSeparatedByCommas() {
        ExtractionResult r = text(
                "5月20日，贵阳高新区二季度重大项目集中开工，开工项目14个，总投资58亿元。"
                        + "其中，黔芯半导体封测基地项目总投资15亿元，筑城数据中心二期项目总投资9亿元，"
                        + "建成后年可实现营收20亿元。",
                "2023-05-21");
        assertThat(project(r, "黔芯半导体封测基地项目", Stage.CONSTRUCTION_STARTED)
                        .investment()
                        .value())
                .isEqualTo(15.0);
        assertThat(project(r, "筑城数据中心二期项目", Stage.CONSTRUCTION_STARTED)
                        .investment()
                        .value())
                .isEqualTo(9.0);
        assertThat(r.projects()).hasSize(2);
    }

    /** 拟投资 (planned investment) ends a name and introduces its amount; the 拟 of 模拟 inside a name does not. */
    @Test
    void aPlannedInvestmentAfterTheName() {
        ExtractionResult r =
                text("11月3日，芜湖高新区举行项目集中签约活动，共签约项目7个。签约项目中，" + "长江模拟芯片封测项目拟投资22亿元，皖南新型储能装备基地拟总投资9.6亿元。", "2023-11-04");
        assertThat(project(r, "长江模拟芯片封测项目", Stage.SIGNED).investment().value()).isEqualTo(22.0);
        assertThat(project(r, "皖南新型储能装备基地", Stage.SIGNED).investment().value()).isEqualTo(9.6);
        assertThat(r.indicators()).noneMatch(e -> e.value() == 22.0 || e.value() == 9.6);
    }

    /** The 会 of 管委会 is no name's trailing word when the 管委会 is the other party to a signing. */
    @Test
    void aZonesAdministrativeCommitteeIsTheOtherPartyToASigning() {
        ExtractionResult r = text("苏州汇川技术与常州武进高新区管委会签署投资协议，将投资18亿元建设伺服系统生产基地。", "2024-03-02");
        assertThat(project(r, "苏州汇川技术", Stage.SIGNED).investment().value()).isEqualTo(18.0);
        assertThat(r.projects()).noneMatch(p -> p.name().contains("管委"));
    }

    /** The facility a sentence opens with, then how far it has got, is the subject of the plan at the sentence's end. */
    @Test
    void aPlanAfterTheProgressOfTheFacilityTheSentenceOpensWith() {
        ExtractionResult r = text("蜂巢能源电芯工厂三期项目日前完成基础施工，进入主体施工阶段，计划明年8月竣工。", "2024-10-15");
        ProjectEvent planned = project(r, "蜂巢能源电芯工厂三期项目", Stage.COMPLETED);
        assertThat(planned.expected()).isTrue();
        assertThat(planned.date().value()).isEqualTo("2025-08");
    }

    /** 龙头项目 (the leading project) is a role, as 重点项目 is, and names no project. */
    @Test
    void theLeadingProjectOfACeremonyIsNoName() {
        ExtractionResult r = text("延边高新区华为云数据中心作为此次开工的龙头项目，总投资42亿元。", "2022-05-11");
        assertThat(r.projects()).noneMatch(p -> p.name().equals("龙头项目"));
    }

    /** The signing ceremony of one project names it; the clause after it gives its investment, no indicator. */
    @Test
    void theProjectOfASigningCeremonyAndItsInvestment() {
        ExtractionResult r = text("6月18日，九江经开区举行中石化光伏玻璃项目签约仪式，项目总投资32亿元。", "2024-06-19");
        ProjectEvent signed = project(r, "中石化光伏玻璃项目", Stage.SIGNED);
        assertThat(signed.date().value()).isEqualTo("2024-06-18");
        assertThat(signed.investment().value()).isEqualTo(32.0);
        assertThat(r.indicators()).isEmpty();
    }

    /** Of a signing, the project agreed on (before 合作协议, 投资协议) is the project, not the company that signs. */
    @Test
    void theProjectAnAgreementIsSignedOn() {
        ExtractionResult r = text("3月8日，天能控股集团与滁州经开区签署了天能新能源电池产业园项目投资协议。", "2024-03-09");
        assertThat(project(r, "天能新能源电池产业园项目", Stage.SIGNED).date().value()).isEqualTo("2024-03-08");
        assertThat(r.projects()).hasSize(1);
        // an agreement on no named facility signs no project of its own
        ExtractionResult strategic = text("3月8日，天能控股集团与滁州经开区签署了战略合作协议。", "2024-03-09");
        assertThat(strategic.projects()).noneMatch(p -> p.name().contains("战略"));
    }

    /** The company that signs an agreement on a project is the project's, not a word its name starts with. */
    @Test
    void theCompanyThatSignsAnAgreementIsTheProjects() {
        ExtractionResult r = text("6月2日，江西赣锋锂业集团股份有限公司与新余高新区管委会签订了固态电池二期基地项目投资协议，项目总投资50亿元。", "2025-06-03");
        var agreed = project(r, "固态电池二期基地项目", Stage.SIGNED);
        assertThat(agreed.companies()).containsExactly("江西赣锋锂业集团股份有限公司");
        assertThat(agreed.investment().value()).isEqualTo(50.0);
        ExtractionResult shortName = text("同日，杉杉股份与宁波前湾新区签署了负极材料一体化基地项目合作协议。", "2025-06-03");
        assertThat(project(shortName, "负极材料一体化基地项目", Stage.SIGNED).companies()).containsExactly("杉杉股份");
    }

    /**
     * A project named in the title and again in the body at the same stage is one event, with the date and the
     * investment only the body states.
     */
    @Test
    void aTitlesMentionTakesTheDateAndInvestmentTheBodyStates() {
        ExtractionResult r = text(
                "---\ntitle: 盐城经开区签约新能源整车零部件产业园项目\ndate: 2025-09-20\n---\n"
                        + "9月18日，盐城经开区新能源整车零部件产业园项目签约，项目总投资约35亿元，主要建设电驱、电控生产线。\n",
                null);
        assertThat(r.projects()).hasSize(1);
        var signed = project(r, "新能源整车零部件产业园项目", Stage.SIGNED);
        assertThat(signed.date().value()).isEqualTo("2025-09-18");
        assertThat(signed.investment().value()).isEqualTo(35.0);
    }

    /** 「由X投资建设的Y项目」: X is the company behind Y. */
    @Test
    void theCompanyOfARelativeClauseBeforeTheNameIsTheProjects() {
        ExtractionResult r = text("由中建三局承建的光谷科学岛一期项目近日主体结构封顶，预计明年6月竣工。", "2025-08-12");
        assertThat(project(r, "光谷科学岛一期项目", Stage.TOPPED_OUT).companies()).containsExactly("中建三局");
        ExtractionResult invested = text("由华勤技术投资建设的南昌智能终端产业园项目已于3月开工。", "2025-08-12");
        assertThat(project(invested, "南昌智能终端产业园项目", Stage.CONSTRUCTION_STARTED).companies())
                .containsExactly("华勤技术");
    }

    @Test
    void listAfterIncludingAfterACountedCeremony() {
        ExtractionResult r = text("4月9日，集中开工项目共计18个，包括青石精密铸件、白鹭冷链物流园、东岭数据中心等项目。", "2022-04-10");
        assertThat(r.projects()).extracting(ProjectEvent::name).contains("青石精密铸件", "白鹭冷链物流园", "东岭数据中心");
        ProjectEvent p = project(r, "白鹭冷链物流园", Stage.CONSTRUCTION_STARTED);
        assertThat(p.date().value()).isEqualTo("2022-04-09");
    }

    @Test
    void listAfterIncludingWithAnd() {
        ExtractionResult r = text("有3个项目竣工，包括南湖污水处理厂、北坡农贸市场和西岗光伏电站。");
        assertThat(project(r, "北坡农贸市场", Stage.COMPLETED)).isNotNull();
        assertThat(project(r, "西岗光伏电站", Stage.COMPLETED)).isNotNull();
    }

    @Test
    void companiesBeforeEtcSigningWithTheCounty() {
        ExtractionResult r = text("鼎川重工、蓝湾食品、北辰新材等二十余家企业与该区签约。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactlyInAnyOrder("鼎川重工", "蓝湾食品", "北辰新材");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.SIGNED);
    }

    @Test
    void companiesThatAllEnteredThePark() {
        ExtractionResult r = text("青竹家居、启明光电、南风服饰都是今年招商入园。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactlyInAnyOrder("青竹家居", "启明光电", "南风服饰");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.LANDED);
    }

    @Test
    void itemsOfAStartedProjectsFrame() {
        ExtractionResult r = text("开工项目中，北港海工装备制造基地一期项目将提升配套能力；远洋冷链物流中心将打造区域枢纽。");
        assertThat(project(r, "北港海工装备制造基地一期项目", Stage.CONSTRUCTION_STARTED)).isNotNull();
        assertThat(project(r, "远洋冷链物流中心", Stage.CONSTRUCTION_STARTED)).isNotNull();
    }

    @Test
    void investmentBeforeTheName() {
        ExtractionResult r = text("投资3亿元的江汉纺材、投资0.8亿元的汉川织造等5个项目集中开工。");
        ProjectEvent p = project(r, "江汉纺材", Stage.CONSTRUCTION_STARTED);
        assertThat(p.investment().value()).isEqualTo(3);
        assertThat(project(r, "汉川织造", Stage.CONSTRUCTION_STARTED).investment().value())
                .isEqualTo(0.8);
    }

    @Test
    void quotedNameAfterItsInvestment() {
        ExtractionResult r = text("本次签约项目均在亿元以上。如投资12亿元的新能源“东湖风光储一体化项目”、投资3亿元的电子信息“南山芯片封测项目”等。");
        assertThat(r.projects()).extracting(ProjectEvent::name).contains("东湖风光储一体化项目", "南山芯片封测项目");
    }

    @Test
    void personsAndTitlesAreNoProjects() {
        ExtractionResult r = text("区委常委、区委秘书长李某出席并见证项目签约。");
        assertThat(r.projects()).isEmpty();
    }

    @Test
    void placesAreNoProjects() {
        assertThat(text("潜江和天门在4、5日接连各有18个项目开工。").projects()).isEmpty();
        assertThat(text("漳州全市新开工项目一批。").projects()).isEmpty();
    }

    @Test
    void genericPhrasesAreNoProjects() {
        assertThat(text("确保每一个项目都建成精品工程。").projects()).isEmpty();
        assertThat(text("签约的41个项目投资额均在亿元以上。").projects()).isEmpty();
        assertThat(text("竣工的9个重点项目中，多数为工业项目。").projects()).isEmpty();
        assertThat(text("多地先进制造业项目开工。").projects()).isEmpty();
        assertThat(text("这些都是经开区项目落地的成果。").projects()).isEmpty();
        assertThat(text("签约仪式上，双方交换了文本。").projects()).isEmpty();
    }

    @Test
    void bylinesAreNoProjects() {
        assertThat(text("记者 张某某南通开发区重点项目集中开工。").projects()).isEmpty();
    }

    @Test
    void slogansOfAnnualWorkAreNoProjects() {
        assertThat(text("通过抓引进、强服务、促成长等途径，实现当年引进、当年投产。").projects()).isEmpty();
    }

    @Test
    void aConditionalProductionIsNoStage() {
        ExtractionResult r = text("东岭药业原料药基地建成投产后，年产值可达15亿元。");
        assertThat(r.projects()).noneMatch(p -> p.stage() == Stage.IN_PRODUCTION && !p.expected());
    }

    @Test
    void trialProductionExpectedIsInProduction() {
        ExtractionResult r = text("白鹭冷链物流园厂房已完工，预计10月中旬可试产。", "2022-08-01");
        ProjectEvent done = project(r, "白鹭冷链物流园厂房", Stage.COMPLETED);
        assertThat(done.expected()).isFalse();
        ProjectEvent trial = project(r, "白鹭冷链物流园厂房", Stage.IN_PRODUCTION);
        assertThat(trial.expected()).isTrue();
        assertThat(trial.date().value()).isEqualTo("2022-10");
    }

    @Test
    void builtAndInProductionIsOneStep() {
        assertThat(project(text("南岗纸业新厂房竣工投产。"), "南岗纸业新厂房", Stage.IN_PRODUCTION))
                .isNotNull();
        assertThat(text("南岗纸业新厂房竣工投产。").projects()).hasSize(1);
    }

    @Test
    void amongTheStartedProjectsEachWithItsInvestment() {
        ExtractionResult r = text("6月3日，集中开工项目6个，总投资达40亿元。其中，青川光电模组项目，总投资12.5亿元；远洋冷链物流中心，总投资8亿元。", "2022-06-05");
        ProjectEvent p = project(r, "青川光电模组项目", Stage.CONSTRUCTION_STARTED);
        assertThat(p.investment().value()).isEqualTo(12.5);
        assertThat(p.date().value()).isEqualTo("2022-06-03");
        assertThat(project(r, "远洋冷链物流中心", Stage.CONSTRUCTION_STARTED)
                        .investment()
                        .value())
                .isEqualTo(8);
        assertThat(r.indicators()).noneMatch(i -> i.value() == 12.5 || i.value() == 8);
    }

    @Test
    void aCountedClassWithItsPredicateIsNoProject() {
        assertThat(text("开工的16个项目涵盖了新材料、生物医药等多个领域。").projects()).isEmpty();
    }

    @Test
    void countedListsAfterAGroundbreakingCeremonyAreStarted() {
        ExtractionResult r = text("4月2日，经开区重点项目开工奠基仪式在北湖产业园举行。鼎川重工、蓝湾食品等5个外资项目，合计总投资8亿美元。", "2022-04-03");
        ProjectEvent p = project(r, "蓝湾食品", Stage.CONSTRUCTION_STARTED);
        assertThat(p.date().value()).isEqualTo("2022-04-02");
    }
}
