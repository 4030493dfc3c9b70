package zonepulse.ingest.source;

import java.time.Instant;

/**
 * What {@code GET /api/sources} says of one source.
 *
 * @param name the source's name (a feed's configured name, {@code push}, {@code drop-folder})
 * @param type feed, push or drop-folder
 * @param url the feed's URL, the drop folder's directory; null for push
 * @param pollInterval how often it is polled, ISO-8601; null for push
 * @param lastPoll when it was last polled (or, for push, last received an article)
 * @param lastStatus ok, not-modified, failed, refused, retryable, unchanged, paused (the drop folder during an outage
 *     of Kafka or MongoDB), or never
 * @param lastError the reason of the last failure, or null
 * @param circuitState the state of the host's circuit breaker, or null
 * @param itemsSeen items found in the source
 * @param published items published
 * @param duplicates items unchanged since their last publication
 * @param nearDuplicates published items that are near-duplicates of an earlier article
 * @param failed items refused or failed
 */
public record SourceStatus(
        String name,
        String type,
        String url,
        String pollInterval,
        Instant lastPoll,
        String lastStatus,
        String lastError,
        String circuitState,
        long itemsSeen,
        long published,
        long duplicates,
        long nearDuplicates,
        long failed) {}
