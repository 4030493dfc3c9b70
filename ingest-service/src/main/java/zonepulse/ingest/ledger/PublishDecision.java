package zonepulse.ingest.ledger;

import java.util.Objects;
import java.util.Optional;

/** Whether a decoded item must be published, given what the ledger remembers of it. */
public enum PublishDecision {
    /** Never published before (or only ever refused): publish it. */
    FIRST_VERSION,
    /** Published before with other content: publish it again, as a new version of the same article. */
    NEW_VERSION,
    /** Its content is what was last published, even if a refusal was recorded since: publish nothing. */
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
        // Whatever the entry's status: a refusal published nothing, so the version on the topic is still the one
        // whose hash the entry keeps, and the same content again must not be published twice (issue 12).
        return entry.get().contentHash().equals(contentHash) ? UNCHANGED : NEW_VERSION;
    }

    public boolean publishes() {
        return this != UNCHANGED;
    }
}
