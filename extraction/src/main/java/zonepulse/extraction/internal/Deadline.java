package zonepulse.extraction.internal;

import java.time.Duration;
import zonepulse.extraction.ExtractionException;

/** The moment one document's extraction must be done by; loops call {@link #check()} so no input runs unbounded. */
public final class Deadline {
    private final long deadlineNanos;
    private final Duration limit;

    private Deadline(long deadlineNanos, Duration limit) {
        this.deadlineNanos = deadlineNanos;
        this.limit = limit;
    }

    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** A deadline that never passes, for callers that only clean text (benchmarks, tests). */
    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE, Duration.ofDays(365));
    }

    public void check() throws ExtractionException {
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new ExtractionException(
                    ExtractionException.Reason.TIMEOUT,
                    "extraction took longer than the configured limit of " + limit.toMillis() + " ms");
        }
    }
}
