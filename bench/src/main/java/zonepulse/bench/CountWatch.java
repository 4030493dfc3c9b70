package zonepulse.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Waits for a count of work done (summaries committed, documents stored) to reach a target, asking for it every
 * {@value #POLL_MILLIS} ms, noting the {@link Milestones} it passes and printing progress. A count that stops growing
 * for {@link #STALL} fails the run with what was reached, instead of waiting for ever.
 */
final class CountWatch {
    static final long POLL_MILLIS = 50;
    static final Duration STALL = Duration.ofMinutes(3);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final PrintStream out;

    CountWatch(PrintStream out) {
        this.out = out;
    }

    /**
     * @param what what is counted, for progress and errors ("store-service: documents stored")
     * @param count asked every {@value #POLL_MILLIS} ms
     * @param milestones noted as the count passes them, or null
     * @param failure null while the contender is fine, else why it failed (its process exited): checked at each poll
     * @return the {@link System#nanoTime} at which the count was first seen at or above {@code target}
     */
    long await(String what, LongSupplier count, long target, Milestones milestones, Supplier<String> failure) {
        long last = -1;
        long lastChange = System.nanoTime();
        long nextProgress = lastChange + PROGRESS_EVERY.toNanos();
        while (true) {
            long now = System.nanoTime();
            long n = count.getAsLong();
            if (milestones != null) {
                milestones.observe(n, now);
            }
            if (n >= target) {
                return now;
            }
            if (n != last) {
                last = n;
                lastChange = now;
            }
            String failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException(what + ": " + failed + " at " + n + "/" + target);
            }
            if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException(what + ": stuck at " + n + "/" + target + " for " + STALL);
            }
            if (now > nextProgress) {
                out.printf("    %s: %d/%d%n", what, n, target);
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
