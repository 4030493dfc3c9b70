package zonepulse.ingest.dropfolder;

/** A dropped file that is bad input: it cannot be read, is too large, or is not text. Never an outage. */
final class RefusedFileException extends Exception {
    RefusedFileException(String reason) {
        super(reason);
    }

    RefusedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Why the file was refused, in words, as logged and recorded in the ledger. */
    String reason() {
        return getMessage();
    }
}
