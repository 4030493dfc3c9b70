package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanMarkerRuleTest {
    private final PlanMarkerRule rule = PlanMarkerRule.STANDARD;

    private boolean planned(String t) {
        return rule.planned(t, 0, t.length());
    }

    @Test
    void aPlanMarkerMakesTheStageExpected() {
        assertThat(planned("该物流枢纽预计年底")).isTrue();
        assertThat(planned("西部陆港二期力争")).isTrue();
        assertThat(planned("新厂房将于9月")).isTrue();
    }

    @Test
    void nearlyAndGeneralAreNoPlans() {
        assertThat(planned("总投资将近20亿元的")).isFalse();
        assertThat(planned("将军路片区")).isFalse();
    }

    @Test
    void aReachedStageHasNoMarker() {
        assertThat(planned("该物流枢纽上月已")).isFalse();
        assertThat(rule.toString()).startsWith("PlanMarkerRule[");
    }
}
