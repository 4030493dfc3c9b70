package zonepulse.ingest.source;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
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
import zonepulse.ingest.ledger.LedgerWriter;
import zonepulse.ingest.ledger.Publication;
import zonepulse.ingest.ledger.PublishDecision;
import zonepulse.ingest.metrics.IngestMetrics;
import zonepulse.ingest.publishing.ArticlePublisher;
import zonepulse.ingest.publishing.ArticleRejectedException;
import zonepulse.ingest.publishing.PublishingProperties;

/**
 * The one pipeline every source publishes through: an item is published unless the ledger says this content of this
 * canonical URI is on the topic already; a changed one as a new version of the same article. Each published article
 * gets its near-duplicate cluster in its metadata. The ledger is written after Kafka acknowledged the publish.
 * Refusals are logged, counted and recorded in the ledger with their source and reason.
 *
 * <p>A source publishes through a {@link Batch}: its items are looked up in the ledger a group at a time (one round
 * trip per group), clustered and sent on the source's thread, without waiting for the broker; up to
 * {@link PublishingProperties#maxInFlight()} items, and {@link PublishingProperties#maxInFlightSize()} of their text,
 * are in flight at once. An acknowledged item's ledger entry is written by the {@link LedgerWriter}, in bulk with the
 * others acknowledged meanwhile; only then is the item finished, and its {@link Result} handed back on the source's
 * thread (to move a file, count, log). An item whose send or ledger write fails is finished as
 * {@link Status#UNAVAILABLE}: not recorded, so its source tries it again later, as before. One canonical URI has at
 * most one item in flight in the whole service, from its ledger lookup until its entry is written: a second one (the
 * same page in two feeds, a push meanwhile) waits for the first, then sees its entry, so versions reach the topic and
 * the ledger in order. A push is a batch of one, answered when its item is finished.
 *
 * <p>Kafka and MongoDB calls go through the {@code kafka} and {@code mongodb} circuit breakers; any runtime exception
 * out of {@link #ingest}, {@link #refuse} or {@link #retryLater} is an outage of one of them: the item was not
 * published, or not recorded, and the caller keeps it to try again (a feed is re-read on its next poll, a pusher gets
 * 503).
 */
@Component
public class ArticleIngester {
    private static final Logger log = LoggerFactory.getLogger(ArticleIngester.class);
    private static final String ARTICLE_ID = "articleId";

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

    /** How an item ended. */
    public enum Status {
        /** It is on the topic and in the ledger. */
        PUBLISHED,
        /** Its content was on the topic already: nothing sent. */
        UNCHANGED,
        /** The broker refused it as bad input (too large); recorded in the ledger with the reason. */
        REFUSED,
        /** Kafka or MongoDB was unavailable: not published, or published and not recorded; to be tried again. */
        UNAVAILABLE
    }

    /**
     * What happened to an item.
     *
     * @param reason why it was refused or unavailable, else null
     * @param failure the outage, when {@link Status#UNAVAILABLE}, else null
     */
    public record Result(
            String articleId,
            String contentHash,
            Status status,
            String clusterId,
            String duplicateOf,
            String reason,
            RuntimeException failure) {

        public boolean published() {
            return status == Status.PUBLISHED;
        }

        /** True when the item was refused as bad input (recorded in the ledger with {@link #refusal()}). */
        public boolean refused() {
            return status == Status.REFUSED;
        }

        /** True when Kafka or MongoDB was unavailable: the item is to be tried again. */
        public boolean unavailable() {
            return status == Status.UNAVAILABLE;
        }

        /** Why it was refused, or null. */
        public String refusal() {
            return refused() ? reason : null;
        }
    }

    private final IngestLedger ledger;
    private final LedgerWriter writer;
    private final ArticlePublisher publisher;
    private final NearDuplicates nearDuplicates;
    private final SourceMetrics metrics;
    private final IngestMetrics articles;
    private final SourceStatusBoard board;
    private final CircuitBreaker kafka;
    private final CircuitBreaker mongodb;
    private final Clock clock;
    private final PublishingProperties publishing;
    /** The canonical URIs with an item in flight, each with what completes when that item is finished. */
    private final ConcurrentMap<String, CompletableFuture<Void>> claims = new ConcurrentHashMap<>();

    /** Without the service-wide {@link IngestMetrics}, with a ledger writer of its own (tests). */
    public ArticleIngester(
            IngestLedger ledger,
            ArticlePublisher publisher,
            NearDuplicates nearDuplicates,
            SourceMetrics metrics,
            SourceStatusBoard board,
            CircuitBreakerRegistry breakers,
            Clock clock,
            PublishingProperties publishing) {
        this(
                ledger,
                new LedgerWriter(ledger, breakers),
                publisher,
                nearDuplicates,
                metrics,
                IngestMetrics.none(),
                board,
                breakers,
                clock,
                publishing);
    }

    /**
     * @param metrics per-source-name meters (feed names, push)
     * @param articles the service-wide {@code zonepulse.ingest.articles} counter, tagged by source type (file, feed,
     *     http)
     */
    @Autowired
    public ArticleIngester(
            IngestLedger ledger,
            LedgerWriter writer,
            ArticlePublisher publisher,
            NearDuplicates nearDuplicates,
            SourceMetrics metrics,
            IngestMetrics articles,
            SourceStatusBoard board,
            CircuitBreakerRegistry breakers,
            Clock clock,
            PublishingProperties publishing) {
        this.ledger = ledger;
        this.writer = writer;
        this.publisher = publisher;
        this.nearDuplicates = nearDuplicates;
        this.metrics = metrics;
        this.articles = articles;
        this.board = board;
        this.kafka = breakers.circuitBreaker("kafka");
        this.mongodb = breakers.circuitBreaker("mongodb");
        this.clock = clock;
        this.publishing = publishing;
    }

    /** A batch for one poll of a source; used by one thread, closed when the poll ends. */
    public Batch batch() {
        return new Batch(publishing);
    }

    /**
     * Publishes one item unless its content is already on the topic, and returns once it is finished (published and
     * recorded, unchanged, or refused).
     *
     * @throws RuntimeException when Kafka or MongoDB was unavailable: nothing is recorded, try again later
     */
    public Result ingest(Candidate candidate) {
        Result[] outcome = new Result[1];
        try (Batch batch = batch()) {
            batch.submit(candidate, result -> outcome[0] = result);
        }
        if (outcome[0] == null) {
            throw new IllegalStateException("interrupted before " + candidate.canonicalUri() + " was ingested");
        }
        if (outcome[0].unavailable()) {
            throw outcome[0].failure();
        }
        return outcome[0];
    }

    /** Whether the ledger says the item is on the topic (in some version): a page need not be fetched again. */
    public boolean isPublished(String canonicalUri) {
        return mongodb.executeSupplier(() -> ledger.find(canonicalUri))
                .map(LedgerEntry::hasPublishedVersion)
                .orElse(false);
    }

    /** Records, logs and counts a refused or failed item. */
    public void refuse(String source, SourceType type, String canonicalUri, String reason) {
        accountRefusal(source, type, canonicalUri, reason);
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

    private void accountRefusal(String source, SourceType type, String canonicalUri, String reason) {
        log.warn("refused {} from {}: {}", canonicalUri, source, reason);
        metrics.itemFailed(source, SourceMetrics.codeOf(reason));
        articles.refused(typeOf(type));
        board.failed(source, reason);
    }

    /**
     * The items one poll of a source publishes, up to a bound in flight at once. {@link #submit} and {@link #close}
     * are called from the thread that opened it; each item's {@link Result} is handed to its callback on that thread,
     * during a later {@code submit} or the {@code close}, once the item is finished.
     *
     * <p>Items submitted gather in a group, up to half the bound, which is looked up in the ledger in one round trip,
     * clustered (the fingerprints saved in one round trip) and sent; a group is started early when a bound is
     * reached or its next item must wait for another of the same URI, at a {@link #flush}, and at the close. The
     * batch's thread never waits for a place in flight or a URI while it holds items not yet sent, which could then
     * never finish.
     */
    public final class Batch implements AutoCloseable {
        private final Semaphore inFlight;
        /** The text in flight, in KiB. */
        private final Semaphore textInFlight;

        private final int maxTextKibibytes;
        private final int groupSize;
        /** Submitted, claimed and not yet sent; the batch's thread only. */
        private List<Item> group = new ArrayList<>();
        /** Finished items, to be handed back on the batch's thread. */
        private final BlockingQueue<Runnable> finished = new LinkedBlockingQueue<>();
        /** Submitted and not yet handed back; the batch's thread only. */
        private int unfinished;

        private volatile boolean outage;

        private Batch(PublishingProperties publishing) {
            this.inFlight = new Semaphore(publishing.maxInFlight());
            this.maxTextKibibytes = publishing.maxInFlightKibibytes();
            this.textInFlight = new Semaphore(maxTextKibibytes);
            this.groupSize = Math.max(1, publishing.maxInFlight() / 2);
        }

        /**
         * Takes the item into the batch: it is looked up in the ledger and sent, unless unchanged, with its group.
         * First waits while the batch has its bound of items or text in flight, or while another item of the same
         * canonical URI is in flight. Hands back the results of the items finished meanwhile. Never throws for an outage: the
         * item is finished as {@link Status#UNAVAILABLE} and {@link #outage()} turns true.
         *
         * @param whenDone called with the item's result on this thread, once it is finished
         */
        public void submit(Candidate candidate, Consumer<Result> whenDone) {
            handBackFinished();
            unfinished++;
            articles.fetched(typeOf(candidate.type()));
            // the text as held in memory, 2 bytes a character; one larger than the bound waits for all of it
            long kibibytes = (2L * candidate.content().length() + 1023) / 1024;
            Item item = new Item(candidate, whenDone, (int) Math.max(1, Math.min(maxTextKibibytes, kibibytes)));
            try {
                if (!inFlight.tryAcquire()) {
                    startGroup();
                    inFlight.acquire();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handBack(item, unavailable(item, new IllegalStateException("interrupted", e)));
                return;
            }
            try {
                if (!textInFlight.tryAcquire(item.kibibytes)) {
                    startGroup();
                    textInFlight.acquire(item.kibibytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                inFlight.release();
                handBack(item, unavailable(item, new IllegalStateException("interrupted", e)));
                return;
            }
            String uri = candidate.canonicalUri();
            CompletableFuture<Void> claim = new CompletableFuture<>();
            if (claims.putIfAbsent(uri, claim) == null) {
                item.claim = claim;
            } else {
                startGroup();
                try {
                    item.claim = claim(uri);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    finish(item, unavailable(item, new IllegalStateException("interrupted", e)));
                    return;
                }
            }
            group.add(item);
            if (group.size() >= groupSize) {
                startGroup();
            }
        }

        /**
         * Sends the items gathered so far without waiting for more: called before a slow step (a page to fetch), so
         * that they are not kept waiting meanwhile, nor their URIs claimed.
         */
        public void flush() {
            startGroup();
        }

        /** Whether an item of this batch found Kafka or MongoDB unavailable: the poll had better end. */
        public boolean outage() {
            return outage;
        }

        /**
         * Sends what is not sent yet, then waits until every item submitted is finished and handed back. Interrupted,
         * it stops waiting: the items in flight still finish (and are recorded when acknowledged), unseen by the
         * source, which reads them again.
         */
        @Override
        public void close() {
            startGroup();
            RuntimeException thrown = null;
            try {
                while (unfinished > 0) {
                    thrown = run(finished.take(), thrown);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thrown != null) {
                throw thrown;
            }
        }

        private void handBackFinished() {
            RuntimeException thrown = null;
            for (Runnable next = finished.poll(); next != null; next = finished.poll()) {
                thrown = run(next, thrown);
            }
            if (thrown != null) {
                throw thrown;
            }
        }

        /** Hands back one result; a callback that throws does not keep the others from theirs. */
        private RuntimeException run(Runnable handBack, RuntimeException thrown) {
            unfinished--;
            try {
                handBack.run();
                return thrown;
            } catch (RuntimeException e) {
                if (thrown == null) {
                    return e;
                }
                thrown.addSuppressed(e);
                return thrown;
            }
        }

        /**
         * Looks the group up, clusters and sends what is new; whatever follows happens when the broker answers. Every
         * item of the group is finished or sent when it returns, whatever fails.
         */
        private void startGroup() {
            if (group.isEmpty()) {
                return;
            }
            List<Item> items = group;
            group = new ArrayList<>();
            List<Item> toSend = new ArrayList<>();
            int sent = 0;
            try {
                for (Item item : items) {
                    Candidate candidate = item.candidate;
                    item.article = RawArticle.of(
                            new ArticleSource(candidate.type(), candidate.canonicalUri(), candidate.feed()),
                            clock.instant(),
                            candidate.mediaType(),
                            candidate.content(),
                            candidate.metadata());
                }
                List<String> uris = items.stream()
                        .map(item -> item.candidate.canonicalUri())
                        .toList();
                Map<String, LedgerEntry> entries = mongodb.executeSupplier(() -> ledger.findAll(uris));
                for (Item item : items) {
                    item.decision = PublishDecision.decide(
                            Optional.ofNullable(entries.get(item.candidate.canonicalUri())),
                            item.article.contentHash());
                    if (item.decision.publishes()) {
                        toSend.add(item);
                    } else {
                        finish(item, result(item, Status.UNCHANGED, null));
                    }
                }
                List<Optional<NearDuplicateIndex.Match>> matches = nearDuplicates.assign(toSend.stream()
                        .map(item -> new NearDuplicates.Text(
                                item.article.articleId(),
                                item.article.content(),
                                "text/html".equals(item.article.mediaType())))
                        .toList());
                for (; sent < toSend.size(); sent++) {
                    if (outage) {
                        // a send of this batch failed: Kafka (or MongoDB) is away, and each send more could wait for
                        // the producer's max.block.ms before failing too
                        throw new IllegalStateException(
                                "not sent: an earlier item of the poll found Kafka or MongoDB unavailable");
                    }
                    send(toSend.get(sent), matches.get(sent));
                }
            } catch (RuntimeException e) {
                // the ledger unreachable, or worse: nothing of the group that is not sent yet may stay unfinished
                for (Item item : items) {
                    if (!item.decided() || toSend.indexOf(item) >= sent) {
                        finish(item, unavailable(item, e));
                    }
                }
            }
        }

        private void send(Item item, Optional<NearDuplicateIndex.Match> match) {
            item.match = match;
            RawArticle article = item.article;
            RawArticle toPublish = match.map(
                            m -> withMetadata(article, article.metadata().withCluster(m.clusterId(), m.duplicateOf())))
                    .orElse(article);
            kafka.executeCompletionStage(() -> publisher.send(toPublish))
                    .whenComplete((acknowledged, failure) -> answered(item, failure));
        }

        /**
         * The broker's answer, on the producer's thread (or this one, when the send failed at once): never waits, the
         * ledger writer takes it from here.
         */
        private void answered(Item item, Throwable failure) {
            Throwable cause = unwrap(failure);
            String uri = item.candidate.canonicalUri();
            String source = item.candidate.source();
            if (cause == null) {
                writer.recordPublished(new Publication(
                                uri, item.article.articleId(), item.article.contentHash(), source, clock.instant()))
                        .whenComplete((recorded, notRecorded) -> finish(
                                item,
                                notRecorded == null
                                        ? result(item, Status.PUBLISHED, null)
                                        : unavailable(item, unwrap(notRecorded))));
            } else if (cause instanceof ArticleRejectedException rejected) {
                writer.recordFailed(uri, Ids.articleId(uri), rejected.getMessage(), source, clock.instant())
                        .whenComplete((recorded, notRecorded) -> finish(
                                item,
                                notRecorded == null
                                        ? result(item, Status.REFUSED, rejected.getMessage())
                                        : unavailable(item, unwrap(notRecorded))));
            } else {
                finish(item, unavailable(item, cause));
            }
        }

        /** Frees the item's claim and place in flight, and queues its result for the batch's thread. Any thread. */
        private void finish(Item item, Result result) {
            if (item.claim != null) {
                claims.remove(item.candidate.canonicalUri(), item.claim);
                item.claim.complete(null);
            }
            inFlight.release();
            textInFlight.release(item.kibibytes);
            handBack(item, result);
        }

        private void handBack(Item item, Result result) {
            if (result.unavailable()) {
                outage = true;
            }
            finished.add(() -> deliver(item, result));
        }
    }

    /** Waits until no other item of the URI is in flight, then claims it. */
    private CompletableFuture<Void> claim(String canonicalUri) throws InterruptedException {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        for (CompletableFuture<Void> held = claims.putIfAbsent(canonicalUri, mine);
                held != null;
                held = claims.putIfAbsent(canonicalUri, mine)) {
            try {
                held.get();
            } catch (ExecutionException e) {
                // a claim is only ever completed normally; whatever it was, the item is gone
            }
        }
        return mine;
    }

    /** Counts, logs and shows the item's result, then hands it to its source; on the batch's thread. */
    private void deliver(Item item, Result result) {
        Candidate candidate = item.candidate;
        String type = typeOf(candidate.type());
        String articleInHand = MDC.get(ARTICLE_ID); // the item the source is submitting, if any
        MDC.put(ARTICLE_ID, Ids.articleId(candidate.canonicalUri()));
        try {
            switch (result.status()) {
                case PUBLISHED -> {
                    boolean nearDuplicate = result.duplicateOf() != null;
                    metrics.published(candidate.source());
                    articles.published(type);
                    if (nearDuplicate) {
                        metrics.nearDuplicate(candidate.source());
                    }
                    board.published(candidate.source(), nearDuplicate);
                    log.info(
                            "published article {} {} from {} ({}, {} chars{})",
                            result.articleId(),
                            candidate.canonicalUri(),
                            candidate.source(),
                            item.decision == PublishDecision.FIRST_VERSION ? "first version" : "new version",
                            candidate.content().length(),
                            nearDuplicate ? ", near-duplicate of " + result.duplicateOf() : "");
                }
                case UNCHANGED -> {
                    log.debug(
                            "unchanged {} from {}: article {} already published",
                            candidate.canonicalUri(),
                            candidate.source(),
                            result.articleId());
                    metrics.duplicate(candidate.source());
                    articles.duplicate(type);
                    board.duplicate(candidate.source());
                }
                case REFUSED ->
                    accountRefusal(candidate.source(), candidate.type(), candidate.canonicalUri(), result.reason());
                case UNAVAILABLE -> articles.unavailable(type);
            }
            item.whenDone.accept(result);
        } finally {
            if (articleInHand == null) {
                MDC.remove(ARTICLE_ID);
            } else {
                MDC.put(ARTICLE_ID, articleInHand);
            }
        }
    }

    private static Result result(Item item, Status status, String reason) {
        RawArticle article = item.article;
        Optional<NearDuplicateIndex.Match> match = item.match;
        return new Result(
                article.articleId(),
                article.contentHash(),
                status,
                status == Status.PUBLISHED
                        ? match.map(NearDuplicateIndex.Match::clusterId).orElse(null)
                        : null,
                status == Status.PUBLISHED
                        ? match.map(NearDuplicateIndex.Match::duplicateOf).orElse(null)
                        : null,
                reason,
                null);
    }

    private static Result unavailable(Item item, Throwable failure) {
        RuntimeException outage = failure instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException(String.valueOf(failure), failure);
        String uri = item.candidate.canonicalUri();
        return new Result(
                item.article != null ? item.article.articleId() : Ids.articleId(uri),
                item.article != null ? item.article.contentHash() : null,
                Status.UNAVAILABLE,
                null,
                null,
                String.valueOf(outage),
                outage);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The source type as the contract writes it (feed, http), the drop folder's meters saying file. */
    private static String typeOf(SourceType type) {
        return type.name().toLowerCase(Locale.ROOT);
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

    /** One submitted item; its fields are set on the batch's thread before it is sent, and read after. */
    private static final class Item {
        final Candidate candidate;
        final Consumer<Result> whenDone;
        /** Its share of the text in flight. */
        final int kibibytes;

        CompletableFuture<Void> claim;
        RawArticle article;
        PublishDecision decision;
        Optional<NearDuplicateIndex.Match> match = Optional.empty();

        Item(Candidate candidate, Consumer<Result> whenDone, int kibibytes) {
            this.candidate = candidate;
            this.whenDone = whenDone;
            this.kibibytes = kibibytes;
        }

        /** Whether the ledger lookup decided it (and it is finished as unchanged, or to be sent). */
        boolean decided() {
            return decision != null;
        }
    }
}
