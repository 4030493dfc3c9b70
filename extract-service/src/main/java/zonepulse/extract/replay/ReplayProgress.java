package zonepulse.extract.replay;

import java.time.Duration;

/**
 * How far a replay has come. Progress is measured in offsets of {@code news.articles.raw} between the beginning and
 * the end offsets taken when the replay started: on a compacted topic some offsets hold no record any more (and
 * transaction markers take offsets too), so offsets, not a count of records, are what can be known up front.
 *
 * @param done offsets passed over so far
 * @param total offsets to pass over; {@code done == total} when the replay is through
 * @param read raw records read so far
 * @param selected of those, the records the selection chose
 * @param extracted of those, the articles extracted (their events and summary published)
 * @param deadLettered of those, the records sent to {@code news.articles.raw.dlq}
 * @param elapsed time since the replay started
 * @param offsetsPerSecond the rate so far
 * @param eta the time left at that rate; zero when done, null while the rate is not known yet
 */
public record ReplayProgress(
        long done,
        long total,
        long read,
        long selected,
        long extracted,
        long deadLettered,
        Duration elapsed,
        double offsetsPerSecond,
        Duration eta) {

    /** The share done, 0 to 1 (1 for an empty topic). */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    /** One line for a log or a terminal. */
    public String describe() {
        return String.format(
                "%d/%d (%.0f%%), %.1f/s, ETA %s; read %d, selected %d, extracted %d, dead-lettered %d",
                done,
                total,
                fraction() * 100,
                offsetsPerSecond,
                eta == null ? "unknown" : ReplayReport.format(eta),
                read,
                selected,
                extracted,
                deadLettered);
    }
}
