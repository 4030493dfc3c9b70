package zonepulse.ingest.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * The ingest ledger: what ingest-service published, or refused, per source item, keyed by the item's canonical URI.
 * Written only after Kafka acknowledged a publish, so it never claims more than is on the topic. Every method throws
 * an unchecked exception when the store is unreachable; callers treat that as an outage, not as bad input.
 */
public interface IngestLedger {
    /** The entry for the item, if it was ever ingested. */
    Optional<LedgerEntry> find(String canonicalUri);

    /** Records that this version of the item is on the topic. */
    void recordPublished(String canonicalUri, String articleId, String contentHash, Instant at);

    /**
     * Records that the item was refused as bad input. The hash of the last published version, if any, is kept.
     */
    void recordFailed(String canonicalUri, String articleId, String reason, Instant at);

    /**
     * Records that the item could not be had for now (an unreachable host or robots.txt), naming the source it came
     * from. Not a refusal: the hash of the last published version, if any, is kept.
     */
    void recordRetryable(String canonicalUri, String articleId, String reason, String source, Instant at);

    /** {@link #recordPublished(String, String, String, Instant)}, naming the source it came from. */
    default void recordPublished(String canonicalUri, String articleId, String contentHash, String source, Instant at) {
        recordPublished(canonicalUri, articleId, contentHash, at);
    }

    /** {@link #recordFailed(String, String, String, Instant)}, naming the source it came from. */
    default void recordFailed(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordFailed(canonicalUri, articleId, reason, at);
    }
}
