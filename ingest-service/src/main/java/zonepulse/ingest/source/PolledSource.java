package zonepulse.ingest.source;

import java.net.URI;
import java.time.Duration;

/**
 * A kind of source ingest-service reads on a schedule: the drop folder, a feed. A new kind is one class implementing
 * this plus its configuration (a bean of this type, or a {@link PolledSourceCatalog} for several): {@link
 * PolledSources} schedules it, lists it at {@code GET /api/sources}, and everything it reads goes through the one
 * pipeline every source shares, {@link ArticleIngester} (identity, ledger, near-duplicates, publishing, counters).
 */
public interface PolledSource {
    /** Its name: in the ledger, the per-source meters and {@code GET /api/sources}; unique among sources. */
    String name();

    /** Its kind as {@code GET /api/sources} shows it: {@code drop-folder}, {@code feed} … */
    String type();

    /** Where it reads from: the folder's or the feed's URI. */
    URI location();

    /** The pause between the end of one poll and the start of the next (never overlapping). */
    Duration pollInterval();

    /** Prepares the first poll (creates a folder, loads saved state); called once, before any poll. */
    default void open() {}

    /**
     * Reads what is new and submits each item to a {@link ArticleIngester.Batch} of the {@link ArticleIngester}, closes
     * it (every item finished), then reports how the poll ended on the {@link SourceStatusBoard} ({@code ok},
     * {@code not-modified}, {@code outage} …). An outage of Kafka or MongoDB ends the poll early; what was not ingested
     * is read again by a later poll.
     */
    void poll();

    /**
     * Asks a poll in progress to end once the items in flight are finished, submitting no more; called from another
     * thread when the service stops.
     */
    default void stop() {}
}
