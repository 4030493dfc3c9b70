package zonepulse.ingest.ledger;

/** What happened to a source item the last time it was ingested. */
public enum LedgerStatus {
    /** Its current content is on {@code news.articles.raw}. */
    PUBLISHED("published"),
    /** It was refused as bad input and moved aside; the entry's reason says why. */
    FAILED("failed"),
    /**
     * It could not be had for now (its host or its robots.txt unreachable): not bad input, its source is asked to
     * try again; the entry's reason says why.
     */
    RETRYABLE("retryable");

    private final String value;

    LedgerStatus(String value) {
        this.value = value;
    }

    /** The value stored in the ledger document. */
    public String value() {
        return value;
    }

    public static LedgerStatus fromValue(String value) {
        for (LedgerStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown ingest ledger status '" + value + "'");
    }
}
