package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class StepMergeRuleTest {
    private final StepMergeRule rule = StepMergeRule.STANDARD;

    private List<Trigger> steps(String text) {
        return rule.merge(text, StageWordRule.STANDARD.find(text, Statements.of(text)));
    }

    @Test
    void twoStagesSideBySideAreTheLaterOne() {
        String t = "宜宾锂电材料项目去年建成投产。";
        List<Trigger> found = steps(t);
        assertThat(found).hasSize(1);
        assertThat(Statements.span(t, found.get(0))).isEqualTo("建成投产");
        assertThat(found.get(0).stage()).isEqualTo(Stage.IN_PRODUCTION);
    }

    @Test
    void aJoinerBetweenKeepsOneStepWhateverTheOrder() {
        String t = "柳州汽车零部件产业园落地并签约。";
        List<Trigger> found = steps(t);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).stage()).isEqualTo(Stage.LANDED);
    }

    @Test
    void stagesApartStayTwo() {
        String t = "该基地3月开工，预计年底竣工。";
        assertThat(steps(t)).extracting(Trigger::stage).containsExactly(Stage.CONSTRUCTION_STARTED, Stage.COMPLETED);
        assertThat(rule.toString()).startsWith("StepMergeRule[");
    }
}
