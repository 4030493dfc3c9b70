package zonepulse.extract.replay;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What a finished replay did.
 *
 * @param selection what it was asked to re-extract
 * @param read raw records read (every record between the beginning and the end offsets taken at the start)
 * @param selected of those, the records the selection chose
 * @param extracted of those, the articles whose events and summary were published
 * @param deadLettered of those, the records sent to {@code news.articles.raw.dlq}, exactly as the live path would
 * @param transactions the transactions committed
 * @param elapsed how long it took
 * @param outputEnds per output partition, the offset after the last record the replay wrote there: a consumer of the
 *     outputs (the store) has seen all of the replay once its committed offsets reach these
 */
public record ReplayReport(
        ReplaySelection selection,
        long read,
        long selected,
        long extracted,
        long deadLettered,
        long transactions,
        Duration elapsed,
        Map<TopicPartition, Long> outputEnds) {

    public ReplayReport {
        outputEnds = Map.copyOf(outputEnds);
    }

    /** One line for a log or a terminal. */
    public String describe() {
        return String.format(
                "read %d, selected %d, extracted %d, dead-lettered %d, in %d transactions, %s",
                read, selected, extracted, deadLettered, transactions, format(elapsed));
    }

    static String format(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return String.format("%.1fs", d.toMillis() / 1000.0);
        }
        return seconds < 3600
                ? String.format("%dm%02ds", seconds / 60, seconds % 60)
                : String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
