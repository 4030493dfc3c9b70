package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Investment;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;

class MentionMergeRuleTest {
    private final MentionMergeRule rule = MentionMergeRule.STANDARD;
    private static final Investment FIVE = new Investment(5.0, "亿元", null, new Quantity(5e8, "元"));

    private static Drafts.Project draft(String name, Stage stage) {
        return new Drafts.Project(
                0, 4, 0, 10, null, name, ProjectKey.STANDARD.of(name), stage, false, null, null, List.of(), 0.75);
    }

    @Test
    void theSameProjectAtTheSameStageIsOneMention() {
        List<Drafts.Project> found = new ArrayList<>(List.of(draft("乌海煤化工园区二期项目", Stage.COMPLETED)));
        assertThat(rule.mergeInto(found, ProjectKey.STANDARD.of("乌海煤化工园区二期"), Stage.COMPLETED, FIVE))
                .isTrue();
        assertThat(found.get(0).investment()).isEqualTo(FIVE);
    }

    @Test
    void aShorterKeyMergesButLendsNoInvestment() {
        List<Drafts.Project> found = new ArrayList<>(List.of(draft("乌海煤化工园区二期项目", Stage.COMPLETED)));
        assertThat(rule.mergeInto(found, ProjectKey.STANDARD.of("乌海煤化工园区"), Stage.COMPLETED, FIVE))
                .isTrue();
        assertThat(found.get(0).investment()).isNull();
    }

    @Test
    void anotherStageOrProjectIsANewMention() {
        List<Drafts.Project> found = new ArrayList<>(List.of(draft("乌海煤化工园区二期项目", Stage.COMPLETED)));
        assertThat(rule.mergeInto(found, ProjectKey.STANDARD.of("乌海煤化工园区二期"), Stage.IN_PRODUCTION, null))
                .isFalse();
        assertThat(rule.mergeInto(found, ProjectKey.STANDARD.of("包头稀土新材料基地"), Stage.COMPLETED, null))
                .isFalse();
        assertThat(rule.toString()).startsWith("MentionMergeRule[");
    }
}
