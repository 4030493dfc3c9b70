package zonepulse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.ingest.dedup.DedupProperties;
import zonepulse.ingest.dedup.NearDuplicates;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;
import zonepulse.ingest.ledger.Publication;
import zonepulse.ingest.publishing.ArticlePublisher;
import zonepulse.ingest.publishing.ArticleRejectedException;
import zonepulse.ingest.publishing.PublishingProperties;
import zonepulse.ingest.testing.InMemoryLedger;

/**
 * The publishing pipeline of a batch, with a publisher whose acknowledgements the test gives: how many items are in
 * flight, when the ledger is written, what a failed acknowledgement leaves, and that acknowledgements are recorded in
 * bulk. The batch runs on a thread of its own, as a source's poll does; the test watches it from outside.
 */
class ArticleIngesterTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final GatedLedger gatedLedger = new GatedLedger(ledger);
    private final HeldPublisher publisher = new HeldPublisher();
    private final SourceStatusBoard board =
            new SourceStatusBoard(CircuitBreakerRegistry.ofDefaults(), Clock.systemUTC());
    private final List<ArticleIngester.Result> results = new CopyOnWriteArrayList<>();
    private final ExecutorService source = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        publisher.acknowledgeAll();
        gatedLedger.open();
        source.shutdownNow();
    }

    private ArticleIngester ingester(int maxInFlight) {
        return ingester(maxInFlight, DataSize.ofMegabytes(64));
    }

    private ArticleIngester ingester(int maxInFlight, DataSize maxInFlightSize) {
        return new ArticleIngester(
                gatedLedger,
                publisher,
                new NearDuplicates(new DedupProperties(true, 3, 20, 1000)),
                new SourceMetrics(new SimpleMeterRegistry()),
                board,
                CircuitBreakerRegistry.ofDefaults(),
                Clock.systemUTC(),
                new PublishingProperties(maxInFlight, maxInFlightSize));
    }

    /** Submits the candidates as one poll would, on the source's thread; the future completes when it is closed. */
    private Future<?> poll(ArticleIngester ingester, List<ArticleIngester.Candidate> candidates) {
        return source.submit(() -> {
            try (ArticleIngester.Batch batch = ingester.batch()) {
                for (ArticleIngester.Candidate candidate : candidates) {
                    batch.submit(candidate, results::add);
                }
            }
        });
    }

    private static List<ArticleIngester.Candidate> files(int count) {
        List<ArticleIngester.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(file("file:///drop/" + i + ".txt", "第" + i + "篇"));
        }
        return candidates;
    }

    private static ArticleIngester.Candidate file(String uri, String content) {
        return new ArticleIngester.Candidate(
                "drop-folder", SourceType.FILE, uri, null, "text/plain", content, ArticleMetadata.empty());
    }

    @Test
    void noMoreThanMaxInFlightAreSentAndNotFinished() throws Exception {
        Future<?> poll = poll(ingester(4), files(10));

        await().atMost(WAIT).until(() -> publisher.sent() == 4);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 4);

        publisher.acknowledge(0);
        await().atMost(WAIT).until(() -> publisher.sent() == 5);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 5);

        await().atMost(WAIT).until(() -> {
            publisher.acknowledgeAll();
            return poll.isDone();
        });
        poll.get();
        assertThat(publisher.sent()).isEqualTo(10);
        assertThat(results)
                .hasSize(10)
                .allSatisfy(result -> assertThat(result.published()).isTrue());
        assertThat(ledger.entries()).hasSize(10);
    }

    /** 512 characters are 1 KiB in memory: a bound of 4 KiB lets 4 such articles be in flight, whatever the count. */
    @Test
    void theTextInFlightIsBoundedToo() throws Exception {
        List<ArticleIngester.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidates.add(file(
                    "file:///drop/" + i + ".txt",
                    String.valueOf((char) ('a' + i)).repeat(512)));
        }
        Future<?> poll = poll(ingester(64, DataSize.ofKilobytes(4)), candidates);

        await().atMost(WAIT).until(() -> publisher.sent() == 4);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 4);
        publisher.acknowledge(0);
        await().atMost(WAIT).until(() -> publisher.sent() == 5);

        await().atMost(WAIT).until(() -> {
            publisher.acknowledgeAll();
            return poll.isDone();
        });
        assertThat(results)
                .hasSize(8)
                .allSatisfy(result -> assertThat(result.published()).isTrue());
    }

    /** A file larger than the bound still goes out: alone, once nothing else is in flight. */
    @Test
    void anArticleLargerThanTheBoundIsSentAlone() throws Exception {
        Future<?> poll = poll(
                ingester(64, DataSize.ofKilobytes(4)),
                List.of(
                        file("file:///drop/small-1.txt", "小".repeat(100)),
                        file("file:///drop/large.txt", "大".repeat(10_000)),
                        file("file:///drop/small-2.txt", "少".repeat(100))));

        await().atMost(WAIT).until(() -> publisher.sent() == 1);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 1);
        publisher.acknowledge(0);
        await().atMost(WAIT).until(() -> publisher.sent() == 2);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 2);
        assertThat(publisher.articles().get(1).content()).startsWith("大大");
        publisher.acknowledge(1);

        await().atMost(WAIT).until(() -> {
            publisher.acknowledgeAll();
            return poll.isDone();
        });
        assertThat(publisher.sent()).isEqualTo(3);
        assertThat(results)
                .hasSize(3)
                .allSatisfy(result -> assertThat(result.published()).isTrue());
    }

    @Test
    void theLedgerIsWrittenOnlyOnceTheBrokerAcknowledged() throws Exception {
        Future<?> poll = poll(ingester(2), List.of(file("file:///drop/a.txt", "经开区新闻")));

        await().atMost(WAIT).until(() -> publisher.sent() == 1);
        assertThat(ledger.entries()).isEmpty();
        assertThat(results).isEmpty();

        publisher.acknowledge(0);
        poll.get(10, TimeUnit.SECONDS);

        assertThat(ledger.entries().get("file:///drop/a.txt"))
                .extracting(LedgerEntry::status, LedgerEntry::publishedCount)
                .containsExactly(LedgerStatus.PUBLISHED, 1L);
        assertThat(ledger.sourceOf("file:///drop/a.txt")).isEqualTo("drop-folder");
        assertThat(results)
                .singleElement()
                .satisfies(result -> assertThat(result.published()).isTrue());
    }

    @Test
    void aFailedAcknowledgementIsNotRecordedAndTheItemIsTriedAgainLater() throws Exception {
        ArticleIngester ingester = ingester(4);
        Future<?> poll = poll(ingester, List.of(file("file:///drop/a.txt", "经开区新闻")));
        await().atMost(WAIT).until(() -> publisher.sent() == 1);

        publisher.fail(0, new IllegalStateException("broker gone"));
        poll.get(10, TimeUnit.SECONDS);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.unavailable()).isTrue();
            assertThat(result.published()).isFalse();
            assertThat(result.reason()).contains("broker gone");
        });
        assertThat(ledger.entries()).isEmpty();

        results.clear();
        Future<?> retry = poll(ingester, List.of(file("file:///drop/a.txt", "经开区新闻")));
        await().atMost(WAIT).until(() -> publisher.sent() == 2);
        publisher.acknowledge(1);
        retry.get(10, TimeUnit.SECONDS);
        assertThat(results)
                .singleElement()
                .satisfies(result -> assertThat(result.published()).isTrue());
        assertThat(ledger.entries().get("file:///drop/a.txt").publishedCount()).isEqualTo(1);
    }

    @Test
    void anOutageStopsNothingAlreadySentAndIsReportedToTheSource() throws Exception {
        ArticleIngester ingester = ingester(8);
        List<Boolean> outageBeforeEachSubmit = new CopyOnWriteArrayList<>();
        Future<?> poll = source.submit(() -> {
            try (ArticleIngester.Batch batch = ingester.batch()) {
                for (ArticleIngester.Candidate candidate : files(3)) {
                    outageBeforeEachSubmit.add(batch.outage());
                    batch.submit(candidate, results::add);
                }
                batch.close();
                outageBeforeEachSubmit.add(batch.outage());
            }
        });
        await().atMost(WAIT).until(() -> publisher.sent() == 3);
        publisher.acknowledge(0);
        publisher.fail(1, new IllegalStateException("broker gone"));
        publisher.acknowledge(2);
        poll.get(10, TimeUnit.SECONDS);

        assertThat(outageBeforeEachSubmit).containsExactly(false, false, false, true);
        assertThat(results)
                .extracting(ArticleIngester.Result::status)
                .containsExactlyInAnyOrder(
                        ArticleIngester.Status.PUBLISHED,
                        ArticleIngester.Status.UNAVAILABLE,
                        ArticleIngester.Status.PUBLISHED);
        assertThat(ledger.entries()).containsOnlyKeys("file:///drop/0.txt", "file:///drop/2.txt");
    }

    @Test
    void anArticleTheBrokerRejectsIsRecordedAsRefused() throws Exception {
        Future<?> poll = poll(ingester(4), List.of(file("file:///drop/huge.txt", "超大文件")));
        await().atMost(WAIT).until(() -> publisher.sent() == 1);

        publisher.fail(0, new ArticleRejectedException("too-large: over the topic's limit", null));
        poll.get(10, TimeUnit.SECONDS);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.refused()).isTrue();
            assertThat(result.refusal()).startsWith("too-large");
        });
        assertThat(ledger.entries().get("file:///drop/huge.txt"))
                .extracting(LedgerEntry::status, LedgerEntry::contentHash)
                .containsExactly(LedgerStatus.FAILED, null);
    }

    @Test
    void acknowledgementsThatArriveWhileTheLedgerIsWritingAreRecordedInOneBulk() throws Exception {
        gatedLedger.close();
        Future<?> poll = poll(ingester(64), files(20));
        await().atMost(WAIT).until(() -> publisher.sent() == 20);

        publisher.acknowledge(0);
        await().atMost(WAIT).until(() -> gatedLedger.waiting() == 1);
        for (int i = 1; i < 20; i++) {
            publisher.acknowledge(i);
        }
        gatedLedger.open();
        poll.get(10, TimeUnit.SECONDS);

        assertThat(gatedLedger.bulkSizes()).containsExactly(1, 19);
        assertThat(ledger.entries()).hasSize(20);
        assertThat(results)
                .hasSize(20)
                .allSatisfy(result -> assertThat(result.published()).isTrue());
    }

    @Test
    void aGroupIsLookedUpInTheLedgerInOneRoundTrip() throws Exception {
        Future<?> poll = poll(ingester(64), files(20));
        await().atMost(WAIT).until(() -> publisher.sent() == 20);
        publisher.acknowledgeAll();
        poll.get(10, TimeUnit.SECONDS);

        assertThat(gatedLedger.lookups()).containsExactly(20);
    }

    /** Versions of one article reach the topic and the ledger in order: the second waits for the first. */
    @Test
    void anItemWaitsForTheOneBeforeItOfTheSameUri() throws Exception {
        Future<?> poll = poll(
                ingester(8),
                List.of(
                        file("file:///drop/a.txt", "第一版"),
                        file("file:///drop/b.txt", "另一篇"),
                        file("file:///drop/a.txt", "第二版"),
                        file("file:///drop/a.txt", "第二版")));

        await().atMost(WAIT).until(() -> publisher.sent() == 2);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> publisher.sent() == 2);
        publisher.acknowledge(0);
        await().atMost(WAIT).until(() -> publisher.sent() == 3);
        publisher.acknowledgeAll();
        poll.get(10, TimeUnit.SECONDS);

        assertThat(publisher.articles()).extracting(RawArticle::content).containsExactly("第一版", "另一篇", "第二版");
        assertThat(results)
                .extracting(ArticleIngester.Result::status)
                .containsExactlyInAnyOrder(
                        ArticleIngester.Status.PUBLISHED,
                        ArticleIngester.Status.PUBLISHED,
                        ArticleIngester.Status.PUBLISHED,
                        ArticleIngester.Status.UNCHANGED);
        assertThat(ledger.entries().get("file:///drop/a.txt").publishedCount()).isEqualTo(2);
    }

    @Test
    void aLedgerOutageFinishesTheGroupUnsentAndTheBatchCloses() throws Exception {
        ledger.down(true);
        Future<?> poll = poll(ingester(8), files(5));

        poll.get(10, TimeUnit.SECONDS);

        assertThat(publisher.sent()).isZero();
        assertThat(results)
                .hasSize(5)
                .allSatisfy(result -> assertThat(result.unavailable()).isTrue());
    }

    /** Sends nothing to a broker: each send waits until the test acknowledges or fails it. */
    private static final class HeldPublisher implements ArticlePublisher {
        private final List<RawArticle> articles = new CopyOnWriteArrayList<>();
        private final List<CompletableFuture<Void>> acknowledgements = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> send(RawArticle article) {
            CompletableFuture<Void> acknowledgement = new CompletableFuture<>();
            articles.add(article);
            acknowledgements.add(acknowledgement);
            return acknowledgement;
        }

        int sent() {
            return acknowledgements.size();
        }

        List<RawArticle> articles() {
            return List.copyOf(articles);
        }

        void acknowledge(int index) {
            acknowledgements.get(index).complete(null);
        }

        void fail(int index, RuntimeException failure) {
            acknowledgements.get(index).completeExceptionally(failure);
        }

        void acknowledgeAll() {
            acknowledgements.forEach(acknowledgement -> acknowledgement.complete(null));
        }
    }

    /** The in-memory ledger, with a gate that holds bulk writes while closed; remembers the size of each call. */
    private static final class GatedLedger implements IngestLedger {
        private final InMemoryLedger ledger;
        private final List<Integer> bulkSizes = new CopyOnWriteArrayList<>();
        private final List<Integer> lookups = new CopyOnWriteArrayList<>();
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private volatile int waiting;

        GatedLedger(InMemoryLedger ledger) {
            this.ledger = ledger;
        }

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        int waiting() {
            return waiting;
        }

        List<Integer> bulkSizes() {
            return List.copyOf(bulkSizes);
        }

        List<Integer> lookups() {
            return List.copyOf(lookups);
        }

        @Override
        public Map<String, LedgerEntry> findAll(Collection<String> canonicalUris) {
            lookups.add(canonicalUris.size());
            return ledger.findAll(canonicalUris);
        }

        @Override
        public void recordPublished(List<Publication> publications) {
            bulkSizes.add(publications.size());
            waiting++;
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                waiting--;
            }
            ledger.recordPublished(publications);
        }

        @Override
        public void recordFailed(String canonicalUri, String articleId, String reason, java.time.Instant at) {
            ledger.recordFailed(canonicalUri, articleId, reason, at);
        }

        @Override
        public void recordFailed(
                String canonicalUri, String articleId, String reason, String source, java.time.Instant at) {
            ledger.recordFailed(canonicalUri, articleId, reason, source, at);
        }

        @Override
        public void recordRetryable(
                String canonicalUri, String articleId, String reason, String source, java.time.Instant at) {
            ledger.recordRetryable(canonicalUri, articleId, reason, source, at);
        }
    }
}
