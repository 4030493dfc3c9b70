package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import zonepulse.ingest.source.SourceStatusBoard;

/**
 * Runs the drop-folder poller on its own thread, every poll interval, from the time the application context is
 * started until it is stopped. A stop lets the file in hand finish, so no publish is cut off before its ledger
 * entry is written.
 */
class DropFolderSource implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DropFolderSource.class);
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final DropFolderProperties properties;
    private final DropFolderPoller poller;
    private final SourceStatusBoard board;
    private ScheduledExecutorService executor;

    DropFolderSource(DropFolderProperties properties, DropFolderPoller poller, SourceStatusBoard board) {
        this.properties = properties;
        this.poller = poller;
        this.board = board;
    }

    @Override
    public synchronized void start() {
        try {
            Files.createDirectories(properties.directory());
            Files.createDirectories(properties.failedDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + properties.directory(), e);
        }
        poller.start();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drop-folder");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::pollOnce, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info(
                "watching drop folder {} every {} for {} files; refused files go to {}",
                properties.directory().toAbsolutePath().normalize(),
                properties.pollInterval(),
                properties.extensions(),
                properties.failedDirectory().toAbsolutePath().normalize());
    }

    private void pollOnce() {
        try {
            boolean complete = poller.poll();
            board.polled(
                    DroppedFileIngester.SOURCE,
                    complete ? "ok" : "paused",
                    complete ? null : "Kafka or MongoDB unavailable: files wait in place");
        } catch (RuntimeException e) {
            // an unlistable folder must not end the schedule: a later poll may see it again
            log.error("drop folder poll failed", e);
            board.polled(DroppedFileIngester.SOURCE, "failed", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        poller.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
