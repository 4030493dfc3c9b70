package zonepulse.ingest.source;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The state of every source, for {@code GET /api/sources}. */
@Component
public class SourceStatusBoard {
    private final Map<String, State> states = new ConcurrentSkipListMap<>();
    private final CircuitBreakerRegistry breakers;
    private final Clock clock;

    public SourceStatusBoard(CircuitBreakerRegistry breakers, Clock clock) {
        this.breakers = breakers;
        this.clock = clock;
    }

    public void register(String name, String type, URI url, Duration pollInterval) {
        states.computeIfAbsent(name, n -> new State(type, url, pollInterval));
    }

    public void polled(String name, String status, String error) {
        State state = state(name);
        synchronized (state) {
            state.lastPoll = clock.instant();
            state.lastStatus = status;
            state.lastError = error;
        }
    }

    public void itemSeen(String name) {
        state(name).itemsSeen.incrementAndGet();
    }

    public void published(String name, boolean nearDuplicate) {
        State state = state(name);
        state.published.incrementAndGet();
        if (nearDuplicate) {
            state.nearDuplicates.incrementAndGet();
        }
    }

    public void duplicate(String name) {
        state(name).duplicates.incrementAndGet();
    }

    public void failed(String name, String reason) {
        State state = state(name);
        state.failed.incrementAndGet();
        synchronized (state) {
            state.lastError = reason;
        }
    }

    public List<SourceStatus> statuses() {
        return states.entrySet().stream()
                .map(e -> e.getValue().snapshot(e.getKey(), circuitState(e.getValue().url)))
                .toList();
    }

    private String circuitState(URI url) {
        if (url == null || url.getHost() == null) {
            return null;
        }
        return breakers.find("fetch:" + url.getHost().toLowerCase(Locale.ROOT))
                .map(CircuitBreaker::getState)
                .map(Enum::name)
                .orElse("CLOSED");
    }

    private State state(String name) {
        return states.computeIfAbsent(name, n -> new State("push", null, null));
    }

    private static final class State {
        final String type;
        final URI url;
        final Duration pollInterval;
        Instant lastPoll;
        String lastStatus = "never";
        String lastError;
        final AtomicLong itemsSeen = new AtomicLong();
        final AtomicLong published = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong nearDuplicates = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        State(String type, URI url, Duration pollInterval) {
            this.type = type;
            this.url = url;
            this.pollInterval = pollInterval;
        }

        synchronized SourceStatus snapshot(String name, String circuitState) {
            return new SourceStatus(
                    name,
                    type,
                    url == null ? null : url.toString(),
                    pollInterval == null ? null : pollInterval.toString(),
                    lastPoll,
                    lastStatus,
                    lastError,
                    circuitState,
                    itemsSeen.get(),
                    published.get(),
                    duplicates.get(),
                    nearDuplicates.get(),
                    failed.get());
        }
    }
}
