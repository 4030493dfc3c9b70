package zonepulse.ingest.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of a source item that Kafka acknowledged: what {@link IngestLedger#recordPublished} records.
 *
 * @param canonicalUri the item's canonical URI, the ledger entry's identity
 * @param articleId the article id derived from it
 * @param contentHash the content hash of the version on the topic
 * @param source the name of the source it came from (a feed's name, {@code drop-folder}, {@code push})
 * @param at when it was published
 */
public record Publication(String canonicalUri, String articleId, String contentHash, String source, Instant at) {
    public Publication {
        Objects.requireNonNull(canonicalUri, "canonicalUri");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(at, "at");
    }
}
