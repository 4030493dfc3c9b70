package zonepulse.store.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Supplier;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
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

    public boolean storeArticle(ExtractedArticle article) {
        return measured("article", () -> store.storeArticle(article));
    }

    public boolean storeIndicator(IndicatorEvent event) {
        return measured("indicator", () -> store.storeIndicator(event));
    }

    public boolean storeProject(ProjectEvent event) {
        return measured("project", () -> store.storeProject(event));
    }

    private boolean measured(String type, Supplier<Boolean> write) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            boolean changed = call(write);
            outcome = changed ? "written" : "duplicate";
            return changed;
        } finally {
            sample.stop(Timer.builder(WRITE_LATENCY)
                    .description("Time of one MongoDB write, circuit breaker included")
                    .tag("type", type)
                    .register(meters));
            Counter.builder(WRITES)
                    .description("MongoDB writes by outcome: written, duplicate (a no-op redelivery), failed")
                    .tag("type", type)
                    .tag("outcome", outcome)
                    .register(meters)
                    .increment();
        }
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
