package zonepulse.ingest.ledger;

import java.util.Objects;
import java.util.Optional;

/** Whether a decoded item must be published, given what the ledger remembers of it. */
public enum PublishDecision {
    /** Never published before (or only ever refused): publish it. */
    FIRST_VERSION,
    /** Published before with other content: publish it again, as a new version of the same article. */
    NEW_VERSION,
    /** Its content is what was last published: publish nothing. */
    UNCHANGED;

    /**
     * The decision for an item whose decoded content has {@code contentHash}.
     *
     * @param entry the ledger's entry for the item's canonical URI, if any
     */
    public static PublishDecision decide(Optional<LedgerEntry> entry, String contentHash) {
        Objects.requireNonNull(contentHash, "contentHash");
        if (entry.isEmpty() || entry.get().contentHash() == null) {
            return FIRST_VERSION;
        }
        LedgerEntry known = entry.get();
        // A failed entry keeps the hash of the version published before the failure; content equal to it is
        // published again anyway, because the failure is the latest thing the ledger says about the item.
        if (known.status() == LedgerStatus.PUBLISHED && known.contentHash().equals(contentHash)) {
            return UNCHANGED;
        }
        return NEW_VERSION;
    }

    public boolean publishes() {
        return this != UNCHANGED;
    }
}
