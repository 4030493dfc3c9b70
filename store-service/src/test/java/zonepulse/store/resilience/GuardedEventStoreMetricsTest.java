package zonepulse.store.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.TestEvents;
import zonepulse.store.intake.StoreEventsConsumer;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/** Store writes are counted by outcome and timed, and the article is in the log context while it is stored. */
class GuardedEventStoreMetricsTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<String> stored = new HashSet<>();
    private final List<String> articleIdsWhileWriting = new ArrayList<>();
    private boolean down;

    private final EventStore store = new EventStore() {
        @Override
        public boolean storeArticle(ExtractedArticle article) {
            return write(article.articleId());
        }

        @Override
        public boolean storeIndicator(IndicatorEvent event) {
            return write(event.eventId());
        }

        @Override
        public boolean storeProject(ProjectEvent event) {
            return write(event.eventId());
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
        guarded.storeIndicator(event);
        guarded.storeIndicator(event);
        down = true;
        assertThatThrownBy(
                        () -> guarded.storeIndicator(TestEvents.indicator(TestEvents.id("m2"), TestEvents.id("a1"), 2)))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(writes("written")).isEqualTo(1);
        assertThat(writes("duplicate")).isEqualTo(1);
        assertThat(writes("failed")).isEqualTo(1);
        assertThat(meters.get(GuardedEventStore.WRITE_LATENCY)
                        .tag("type", "indicator")
                        .timer()
                        .count())
                .isEqualTo(3);
    }

    @Test
    void theArticleIsInTheLogContextWhileItsEventIsStored() {
        IndicatorEvent event = TestEvents.indicator(TestEvents.id("m3"), TestEvents.id("a3"), 3);
        new StoreEventsConsumer(TestEvents.JSON, guarded)
                .accept(org.springframework.messaging.support.MessageBuilder.withPayload(TestEvents.JSON.write(event))
                        .build());
        assertThat(articleIdsWhileWriting).containsExactly(event.articleId());
        assertThat(MDC.get(StoreEventsConsumer.ARTICLE_ID)).isNull();
    }
}
