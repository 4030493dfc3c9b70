package zonepulse.store.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.function.Supplier;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * The {@link EventStore} behind a Resilience4j circuit breaker: while MongoDB is down, calls fail fast with
 * {@link StoreUnavailableException} instead of each waiting out the driver's timeouts.
 */
public final class GuardedEventStore {
    private final EventStore store;
    private final CircuitBreaker breaker;

    public GuardedEventStore(EventStore store, CircuitBreaker breaker) {
        this.store = store;
        this.breaker = breaker;
    }

    public boolean storeArticle(ExtractedArticle article) {
        return call(() -> store.storeArticle(article));
    }

    public boolean storeIndicator(IndicatorEvent event) {
        return call(() -> store.storeIndicator(event));
    }

    public boolean storeProject(ProjectEvent event) {
        return call(() -> store.storeProject(event));
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
