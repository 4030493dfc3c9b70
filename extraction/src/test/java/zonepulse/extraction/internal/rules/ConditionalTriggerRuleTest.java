package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class ConditionalTriggerRuleTest {
    private final ConditionalTriggerRule rule = ConditionalTriggerRule.STANDARD;

    private List<Trigger> kept(String text) {
        Statement st = Statements.of(text);
        return rule.withoutConditions(text, st, StageWordRule.STANDARD.find(text, st));
    }

    @Test
    void aStageAsAConditionIsNoStage() {
        assertThat(kept("该生产线投产后年产值可达30亿元。")).isEmpty();
    }

    @Test
    void aDatedConditionIsStillAPlan() {
        List<Trigger> found = kept("新厂明年投产后将新增就业岗位800个。");
        assertThat(found).extracting(Trigger::stage).containsExactly(Stage.IN_PRODUCTION);
    }

    @Test
    void aStageWithoutConditionStays() {
        assertThat(kept("贵阳大数据中心二期正式投产。")).hasSize(1);
        assertThat(rule.toString()).startsWith("ConditionalTriggerRule[");
    }
}
