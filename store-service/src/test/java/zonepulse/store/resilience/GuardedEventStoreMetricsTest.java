package zonepulse.store.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import zonepulse.events.IndicatorEvent;
import zonepulse.store.TestEvents;
import zonepulse.store.intake.StoreEventsConsumer;
import zonepulse.store.storage.BatchOutcome;
import zonepulse.store.storage.EventBatch;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/** Store writes are counted by outcome and timed, and the article is in the log context while it is stored. */
class GuardedEventStoreMetricsTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<String> stored = new HashSet<>();
    private final List<String> articleIdsWhileWriting = new ArrayList<>();
    private boolean down;

    /** Keeps ids in a set: what a store's bookkeeping of written and duplicate events comes to. */
    private final EventStore store = new EventStore() {
        @Override
        public BatchOutcome store(EventBatch batch) {
            int summaries = (int) batch.summaries().stream()
                    .filter(summary -> write(summary.articleId()))
                    .count();
            int indicators = (int) batch.indicators().stream()
                    .filter(event -> write(event.eventId()))
                    .count();
            int projects = (int) batch.projects().stream()
                    .filter(event -> write(event.eventId()))
                    .count();
            return new BatchOutcome(
                    summaries,
                    batch.summaries().size() - summaries,
                    indicators,
                    batch.indicators().size() - indicators,
                    projects,
                    batch.projects().size() - projects,
                    Map.of());
        }

        @Override
        public void ping() {}

        private boolean write(String id) {
            articleIdsWhileWriting.add(MDC.get(StoreEventsConsumer.ARTICLE_ID));
            if (down) {
                throw new StoreUnavailableException("down", null);
            }
            return stored.add(id);
        }
    };

    private final GuardedEventStore guarded = new GuardedEventStore(store, CircuitBreaker.ofDefaults("t"), meters);

    private double writes(String outcome) {
        return meters.get(GuardedEventStore.WRITES)
                .tag("type", "indicator")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    @Test
    void writesDuplicatesAndFailuresAreCountedAndTimed() {
        IndicatorEvent event = TestEvents.indicator(TestEvents.id("m1"), TestEvents.id("a1"), 1);
        guarded.store(EventBatch.of(event));
        guarded.store(EventBatch.of(event));
        down = true;
        assertThatThrownBy(() ->
                        guarded.store(EventBatch.of(TestEvents.indicator(TestEvents.id("m2"), TestEvents.id("a1"), 2))))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(writes("written")).isEqualTo(1);
        assertThat(writes("duplicate")).isEqualTo(1);
        assertThat(writes("failed")).isEqualTo(1);
        assertThat(meters.get(GuardedEventStore.WRITE_LATENCY)
                        .tag("type", "batch")
                        .timer()
                        .count())
                .isEqualTo(3);
    }

    @Test
    void theArticleIsInTheLogContextWhileABatchOfItsEventsIsStored() {
        IndicatorEvent event = TestEvents.indicator(TestEvents.id("m3"), TestEvents.id("a3"), 3);
        IndicatorEvent other = TestEvents.indicator(TestEvents.id("m4"), TestEvents.id("a3"), 4);
        new StoreEventsConsumer(TestEvents.JSON, guarded)
                .accept(org.springframework.messaging.support.MessageBuilder.withPayload(
                                List.<Object>of(TestEvents.JSON.write(event), TestEvents.JSON.write(other)))
                        .build());
        assertThat(articleIdsWhileWriting).hasSize(2).containsOnly(event.articleId());
        assertThat(MDC.get(StoreEventsConsumer.ARTICLE_ID)).isNull();
    }
}
