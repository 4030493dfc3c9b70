package zonepulse.ingest.push;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A push answered with an error status and a reason. */
final class PushRefusedException extends Exception {
    private final HttpStatus status;
    private final String canonicalUri;
    private final Duration retryAfter;

    PushRefusedException(HttpStatus status, String reason, String canonicalUri) {
        this(status, reason, canonicalUri, null);
    }

    /** @param retryAfter when a retryable push (503) may succeed, null for a refusal */
    PushRefusedException(HttpStatus status, String reason, String canonicalUri, Duration retryAfter) {
        super(reason);
        this.status = status;
        this.canonicalUri = canonicalUri;
        this.retryAfter = retryAfter;
    }

    /** Not bad input: the same push may succeed later (the page's host or its robots.txt was unreachable). */
    boolean isRetryable() {
        return retryAfter != null;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    /** The item's canonical URI when known, so the refusal can be recorded in the ledger; else null. */
    String canonicalUri() {
        return canonicalUri;
    }
}
