package zonepulse.ingest.ledger;

import java.time.Instant;

/**
 * What the ingest ledger remembers about one source item.
 *
 * @param canonicalUri the item's canonical URI, the entry's identity
 * @param articleId the article id derived from the canonical URI
 * @param contentHash the content hash of the last version published, null when none was; a later refusal keeps it,
 *     since a refusal publishes nothing
 * @param status what the ledger last recorded of the item: its publication or its refusal
 * @param reason why it failed, null unless {@link LedgerStatus#FAILED}
 * @param publishedCount how many versions have been published
 * @param updatedAt when the entry was last written
 */
public record LedgerEntry(
        String canonicalUri,
        String articleId,
        String contentHash,
        LedgerStatus status,
        String reason,
        long publishedCount,
        Instant updatedAt) {

    /** Whether some version of the item is on the topic, whatever was refused since. */
    public boolean hasPublishedVersion() {
        return contentHash != null;
    }
}
