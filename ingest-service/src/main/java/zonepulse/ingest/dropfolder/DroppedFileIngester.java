package zonepulse.ingest.dropfolder;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.PublishDecision;
import zonepulse.ingest.metrics.IngestMetrics;
import zonepulse.ingest.publishing.ArticlePublisher;
import zonepulse.ingest.publishing.ArticleRejectedException;

/**
 * Ingests one dropped file: reads and decodes it, publishes it unless the ledger says this content is already on
 * the topic, then records the publish. Bad input is recorded as failed and moved aside. Any exception that leaves
 * {@link #ingest} is an outage of Kafka or MongoDB: the file has not been touched and is retried on a later poll.
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

    /** The source tag of the drop folder's meters. */
    static final String SOURCE = "file";

    private static final String ARTICLE_ID = "articleId";

    private final long maxFileSize;
    private final FailedFiles failedFiles;
    private final IngestLedger ledger;
    private final ArticlePublisher publisher;
    private final CircuitBreaker kafka;
    private final CircuitBreaker mongodb;
    private final Clock clock;
    private final IngestMetrics metrics;

    DroppedFileIngester(
            long maxFileSize,
            FailedFiles failedFiles,
            IngestLedger ledger,
            ArticlePublisher publisher,
            CircuitBreaker kafka,
            CircuitBreaker mongodb,
            Clock clock) {
        this(maxFileSize, failedFiles, ledger, publisher, kafka, mongodb, clock, IngestMetrics.none());
    }

    DroppedFileIngester(
            long maxFileSize,
            FailedFiles failedFiles,
            IngestLedger ledger,
            ArticlePublisher publisher,
            CircuitBreaker kafka,
            CircuitBreaker mongodb,
            Clock clock,
            IngestMetrics metrics) {
        this.maxFileSize = maxFileSize;
        this.failedFiles = failedFiles;
        this.ledger = ledger;
        this.publisher = publisher;
        this.kafka = kafka;
        this.mongodb = mongodb;
        this.clock = clock;
        this.metrics = metrics;
    }

    Outcome ingest(Path file) {
        try {
            return measured(file);
        } catch (RuntimeException e) {
            metrics.unavailable(SOURCE);
            throw e;
        } finally {
            MDC.remove(ARTICLE_ID);
        }
    }

    private Outcome measured(Path file) {
        String uri = DroppedFiles.canonicalUri(file);
        String text;
        try {
            text = FileText.decode(read(file));
        } catch (NoSuchFileException e) {
            return Outcome.VANISHED;
        } catch (RefusedFileException e) {
            MDC.put(ARTICLE_ID, Ids.articleId(uri));
            refuse(file, uri, e.reason());
            metrics.refused(SOURCE);
            return Outcome.REFUSED;
        }
        metrics.fetched(SOURCE);
        RawArticle article = RawArticle.of(
                new ArticleSource(SourceType.FILE, uri, null),
                clock.instant(),
                DroppedFiles.mediaTypeOf(file),
                text,
                ArticleMetadata.empty());
        MDC.put(ARTICLE_ID, article.articleId());
        Optional<LedgerEntry> entry = mongodb.executeSupplier(() -> ledger.find(uri));
        PublishDecision decision = PublishDecision.decide(entry, article.contentHash());
        if (!decision.publishes()) {
            log.debug(
                    "unchanged {}: article {} version {} already published",
                    uri,
                    article.articleId(),
                    article.contentHash());
            metrics.duplicate(SOURCE);
            return Outcome.UNCHANGED;
        }
        try {
            kafka.executeRunnable(() -> publisher.publish(article));
        } catch (ArticleRejectedException e) {
            refuse(file, uri, e.getMessage());
            metrics.refused(SOURCE);
            return Outcome.REFUSED;
        }
        mongodb.executeRunnable(
                () -> ledger.recordPublished(uri, article.articleId(), article.contentHash(), clock.instant()));
        log.info("published article {} {} ({} chars)", article.articleId(), uri, text.length());
        metrics.published(SOURCE);
        return Outcome.PUBLISHED;
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
        log.warn("refused {}: {}", file, reason);
        Instant now = clock.instant();
        mongodb.executeRunnable(() -> ledger.recordFailed(uri, Ids.articleId(uri), reason, now));
        try {
            Path movedTo = failedFiles.moveAside(file);
            log.warn("moved {} aside to {}", file, movedTo);
        } catch (IOException e) {
            // it is recorded as failed; the next poll refuses it again and retries the move
            log.error("cannot move refused file {} aside: {}", file, e.toString());
        }
    }
}
