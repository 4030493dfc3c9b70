package zonepulse.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What ingest-service counts, per source ({@code file}, {@code feed}, {@code http} ...): one meter,
 * {@value #ARTICLES}, with an {@code outcome} tag:
 *
 * <ul>
 *   <li>{@code fetched}: a document was read and decoded;
 *   <li>{@code published}: it is on {@code news.articles.raw} (the broker acknowledged it);
 *   <li>{@code duplicate}: its content was already published, nothing sent;
 *   <li>{@code failed}: it was refused as bad input ({@code reason=refused}) or could not be published or recorded
 *       because Kafka or MongoDB was unavailable ({@code reason=unavailable}; it is retried).
 * </ul>
 *
 * Every source reports through this one class, so dashboards and alerts see all sources alike.
 */
public final class IngestMetrics {
    public static final String ARTICLES = "zonepulse.ingest.articles";

    private final MeterRegistry meters;

    public IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts into a registry nobody reads: for tests and callers without metrics. */
    public static IngestMetrics none() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    public void fetched(String source) {
        count(source, "fetched", "none");
    }

    public void published(String source) {
        count(source, "published", "none");
    }

    public void duplicate(String source) {
        count(source, "duplicate", "none");
    }

    public void refused(String source) {
        count(source, "failed", "refused");
    }

    public void unavailable(String source) {
        count(source, "failed", "unavailable");
    }

    private void count(String source, String outcome, String reason) {
        Counter.builder(ARTICLES)
                .description("Source documents by outcome: fetched, published, duplicate, failed")
                .tag("source", source)
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
