package zonepulse.ingest.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Per-source metrics. Every meter of a name has the same tag keys (Prometheus requires it); {@code reason} is
 * {@code none} unless something failed.
 *
 * <ul>
 *   <li>{@value #FETCHES} {source, result=fetched|not_modified|failed, reason}: feed and page fetches
 *   <li>{@value #ITEMS} {source, outcome=published|duplicate|near_duplicate|failed, reason}: items; a near-duplicate
 *       is counted as published too
 *   <li>{@value #FETCH_LATENCY} {source}: time of successful fetches, redirects and retries included
 * </ul>
 *
 * Circuit state per host is Resilience4j's {@code resilience4j.circuitbreaker.state{name="fetch:<host>"}}.
 */
@Component
public class SourceMetrics {
    public static final String FETCHES = "zonepulse.ingest.fetches";
    public static final String ITEMS = "zonepulse.ingest.items";
    public static final String FETCH_LATENCY = "zonepulse.ingest.fetch.latency";
    private static final String NONE = "none";

    private final MeterRegistry registry;

    public SourceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void fetched(String source, Duration latency) {
        fetch(source, "fetched", NONE);
        Timer.builder(FETCH_LATENCY)
                .description("time of a successful fetch, redirects and retries included")
                .tag("source", source)
                .register(registry)
                .record(latency);
    }

    public void notModified(String source, Duration latency) {
        fetch(source, "not_modified", NONE);
        Timer.builder(FETCH_LATENCY).tag("source", source).register(registry).record(latency);
    }

    public void fetchFailed(String source, String reason) {
        fetch(source, "failed", reason);
    }

    public void published(String source) {
        item(source, "published", NONE);
    }

    public void duplicate(String source) {
        item(source, "duplicate", NONE);
    }

    public void nearDuplicate(String source) {
        item(source, "near_duplicate", NONE);
    }

    public void itemFailed(String source, String reason) {
        item(source, "failed", reason);
    }

    private void fetch(String source, String result, String reason) {
        Counter.builder(FETCHES)
                .description("fetches of a source by result")
                .tags("source", source, "result", result, "reason", reason)
                .register(registry)
                .increment();
    }

    private void item(String source, String outcome, String reason) {
        Counter.builder(ITEMS)
                .description("source items by outcome")
                .tags("source", source, "outcome", outcome, "reason", reason)
                .register(registry)
                .increment();
    }

    /** The short code of a reason ("too-large: …" gives "too-large"), for a metric tag. */
    public static String codeOf(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        int colon = reason.indexOf(':');
        String code = (colon > 0 ? reason.substring(0, colon) : reason).strip();
        return code.length() > 40 || code.contains(" ") ? "refused" : code;
    }
}
