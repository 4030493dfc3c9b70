package zonepulse.ingest.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingest ledger: what ingest-service published, or refused, per source item, keyed by the item's canonical URI.
 * Written only after Kafka acknowledged a publish, so it never claims more than is on the topic. Every method throws
 * an unchecked exception when the store is unreachable; callers treat that as an outage, not as bad input.
 */
public interface IngestLedger {
    /** The entries of those items that were ever ingested, by canonical URI, in one round trip. */
    Map<String, LedgerEntry> findAll(Collection<String> canonicalUris);

    /** The entry for the item, if it was ever ingested. */
    default Optional<LedgerEntry> find(String canonicalUri) {
        return Optional.ofNullable(findAll(List.of(canonicalUri)).get(canonicalUri));
    }

    /**
     * Records that these versions are on the topic, in one round trip, each as if alone: the entry takes the version's
     * hash, its status becomes published, its count of versions grows by one. Idempotent: recording a publication
     * again whose hash the entry already holds changes nothing, so a bulk retried after a partial failure counts no
     * version twice. At most one publication per canonical URI.
     */
    void recordPublished(List<Publication> publications);

    /**
     * Records that the item was refused as bad input. The hash of the last published version, if any, is kept.
     */
    void recordFailed(String canonicalUri, String articleId, String reason, Instant at);

    /**
     * Records that the item could not be had for now (an unreachable host or robots.txt), naming the source it came
     * from. Not a refusal: the hash of the last published version, if any, is kept.
     */
    void recordRetryable(String canonicalUri, String articleId, String reason, String source, Instant at);

    /** {@link #recordFailed(String, String, String, Instant)}, naming the source it came from. */
    default void recordFailed(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordFailed(canonicalUri, articleId, reason, at);
    }
}
