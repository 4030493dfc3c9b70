package zonepulse.store.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.store.TestEvents.id;
import static zonepulse.store.TestEvents.project;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;

class ProjectTimelineTest {
    private static final Instant JAN = Instant.parse("2021-01-10T00:00:00Z");
    private static final Instant OCT = Instant.parse("2021-10-14T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void foldsMentionsFromSeveralArticlesIntoOneTimeline() {
        ProjectEvent signed = project(id("e1"), id("a1"), Stage.SIGNED, false, "2021-01", JAN);
        ProjectEvent started = project(id("e2"), id("a2"), Stage.CONSTRUCTION_STARTED, false, "2021-09", OCT);
        ProjectEvent planned = project(id("e3"), id("a2"), Stage.COMPLETED, true, "2025", OCT);

        ProjectTimeline project =
                ProjectTimeline.of(planned, NOW).with(started, NOW).with(signed, NOW);

        assertThat(project.timeline())
                .extracting(ProjectTimeline.Entry::stage)
                .containsExactly(Stage.SIGNED, Stage.CONSTRUCTION_STARTED, Stage.COMPLETED);
        assertThat(project.furthestStage()).as("a planned stage is not reached").isEqualTo(Stage.CONSTRUCTION_STARTED);
        assertThat(project.firstSeen()).isEqualTo(JAN);
        assertThat(project.lastSeen()).isEqualTo(OCT);
        assertThat(project.sourceCount()).isEqualTo(2);
        assertThat(project.companies()).containsExactly("智飞绿竹");
        assertThat(project.latestInvestment()).isNotNull();
    }

    @Test
    void foldingTheSameEventTwiceChangesNothing() {
        ProjectEvent started = project(id("e2"), id("a2"), Stage.CONSTRUCTION_STARTED, false, "2021-09", OCT);
        ProjectTimeline once = ProjectTimeline.of(started, NOW);

        assertThat(once.with(started, NOW)).isEqualTo(once);
    }

    @Test
    void undatedMentionsComeLastAndArticlesWithoutDateAreSeenWhenReceived() {
        ProjectEvent undated = project(id("e4"), id("a4"), Stage.TOPPED_OUT, false, null, null);
        ProjectEvent dated = project(id("e5"), id("a5"), Stage.CONSTRUCTION_STARTED, false, "2021-05", OCT);

        ProjectTimeline project = ProjectTimeline.of(undated, NOW).with(dated, NOW);

        assertThat(project.timeline())
                .extracting(ProjectTimeline.Entry::stage)
                .containsExactly(Stage.CONSTRUCTION_STARTED, Stage.TOPPED_OUT);
        assertThat(project.furthestStage()).isEqualTo(Stage.TOPPED_OUT);
        assertThat(project.lastSeen()).isEqualTo(NOW);
    }
}
