package zonepulse.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.IndicatorEvent;
import zonepulse.store.TestEvents;
import zonepulse.store.resilience.GuardedEventStore;
import zonepulse.store.storage.BatchOutcome;
import zonepulse.store.storage.EventBatch;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/** One poll's records: stored together, the bad one reported at its index, an outage at the first. */
class StoreEventsConsumerTest {
    private final List<EventBatch> stored = new ArrayList<>();
    private boolean down;
    private String refusedId;

    private final EventStore store = new EventStore() {
        @Override
        public BatchOutcome store(EventBatch batch) {
            if (down) {
                throw new StoreUnavailableException("MongoDB unreachable", null);
            }
            stored.add(batch);
            Map<String, String> refused = refusedId == null ? Map.of() : Map.of(refusedId, "document too large");
            return new BatchOutcome(0, 0, batch.indicators().size() - refused.size(), 0, 0, 0, refused);
        }

        @Override
        public void ping() {}
    };

    private final StoreEventsConsumer consumer =
            new StoreEventsConsumer(TestEvents.JSON, new GuardedEventStore(store, CircuitBreaker.ofDefaults("t")));

    private static IndicatorEvent indicator(String label) {
        return TestEvents.indicator(TestEvents.id(label), TestEvents.id("article"), 1);
    }

    private void accept(Object... payloads) {
        consumer.accept(MessageBuilder.withPayload(List.of(payloads)).build());
    }

    @Test
    void aBatchIsStoredTogether() {
        accept(TestEvents.JSON.write(indicator("a")), TestEvents.JSON.write(indicator("b")));

        assertThat(stored)
                .singleElement()
                .satisfies(batch -> assertThat(batch.indicators()).hasSize(2));
    }

    @Test
    void aRecordBreakingTheContractIsReportedAtItsIndexAfterTheRecordsBeforeItAreStored() {
        assertThatThrownBy(() -> accept(
                        TestEvents.JSON.write(indicator("a")),
                        TestEvents.JSON.write(indicator("b")),
                        "{\"schema\":\"indicator-event/1\"}".getBytes(StandardCharsets.UTF_8),
                        TestEvents.JSON.write(indicator("c"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(InvalidEventException.class);
                });

        assertThat(stored)
                .singleElement()
                .satisfies(batch -> assertThat(batch.indicators())
                        .extracting(IndicatorEvent::eventId)
                        .containsExactly(TestEvents.id("a"), TestEvents.id("b")));
    }

    @Test
    void aTombstoneIsBadInputAtItsIndex() {
        assertThatThrownBy(() -> accept(KafkaNull.INSTANCE, TestEvents.JSON.write(indicator("a"))))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isZero());
        assertThat(stored).isEmpty();
    }

    @Test
    void anOutageIsReportedAtTheFirstRecordSoTheWholeBatchIsRetried() {
        down = true;

        assertThatThrownBy(() -> accept(TestEvents.JSON.write(indicator("a")), TestEvents.JSON.write(indicator("b"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isZero();
                    assertThat(IntakeConfiguration.isOutage(e)).isTrue();
                });
    }

    @Test
    void anEventMongoDbRefusesForGoodIsReportedAtItsIndex() {
        refusedId = TestEvents.id("b");

        assertThatThrownBy(() -> accept(
                        TestEvents.JSON.write(indicator("a")),
                        TestEvents.JSON.write(indicator("b")),
                        TestEvents.JSON.write(indicator("c"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(1);
                    assertThat(IntakeConfiguration.isOutage(e)).isFalse();
                    assertThat(e.getCause()).hasMessageContaining("document too large");
                });
    }
}
