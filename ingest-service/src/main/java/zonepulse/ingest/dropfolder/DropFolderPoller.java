package zonepulse.ingest.dropfolder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scan of the drop folder. A file is ingested once it looks the same (size and modification time) on two
 * consecutive polls, so a file still being written is not published half-written; after that it is read again only
 * when its stamp changes, and the ledger decides whether its content is new. An outage ends the poll: the remaining
 * files wait, untouched, for the next one.
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
        for (Map.Entry<Path, FileStamp> candidate : seen.entrySet()) {
            if (stopping) {
                return true; // the rest waits for the next start
            }
            Path file = candidate.getKey();
            FileStamp stamp = candidate.getValue();
            if (stamp.equals(ingested.get(file)) || !stamp.equals(previous.get(file))) {
                continue; // already ingested as it is, or still being written
            }
            Optional<DroppedFileIngester.Outcome> outcome = ingestOrPause(file);
            if (outcome.isEmpty()) {
                return false;
            }
            switch (outcome.get()) {
                case PUBLISHED, UNCHANGED -> ingested.put(file, stamp);
                case REFUSED, VANISHED -> ingested.remove(file);
            }
        }
        return true;
    }

    /** Lets polls run (again). */
    void start() {
        stopping = false;
    }

    /** Ends the poll in progress after the file in hand; called from any thread when the application stops. */
    void stop() {
        stopping = true;
    }

    private Optional<DroppedFileIngester.Outcome> ingestOrPause(Path file) {
        try {
            DroppedFileIngester.Outcome outcome = ingester.ingest(file);
            if (outage) {
                outage = false;
                log.info("Kafka and MongoDB reachable again: drop folder ingest resumed");
            }
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            if (!outage) {
                outage = true;
                log.warn("drop folder ingest paused, {} stays in place and is retried: {}", file, e.toString());
            } else {
                log.debug("drop folder ingest still paused: {}", e.toString());
            }
            return Optional.empty();
        }
    }
}
