package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zonepulse.ingest.source.PolledSource;
import zonepulse.ingest.source.SourceStatusBoard;

/** The drop folder as a {@link PolledSource}: each poll scans the folder once and ingests the files that are ready. */
class DropFolderSource implements PolledSource {
    private static final Logger log = LoggerFactory.getLogger(DropFolderSource.class);

    private final DropFolderProperties properties;
    private final DropFolderPoller poller;
    private final SourceStatusBoard board;

    DropFolderSource(DropFolderProperties properties, DropFolderPoller poller, SourceStatusBoard board) {
        this.properties = properties;
        this.poller = poller;
        this.board = board;
    }

    @Override
    public String name() {
        return DroppedFileIngester.SOURCE;
    }

    @Override
    public String type() {
        return "drop-folder";
    }

    @Override
    public URI location() {
        return properties.directory().toAbsolutePath().normalize().toUri();
    }

    @Override
    public Duration pollInterval() {
        return properties.pollInterval();
    }

    @Override
    public void open() {
        try {
            Files.createDirectories(properties.directory());
            Files.createDirectories(properties.failedDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + properties.directory(), e);
        }
        poller.start();
        log.info(
                "watching drop folder {} for {} files; refused files go to {}",
                location(),
                properties.extensions(),
                properties.failedDirectory().toAbsolutePath().normalize());
    }

    @Override
    public void poll() {
        boolean complete = poller.poll();
        board.polled(
                name(),
                complete ? "ok" : "paused",
                complete ? null : "Kafka or MongoDB unavailable: files wait in place");
    }

    @Override
    public void stop() {
        poller.stop();
    }
}
