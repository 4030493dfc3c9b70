package zonepulse.store.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Supplier;
import zonepulse.store.storage.BatchOutcome;
import zonepulse.store.storage.EventBatch;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * The {@link EventStore} behind a Resilience4j circuit breaker: while MongoDB is down, calls fail fast with
 * {@link StoreUnavailableException} instead of each waiting out the driver's timeouts.
 *
 * <p>Every write is measured: {@value #WRITES} counts writes by {@code type} (article, indicator, project) and
 * {@code outcome} ({@code written}, {@code duplicate} for a redelivery that changed nothing, {@code failed});
 * {@value #WRITE_LATENCY} times them by {@code type}.
 */
public final class GuardedEventStore {
    public static final String WRITES = "zonepulse.store.writes";
    public static final String WRITE_LATENCY = "zonepulse.store.write.latency";

    private final EventStore store;
    private final CircuitBreaker breaker;
    private final MeterRegistry meters;

    public GuardedEventStore(EventStore store, CircuitBreaker breaker) {
        this(store, breaker, new SimpleMeterRegistry());
    }

    public GuardedEventStore(EventStore store, CircuitBreaker breaker, MeterRegistry meters) {
        this.store = store;
        this.breaker = breaker;
        this.meters = meters;
    }

    /**
     * Stores a batch through the circuit breaker; counts its events by type and outcome and times it. Throws {@link
     * StoreUnavailableException} when MongoDB is unreachable or the breaker open.
     */
    public BatchOutcome store(EventBatch batch) {
        Timer.Sample sample = Timer.start(meters);
        try {
            BatchOutcome outcome = call(() -> store.store(batch));
            count("article", "written", outcome.summariesStored());
            count("article", "duplicate", outcome.summariesUnchanged());
            count("indicator", "written", outcome.indicatorsWritten());
            count("indicator", "duplicate", outcome.indicatorsUnchanged());
            count("project", "written", outcome.projectsWritten());
            count("project", "duplicate", outcome.projectsUnchanged());
            count("event", "refused", outcome.refused().size());
            return outcome;
        } catch (RuntimeException e) {
            count("article", "failed", batch.summaries().size());
            count("indicator", "failed", batch.indicators().size());
            count("project", "failed", batch.projects().size());
            throw e;
        } finally {
            sample.stop(Timer.builder(WRITE_LATENCY)
                    .description("Time of one batch's MongoDB writes, circuit breaker included")
                    .tag("type", "batch")
                    .register(meters));
        }
    }

    private void count(String type, String outcome, int amount) {
        if (amount == 0) {
            return;
        }
        Counter.builder(WRITES)
                .description("Documents written to MongoDB by outcome: written, duplicate (a no-op redelivery), failed,"
                        + " refused")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(meters)
                .increment(amount);
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    private <T> T call(Supplier<T> write) {
        try {
            return breaker.executeSupplier(write);
        } catch (CallNotPermittedException e) {
            throw new StoreUnavailableException("MongoDB circuit breaker is open", e);
        }
    }
}
