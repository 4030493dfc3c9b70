package zonepulse.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/** A fetch that did not give a usable answer; {@link #failure()} says why. */
public class FetchException extends Exception {
    private final FetchFailure failure;
    private final Duration retryAfter;

    public FetchException(FetchFailure failure, String message) {
        this(failure, message, null, null);
    }

    public FetchException(FetchFailure failure, String message, Throwable cause) {
        this(failure, message, null, cause);
    }

    public FetchException(FetchFailure failure, String message, Duration retryAfter, Throwable cause) {
        super(failure.code() + ": " + message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.retryAfter = retryAfter;
    }

    public FetchFailure failure() {
        return failure;
    }

    /** What the server asked for in Retry-After (429, 503), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isTransient() {
        return failure.isTransient();
    }

    /** The reason as recorded in the ledger: the failure's code and the details. */
    public String reason() {
        return getMessage();
    }
}
