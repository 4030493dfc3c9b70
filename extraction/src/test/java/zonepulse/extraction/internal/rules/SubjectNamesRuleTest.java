package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectNamesRuleTest {
    private final SubjectNamesRule rule = SubjectNamesRule.STANDARD;

    private static List<String> names(String t, List<NameCandidate> found) {
        return found.stream().map(c -> t.substring(c.start(), c.end())).toList();
    }

    private List<NameCandidate> before(String t) {
        Statement st = Statements.of(t);
        List<Trigger> triggers = StageWordRule.STANDARD.find(t, st);
        Trigger tr = triggers.get(triggers.size() - 1);
        return rule.before(t, st, 0, tr);
    }

    @Test
    void theSubjectBeforeThePlaceOfTheStage() {
        String t = "南昌航空零部件产业园在临空经济区开园。";
        List<NameCandidate> found = before(t);
        assertThat(names(t, found)).containsExactly("南昌航空零部件产业园");
        assertThat(found.get(0).listed()).isFalse();
    }

    @Test
    void aListBeforeEtcGivesListedItems() {
        String t = "青藤生物制药、云杉新材料等6个项目已开工。";
        List<NameCandidate> found = before(t);
        assertThat(names(t, found)).containsExactly("青藤生物制药", "云杉新材料");
        assertThat(found).allMatch(NameCandidate::listed);
    }

    @Test
    void theSigningPartnerIsNotTheProject() {
        String t = "高新区与远景能源签约。";
        assertThat(names(t, before(t))).containsExactly("远景能源");
    }

    @Test
    void aRelativeClauseOnlyIntroducesTheName() {
        String t = "园区去年规划的星河储能电池工厂竣工。";
        assertThat(names(t, before(t))).containsExactly("星河储能电池工厂");
        assertThat(rule.toString()).startsWith("SubjectNamesRule[");
    }

    @Test
    void aRegionThatHasTheNamesIsNoneOfThem() {
        String t = "今年以来，经开区已有星河动力、天拓电子等5个项目建成投产。";
        assertThat(names(t, before(t))).containsExactly("星河动力", "天拓电子");
        String all = "全市共有龙湾新材料产业园等3个园区开园。";
        assertThat(names(all, before(all))).containsExactly("龙湾新材料产业园");
    }

    @Test
    void aDayWordBetweenNameAndTriggerIsNoPartOfTheName() {
        String t = "宏鑫精密轴承项目于当天开工。";
        assertThat(names(t, before(t))).containsExactly("宏鑫精密轴承项目");
        String yesterday = "宏鑫精密轴承项目昨日正式投产。";
        assertThat(names(yesterday, before(yesterday))).containsExactly("宏鑫精密轴承项目");
    }
}
