package zonepulse.extraction;

/**
 * A document the engine cannot extract from. Always bad input, never an outage: the pipeline dead-letters it.
 */
public class ExtractionException extends Exception {
    /** Why a document was refused. */
    public enum Reason {
        /** The bytes are not text in any supported charset. */
        UNDECODABLE,
        /** The document is over the configured size limit. */
        TOO_LARGE,
        /** Extraction took longer than the configured time limit. */
        TIMEOUT,
        /** The document's structure (front matter, markup) cannot be read. */
        MALFORMED,
        /**
         * A rule of the engine failed on a document it had read: a bug in zonepulse, not a fault of the input. The
         * document can be extracted again once the engine is fixed.
         */
        ENGINE_FAULT
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
