package zonepulse.ingest.dropfolder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zonepulse.ingest.source.ArticleIngester;

/**
 * One scan of the drop folder. A file is ingested once it looks the same (size and modification time) on two
 * consecutive polls, so a file still being written is not published half-written; after that it is read again only
 * when its stamp changes, and the ledger decides whether its content is new. The files ready are published as one
 * batch, several in flight at once; the poll ends when every one of them is finished. An outage ends the poll early:
 * no further file is sent, and those that were not published and recorded wait, untouched, for the next one.
 */
class DropFolderPoller {
    private static final Logger log = LoggerFactory.getLogger(DropFolderPoller.class);

    private final DropFolderScanner scanner;
    private final DroppedFileIngester ingester;
    /** Stamps seen by the previous poll. */
    private Map<Path, FileStamp> previouslySeen = Map.of();
    /** Stamps of the files whose current content is known to be on the topic. */
    private final Map<Path, FileStamp> ingested = new HashMap<>();

    private boolean outage;
    private volatile boolean stopping;

    DropFolderPoller(DropFolderScanner scanner, DroppedFileIngester ingester) {
        this.scanner = scanner;
        this.ingester = ingester;
    }

    /**
     * Scans the folder once; called from a single thread.
     *
     * @return false when an outage of Kafka or MongoDB ended the poll early (the remaining files wait), else true
     */
    boolean poll() {
        Map<Path, FileStamp> seen = new LinkedHashMap<>();
        for (Path file : scanner.candidates()) {
            FileStamp.of(file).ifPresent(stamp -> seen.put(file, stamp));
        }
        ingested.keySet().retainAll(seen.keySet());
        Map<Path, FileStamp> previous = previouslySeen;
        previouslySeen = seen;
        PollOutage pollOutage = new PollOutage();
        try (ArticleIngester.Batch batch = ingester.batch()) {
            for (Map.Entry<Path, FileStamp> candidate : seen.entrySet()) {
                if (stopping || pollOutage.seen() || batch.outage()) {
                    break; // the rest waits for the next poll (or the next start)
                }
                Path file = candidate.getKey();
                FileStamp stamp = candidate.getValue();
                if (stamp.equals(ingested.get(file)) || !stamp.equals(previous.get(file))) {
                    continue; // already ingested as it is, or still being written
                }
                try {
                    ingester.ingest(file, batch, (outcome, reason) -> settle(file, stamp, outcome, reason, pollOutage));
                } catch (RuntimeException e) {
                    pollOutage.note(file, e.toString());
                }
            }
        } // waits for the files in flight: each is settled before the poll ends
        report(pollOutage);
        return !pollOutage.seen();
    }

    private void settle(
            Path file, FileStamp stamp, DroppedFileIngester.Outcome outcome, String reason, PollOutage poll) {
        switch (outcome) {
            case PUBLISHED, UNCHANGED -> ingested.put(file, stamp);
            case REFUSED, VANISHED -> ingested.remove(file);
            case UNAVAILABLE -> poll.note(file, reason);
        }
    }

    /** Logs when ingest pauses for an outage and when it resumes, once each, not for every file. */
    private void report(PollOutage poll) {
        if (poll.seen() && !outage) {
            outage = true;
            log.warn(
                    "drop folder ingest paused, {} (and any file not published) stays in place and is retried: {}",
                    poll.file,
                    poll.reason);
        } else if (poll.seen()) {
            log.debug("drop folder ingest still paused: {}", poll.reason);
        } else if (outage) {
            outage = false;
            log.info("Kafka and MongoDB reachable again: drop folder ingest resumed");
        }
    }

    /** Lets polls run (again). */
    void start() {
        stopping = false;
    }

    /**
     * Ends the poll in progress: no further file is sent, those in flight are finished; called from any thread when
     * the application stops.
     */
    void stop() {
        stopping = true;
    }

    /** The first file of a poll found unavailable, and why. */
    private static final class PollOutage {
        Path file;
        String reason;

        void note(Path file, String reason) {
            if (this.file == null) {
                this.file = file;
                this.reason = reason;
            }
        }

        boolean seen() {
            return file != null;
        }
    }
}
