package zonepulse.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishDecisionTest {
    private static final Instant AT = Instant.parse("2026-11-22T19:00:00Z");

    @Test
    void anItemTheLedgerDoesNotKnowIsAFirstVersion() {
        assertThat(PublishDecision.decide(Optional.empty(), "h1")).isEqualTo(PublishDecision.FIRST_VERSION);
    }

    @Test
    void thePublishedContentIsUnchanged() {
        LedgerEntry published = new LedgerEntry("file:/a.txt", "id", "h1", LedgerStatus.PUBLISHED, null, 1, AT);

        assertThat(PublishDecision.decide(Optional.of(published), "h1")).isEqualTo(PublishDecision.UNCHANGED);
        assertThat(PublishDecision.UNCHANGED.publishes()).isFalse();
    }

    @Test
    void otherContentIsANewVersion() {
        LedgerEntry published = new LedgerEntry("file:/a.txt", "id", "h1", LedgerStatus.PUBLISHED, null, 1, AT);

        assertThat(PublishDecision.decide(Optional.of(published), "h2")).isEqualTo(PublishDecision.NEW_VERSION);
        assertThat(PublishDecision.NEW_VERSION.publishes()).isTrue();
    }

    @Test
    void anItemOnlyEverRefusedIsAFirstVersion() {
        LedgerEntry refused = new LedgerEntry("file:/a.txt", "id", null, LedgerStatus.FAILED, "empty file", 0, AT);

        assertThat(PublishDecision.decide(Optional.of(refused), "h1")).isEqualTo(PublishDecision.FIRST_VERSION);
    }

    /** Issue 12, item 2: the refusal was taken for the latest version, and the published content went out twice. */
    @Test
    void thePublishedContentIsUnchangedAfterARefusal() {
        LedgerEntry refusedLater =
                new LedgerEntry("file:/a.txt", "id", "h1", LedgerStatus.FAILED, "cannot be decoded", 1, AT);

        assertThat(PublishDecision.decide(Optional.of(refusedLater), "h1")).isEqualTo(PublishDecision.UNCHANGED);
        assertThat(PublishDecision.decide(Optional.of(refusedLater), "h2")).isEqualTo(PublishDecision.NEW_VERSION);
    }

    @Test
    void statusesHaveTheirLedgerValues() {
        assertThat(LedgerStatus.PUBLISHED.value()).isEqualTo("published");
        assertThat(LedgerStatus.fromValue("failed")).isEqualTo(LedgerStatus.FAILED);
    }
}
