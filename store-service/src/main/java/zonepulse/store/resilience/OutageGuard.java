package zonepulse.store.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.scheduling.annotation.Scheduled;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * Pauses consumption while the MongoDB circuit breaker is open and resumes it when MongoDB answers again. While
 * paused nothing is polled, so nothing piles up in retries; the message that failed is redelivered on resume, as
 * its offset was never committed.
 */
public final class OutageGuard {
    private static final Logger log = LoggerFactory.getLogger(OutageGuard.class);

    private final CircuitBreaker breaker;
    private final EventStore store;
    private final BindingsLifecycleController bindings;
    private final String binding;
    private final AtomicBoolean paused = new AtomicBoolean();

    public OutageGuard(CircuitBreaker breaker, EventStore store, BindingsLifecycleController bindings, String binding) {
        this.breaker = breaker;
        this.store = store;
        this.bindings = bindings;
        this.binding = binding;
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                pause();
            }
        });
    }

    public boolean isPaused() {
        return paused.get();
    }

    private void pause() {
        if (paused.compareAndSet(false, true)) {
            log.warn("MongoDB unreachable: circuit breaker open, pausing binding {}", binding);
            bindings.pause(binding);
        }
    }

    /** While paused, pings MongoDB; when it answers, closes the breaker and resumes consumption. */
    @Scheduled(fixedDelayString = "${zonepulse.store.outage.probe-interval:1s}")
    public void probe() {
        if (!paused.get()) {
            return;
        }
        try {
            store.ping();
        } catch (StoreUnavailableException e) {
            log.debug("MongoDB still unreachable: {}", e.getMessage());
            return;
        }
        breaker.transitionToClosedState();
        if (paused.compareAndSet(true, false)) {
            log.info("MongoDB reachable again: circuit breaker closed, resuming binding {}", binding);
            bindings.resume(binding);
        }
    }
}
