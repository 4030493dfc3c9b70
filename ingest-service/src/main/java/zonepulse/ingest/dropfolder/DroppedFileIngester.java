package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.Ids;
import zonepulse.events.SourceType;
import zonepulse.ingest.source.ArticleIngester;

/**
 * Ingests one dropped file: reads and decodes it, then hands it to the {@link ArticleIngester} every source goes
 * through (the ledger, near-duplicate clustering, publishing, the per-source counters of {@code GET /api/sources}).
 * Bad input is recorded as failed and moved aside. Any exception that leaves {@link #ingest} is an outage of Kafka or
 * MongoDB: the file has not been touched and is retried on a later poll.
 */
class DroppedFileIngester {
    private static final Logger log = LoggerFactory.getLogger(DroppedFileIngester.class);

    /** What became of a file. */
    enum Outcome {
        PUBLISHED,
        UNCHANGED,
        REFUSED,
        /** It was gone before it could be read (renamed or deleted by its writer). */
        VANISHED
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

    Outcome ingest(Path file) {
        try {
            return decodeAndIngest(file);
        } finally {
            MDC.remove(ARTICLE_ID);
        }
    }

    private Outcome decodeAndIngest(Path file) {
        String uri = DroppedFiles.canonicalUri(file);
        MDC.put(ARTICLE_ID, Ids.articleId(uri));
        String text;
        try {
            text = FileText.decode(read(file));
        } catch (NoSuchFileException e) {
            return Outcome.VANISHED;
        } catch (RefusedFileException e) {
            refuse(file, uri, e.reason());
            return Outcome.REFUSED;
        }
        ArticleIngester.Result result = articles.ingest(new ArticleIngester.Candidate(
                SOURCE, SourceType.FILE, uri, null, DroppedFiles.mediaTypeOf(file), text, ArticleMetadata.empty()));
        if (result.refused()) {
            moveAside(file); // the ingester recorded the refusal (the broker refused the article as too large)
            return Outcome.REFUSED;
        }
        return result.published() ? Outcome.PUBLISHED : Outcome.UNCHANGED;
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
