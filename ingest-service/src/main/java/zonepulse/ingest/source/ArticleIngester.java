package zonepulse.ingest.source;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.ingest.dedup.NearDuplicateIndex;
import zonepulse.ingest.dedup.NearDuplicates;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.PublishDecision;
import zonepulse.ingest.metrics.IngestMetrics;
import zonepulse.ingest.publishing.ArticlePublisher;
import zonepulse.ingest.publishing.ArticleRejectedException;

/**
 * Publishes the items of feeds, pages and pushes, as the drop folder does its files: unless the ledger says this
 * content of this canonical URI is on the topic already; a changed one as a new version of the same article. Each
 * published article gets its near-duplicate cluster in its metadata. The ledger is written after Kafka acknowledged
 * the publish. Refusals are logged, counted and recorded in the ledger with their source and reason.
 *
 * <p>Any runtime exception out of {@link #ingest} or {@link #refuse} is an outage of Kafka or MongoDB (behind the
 * {@code kafka} and {@code mongodb} circuit breakers): the item was not published, or not recorded, and the caller
 * keeps it to try again (a feed is re-read on its next poll, a pusher gets 503).
 */
@Component
public class ArticleIngester {
    private static final Logger log = LoggerFactory.getLogger(ArticleIngester.class);
    private static final int STRIPES = 64;

    /** What to publish. */
    public record Candidate(
            String source,
            SourceType type,
            String canonicalUri,
            String feed,
            String mediaType,
            String content,
            ArticleMetadata metadata) {
        public Candidate {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(canonicalUri, "canonicalUri");
            Objects.requireNonNull(content, "content");
        }
    }

    /** What happened to it. */
    public record Result(
            String articleId,
            String contentHash,
            boolean published,
            String clusterId,
            String duplicateOf,
            String refusal) {
        public Result(String articleId, String contentHash, boolean published, String clusterId, String duplicateOf) {
            this(articleId, contentHash, published, clusterId, duplicateOf, null);
        }

        /** True when the item was refused as bad input (recorded in the ledger with {@link #refusal()}). */
        public boolean refused() {
            return refusal != null;
        }
    }

    private final IngestLedger ledger;
    private final ArticlePublisher publisher;
    private final NearDuplicates nearDuplicates;
    private final SourceMetrics metrics;
    private final IngestMetrics articles;
    private final SourceStatusBoard board;
    private final CircuitBreaker kafka;
    private final CircuitBreaker mongodb;
    private final Clock clock;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    /** Without the service-wide {@link IngestMetrics} (tests). */
    public ArticleIngester(
            IngestLedger ledger,
            ArticlePublisher publisher,
            NearDuplicates nearDuplicates,
            SourceMetrics metrics,
            SourceStatusBoard board,
            CircuitBreakerRegistry breakers,
            Clock clock) {
        this(ledger, publisher, nearDuplicates, metrics, IngestMetrics.none(), board, breakers, clock);
    }

    /**
     * @param metrics per-source-name meters (feed names, push)
     * @param articles the service-wide {@code zonepulse.ingest.articles} counter, tagged by source type (feed, http)
     *     like the drop folder's (file)
     */
    @Autowired
    public ArticleIngester(
            IngestLedger ledger,
            ArticlePublisher publisher,
            NearDuplicates nearDuplicates,
            SourceMetrics metrics,
            IngestMetrics articles,
            SourceStatusBoard board,
            CircuitBreakerRegistry breakers,
            Clock clock) {
        this.articles = articles;
        this.ledger = ledger;
        this.publisher = publisher;
        this.nearDuplicates = nearDuplicates;
        this.metrics = metrics;
        this.board = board;
        this.kafka = breakers.circuitBreaker("kafka");
        this.mongodb = breakers.circuitBreaker("mongodb");
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Publishes the item unless its content is already on the topic; one item at a time per canonical URI. */
    public Result ingest(Candidate candidate) {
        ReentrantLock lock = locks[Math.floorMod(candidate.canonicalUri().hashCode(), STRIPES)];
        lock.lock();
        try {
            articles.fetched(typeOf(candidate.type()));
            return ingestLocked(candidate);
        } catch (RuntimeException e) {
            articles.unavailable(typeOf(candidate.type()));
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private Result ingestLocked(Candidate candidate) {
        String uri = candidate.canonicalUri();
        RawArticle article = RawArticle.of(
                new ArticleSource(candidate.type(), uri, candidate.feed()),
                clock.instant(),
                candidate.mediaType(),
                candidate.content(),
                candidate.metadata());
        Optional<LedgerEntry> entry = mongodb.executeSupplier(() -> ledger.find(uri));
        PublishDecision decision = PublishDecision.decide(entry, article.contentHash());
        if (!decision.publishes()) {
            log.debug(
                    "unchanged {} from {}: article {} already published", uri, candidate.source(), article.articleId());
            metrics.duplicate(candidate.source());
            articles.duplicate(typeOf(candidate.type()));
            board.duplicate(candidate.source());
            return new Result(article.articleId(), article.contentHash(), false, null, null);
        }
        Optional<NearDuplicateIndex.Match> match =
                nearDuplicates.assign(article.articleId(), article.content(), "text/html".equals(article.mediaType()));
        RawArticle toPublish = match.map(
                        m -> withMetadata(article, article.metadata().withCluster(m.clusterId(), m.duplicateOf())))
                .orElse(article);
        try {
            kafka.executeRunnable(() -> publisher.publish(toPublish));
        } catch (ArticleRejectedException e) {
            refuse(candidate.source(), candidate.type(), uri, e.getMessage());
            return new Result(article.articleId(), article.contentHash(), false, null, null, e.getMessage());
        }
        mongodb.executeRunnable(() -> ledger.recordPublished(
                uri, article.articleId(), article.contentHash(), candidate.source(), clock.instant()));
        boolean nearDuplicate = match.map(NearDuplicateIndex.Match::isDuplicate).orElse(false);
        metrics.published(candidate.source());
        articles.published(typeOf(candidate.type()));
        if (nearDuplicate) {
            metrics.nearDuplicate(candidate.source());
        }
        board.published(candidate.source(), nearDuplicate);
        log.info(
                "published article {} {} from {} ({}, {} chars{})",
                article.articleId(),
                uri,
                candidate.source(),
                decision == PublishDecision.FIRST_VERSION ? "first version" : "new version",
                article.content().length(),
                nearDuplicate ? ", near-duplicate of " + match.get().duplicateOf() : "");
        return new Result(
                article.articleId(),
                article.contentHash(),
                true,
                match.map(NearDuplicateIndex.Match::clusterId).orElse(null),
                match.map(NearDuplicateIndex.Match::duplicateOf).orElse(null));
    }

    /** Whether the ledger says the item is on the topic (in some version): a page need not be fetched again. */
    public boolean isPublished(String canonicalUri) {
        return mongodb.executeSupplier(() -> ledger.find(canonicalUri))
                .map(LedgerEntry::hasPublishedVersion)
                .orElse(false);
    }

    /** Records, logs and counts a refused or failed item. */
    public void refuse(String source, SourceType type, String canonicalUri, String reason) {
        log.warn("refused {} from {}: {}", canonicalUri, source, reason);
        metrics.itemFailed(source, SourceMetrics.codeOf(reason));
        articles.refused(typeOf(type));
        board.failed(source, reason);
        mongodb.executeRunnable(
                () -> ledger.recordFailed(canonicalUri, Ids.articleId(canonicalUri), reason, source, clock.instant()));
    }

    /**
     * Records, logs and counts an item that could not be had for now (its host or robots.txt unreachable): not bad
     * input, so the ledger says {@code retryable} and the meters count it as unavailable; its source tries again.
     */
    public void retryLater(String source, SourceType type, String canonicalUri, String reason) {
        log.warn("not ingested for now {} from {}: {}", canonicalUri, source, reason);
        metrics.itemFailed(source, SourceMetrics.codeOf(reason));
        articles.unavailable(typeOf(type));
        board.failed(source, reason);
        mongodb.executeRunnable(() ->
                ledger.recordRetryable(canonicalUri, Ids.articleId(canonicalUri), reason, source, clock.instant()));
    }

    /** The source type as the contract writes it (feed, http), the drop folder's meters saying file. */
    private static String typeOf(SourceType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static RawArticle withMetadata(RawArticle article, ArticleMetadata metadata) {
        return new RawArticle(
                article.schema(),
                article.articleId(),
                article.contentHash(),
                article.source(),
                article.fetchedAt(),
                article.mediaType(),
                article.content(),
                metadata);
    }
}
