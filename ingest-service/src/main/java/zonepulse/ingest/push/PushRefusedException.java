package zonepulse.ingest.push;

import org.springframework.http.HttpStatus;

/** A push answered with an error status and a reason. */
final class PushRefusedException extends Exception {
    private final HttpStatus status;
    private final String canonicalUri;

    PushRefusedException(HttpStatus status, String reason, String canonicalUri) {
        super(reason);
        this.status = status;
        this.canonicalUri = canonicalUri;
    }

    HttpStatus status() {
        return status;
    }

    /** The item's canonical URI when known, so the refusal can be recorded in the ledger; else null. */
    String canonicalUri() {
        return canonicalUri;
    }
}
