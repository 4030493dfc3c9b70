package zonepulse.bench;

import java.util.Arrays;

/**
 * When a growing count (summaries committed, documents stored) first reached each of a series of thresholds: the
 * warm-up's size, then the end of each measured repetition. A run is timed between milestones, not from a process's
 * start, so start-up and warm-up are left out; the count is of work done, whatever items it was done on, so a consumer
 * that reads its partitions in any interleaving is timed alike.
 */
final class Milestones {
    private final long[] thresholds;
    private final long[] reachedAt;
    private int reached;

    /** @param thresholds cumulative counts, ascending; the first is the end of the warm-up */
    Milestones(long... thresholds) {
        if (thresholds.length < 2) {
            throw new IllegalArgumentException("a warm-up and at least one measured run are needed");
        }
        for (int i = 1; i < thresholds.length; i++) {
            if (thresholds[i] <= thresholds[i - 1]) {
                throw new IllegalArgumentException("thresholds must ascend: " + Arrays.toString(thresholds));
            }
        }
        this.thresholds = thresholds.clone();
        this.reachedAt = new long[thresholds.length];
    }

    /** Notes that the count was {@code count} at {@code nanos} ({@link System#nanoTime}). */
    synchronized void observe(long count, long nanos) {
        while (reached < thresholds.length && count >= thresholds[reached]) {
            reachedAt[reached++] = nanos;
        }
    }

    synchronized boolean allReached() {
        return reached == thresholds.length;
    }

    /** The last threshold: the count when everything is done. */
    long total() {
        return thresholds[thresholds.length - 1];
    }

    /** How many of the measured runs there are (the thresholds after the warm-up's). */
    int runs() {
        return thresholds.length - 1;
    }

    /** The duration of measured run {@code run} (0-based) in seconds: from the previous milestone to its own. */
    synchronized double seconds(int run) {
        if (run + 1 >= reached) {
            throw new IllegalStateException("run " + run + " has not finished");
        }
        return (reachedAt[run + 1] - reachedAt[run]) / 1e9;
    }
}
