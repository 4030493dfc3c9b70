package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildVerbObjectRuleTest {
    private final BuildVerbObjectRule rule = BuildVerbObjectRule.STANDARD;

    private String lastIn(String t) {
        NameCandidate c = rule.lastIn(t, 0, t.indexOf("投产"));
        return c == null ? null : t.substring(c.start(), c.end());
    }

    @Test
    void theFacilityABuildVerbNamesIsTheProject() {
        assertThat(lastIn("该企业将在园区扩建精密模具车间，预计年底投产。")).isEqualTo("精密模具车间");
    }

    @Test
    void theLastOneBeforeTheTriggerWins() {
        assertThat(lastIn("公司新建涂装车间，增建总装生产线，明年投产。")).isEqualTo("总装生产线");
    }

    @Test
    void anObjectWithoutFacilityHeadIsNone() {
        assertThat(lastIn("企业打造数字化管理体系，明年投产。")).isNull();
        assertThat(rule.toString()).startsWith("BuildVerbObjectRule[");
    }
}
