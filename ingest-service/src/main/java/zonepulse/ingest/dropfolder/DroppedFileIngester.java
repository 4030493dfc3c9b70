package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.Ids;
import zonepulse.events.SourceType;
import zonepulse.ingest.source.ArticleIngester;

/**
 * Ingests one dropped file: reads and decodes it, then submits it to the poll's batch of the {@link ArticleIngester}
 * every source goes through (the ledger, near-duplicate clustering, publishing, the per-source counters of
 * {@code GET /api/sources}). Bad input is recorded as failed and moved aside. A file found unavailable (Kafka or
 * MongoDB away), like any exception that leaves {@link #ingest}, has not been touched and is retried on a later poll.
 */
class DroppedFileIngester {
    private static final Logger log = LoggerFactory.getLogger(DroppedFileIngester.class);

    /** What became of a file. */
    enum Outcome {
        PUBLISHED,
        UNCHANGED,
        REFUSED,
        /** It was gone before it could be read (renamed or deleted by its writer). */
        VANISHED,
        /** Kafka or MongoDB was unavailable: it stays where it is, to be ingested by a later poll. */
        UNAVAILABLE
    }

    /** The drop folder's name as a source: in the ledger, the per-source meters and {@code GET /api/sources}. */
    static final String SOURCE = "drop-folder";

    private static final String ARTICLE_ID = "articleId";

    private final long maxFileSize;
    private final FailedFiles failedFiles;
    private final ArticleIngester articles;

    DroppedFileIngester(long maxFileSize, FailedFiles failedFiles, ArticleIngester articles) {
        this.maxFileSize = maxFileSize;
        this.failedFiles = failedFiles;
        this.articles = articles;
    }

    /** A batch for one poll. */
    ArticleIngester.Batch batch() {
        return articles.batch();
    }

    /**
     * Decodes the file and submits it to the batch; a file that is bad input is refused here and now.
     *
     * @param whenDone called on this thread with what became of the file, and the outage's reason when it was
     *     {@link Outcome#UNAVAILABLE}: at once when the file was refused or gone, else once the batch finished it
     * @throws RuntimeException when the refusal of a bad file could not be recorded (MongoDB away): the file stays
     */
    void ingest(Path file, ArticleIngester.Batch batch, BiConsumer<Outcome, String> whenDone) {
        String uri = DroppedFiles.canonicalUri(file);
        try (MDC.MDCCloseable articleId = MDC.putCloseable(ARTICLE_ID, Ids.articleId(uri))) {
            String text;
            try {
                text = FileText.decode(read(file));
            } catch (NoSuchFileException e) {
                whenDone.accept(Outcome.VANISHED, null);
                return;
            } catch (RefusedFileException e) {
                refuse(file, uri, e.reason());
                whenDone.accept(Outcome.REFUSED, null);
                return;
            }
            batch.submit(
                    new ArticleIngester.Candidate(
                            SOURCE,
                            SourceType.FILE,
                            uri,
                            null,
                            DroppedFiles.mediaTypeOf(file),
                            text,
                            ArticleMetadata.empty()),
                    result -> {
                        switch (result.status()) {
                            case PUBLISHED -> whenDone.accept(Outcome.PUBLISHED, null);
                            case UNCHANGED -> whenDone.accept(Outcome.UNCHANGED, null);
                            case REFUSED -> {
                                // the ingester recorded the refusal (the broker refused the article as too large)
                                moveAside(file);
                                whenDone.accept(Outcome.REFUSED, null);
                            }
                            case UNAVAILABLE -> whenDone.accept(Outcome.UNAVAILABLE, result.reason());
                        }
                    });
        }
    }

    private byte[] read(Path file) throws NoSuchFileException, RefusedFileException {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw tooLarge(size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxFileSize) { // it grew after it was measured
                throw tooLarge(bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new RefusedFileException("cannot be read: " + e, e);
        }
    }

    private RefusedFileException tooLarge(long size) {
        return new RefusedFileException(
                "too large: " + size + " bytes, over the limit of " + maxFileSize + " bytes (max-file-size)");
    }

    /** Records the refusal first, so that an outage of MongoDB leaves the file in place to be refused later. */
    private void refuse(Path file, String uri, String reason) {
        articles.refuse(SOURCE, SourceType.FILE, uri, reason);
        moveAside(file);
    }

    private void moveAside(Path file) {
        try {
            Path movedTo = failedFiles.moveAside(file);
            log.warn("moved {} aside to {}", file, movedTo);
        } catch (IOException e) {
            // it is recorded as failed; the next poll refuses it again and retries the move
            log.error("cannot move refused file {} aside: {}", file, e.toString());
        }
    }
}
