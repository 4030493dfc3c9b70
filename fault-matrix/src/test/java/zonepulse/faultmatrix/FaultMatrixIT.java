package zonepulse.faultmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zonepulse.events.Topics;
import zonepulse.stack.ForeignRecords;
import zonepulse.stack.TcpProxy;
import zonepulse.stack.process.KraftBroker;
import zonepulse.stack.process.ServiceProcess;

/**
 * The fault matrix: the three services as separate processes (their executable jars), a broker and MongoDB they can
 * lose, one fault per row, and every collection and topic compared with a fault-free run of the same documents. A row
 * fails on any loss, duplicate or unexpected dead letter, or when the pipeline does not settle again.
 *
 * <p>{@code ./mvnw verify} runs the short rows (kill -9 of store-service and of extract-service in the middle of a
 * batch, redelivery from offset 0); {@code ./mvnw -Pfault-matrix verify -pl fault-matrix -am} runs every row. The
 * table is printed and written to {@code fault-matrix/target/fault-matrix/table.md}.
 */
class FaultMatrixIT {
    private static final Logger log = LoggerFactory.getLogger(FaultMatrixIT.class);
    private static final Duration SETTLE_WITHIN = Duration.ofMinutes(4);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration SLOW_ROUND_TRIP = Duration.ofMillis(200);
    private static final Duration SLOW_FOR = Duration.ofSeconds(15);
    private static final List<String> STORE_TOPICS =
            List.of(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS);

    private static final String SECOND_STORE_GROUP = "store-service-killed";
    private static final String SECOND_STORE_DATABASE = "zonepulse_killed";
    /**
     * How much slower MongoDB answers the second store-service until it is killed: a batch's writes (a few round trips
     * per article) then take seconds, and the kill lands among them rather than between batches.
     */
    private static final Duration SECOND_STORE_ROUND_TRIP = Duration.ofMillis(100);

    private static final String DOWNSTREAM = "extract-killed";
    private static final String DOWNSTREAM_DATABASE = "zonepulse_extract_killed";
    /**
     * The second extract-service extracts a batch's articles on one thread (production: one per core), one after the
     * other: each article's outputs are sent once it is extracted, and the batch's transaction stays open until the
     * last one is, so a batch takes long enough for a kill to land inside it.
     */
    private static final Map<String, String> DOWNSTREAM_EXTRACT = Map.of("zonepulse.extract.batch.workers", "1");

    private final List<NewsDocuments.Document> documents = NewsDocuments.all(FaultMatrixSettings.samples());
    private final int expectedArticles = documents.size();

    /** Where a fault struck, whether that is where its row means it to strike, and when it ended. */
    private record Strike(String row, String landedAt, boolean landed, long ended) {}

    @Test
    void everyRowStoresWhatTheFaultFreeRunStores() throws IOException {
        List<RowReport> reports = new ArrayList<>();
        PipelineState baseline;
        // the mid-batch kill rows strike services beside the fault-free run's instead of pipelines of their own: a
        // second store-service (its own group and database) and a second extract-service with a store-service of its
        // own (their own broker and database, fed the fault-free run's raw articles); fewer service starts keep the
        // module within its share of ./mvnw verify's time
        boolean killStoreMidBatch = FaultMatrixSettings.runs("kill-store-mid-batch", true);
        boolean killExtractMidBatch = FaultMatrixSettings.runs("kill-extract-mid-batch", true);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create("fault-free")) {
            TcpProxy secondStoreMongo = killStoreMidBatch ? pipeline.mongoProxyOfItsOwn() : null;
            ServiceProcess secondStore = killStoreMidBatch
                    ? pipeline.secondStore(SECOND_STORE_GROUP, SECOND_STORE_DATABASE, secondStoreMongo)
                    : null;
            DownstreamPipeline downstream = killExtractMidBatch
                    ? pipeline.downstream(DOWNSTREAM, DOWNSTREAM_DATABASE, DOWNSTREAM_EXTRACT)
                    : null;
            List<ServiceProcess> services =
                    new ArrayList<>(List.of(pipeline.store(), pipeline.extract(), pipeline.ingest()));
            if (secondStore != null) {
                services.add(secondStore);
                secondStoreMongo.slowDown(SECOND_STORE_ROUND_TRIP);
            }
            if (downstream != null) {
                services.addAll(List.of(downstream.extract(), downstream.store()));
            }
            pipeline.startServices(services);
            long start = System.nanoTime();
            CompletableFuture<Void> feeding = feed(pipeline);
            Strike storeStrike =
                    secondStore == null ? null : killStoreMidBatch(pipeline, secondStore, secondStoreMongo);
            Strike extractStrike = downstream == null ? null : killExtractMidBatch(pipeline, downstream);
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            assertThat(settled)
                    .as("the fault-free run settles (see target/fault-matrix/logs/fault-free)")
                    .isTrue();
            log.info("fault-free run settled {} ms after the first drop", (System.nanoTime() - start) / 1_000_000);
            baseline = PipelineState.of(pipeline);
            assertFaultFreeRunIsWorthComparingWith(baseline);
            if (storeStrike != null) {
                boolean caughtUp = await(
                        () -> ConsumerProgress.caughtUp(pipeline.bootstrapServers(), SECOND_STORE_GROUP, STORE_TOPICS));
                reports.add(report(storeStrike, caughtUp, baseline, PipelineState.of(pipeline, SECOND_STORE_DATABASE)));
            }
            if (extractStrike != null) {
                boolean caughtUp = await(() -> ConsumerProgress.caughtUp(
                                downstream.bootstrapServers(),
                                PipelineUnderTest.EXTRACT_GROUP,
                                List.of(Topics.ARTICLES_RAW))
                        && ConsumerProgress.caughtUp(
                                downstream.bootstrapServers(), PipelineUnderTest.STORE_GROUP, STORE_TOPICS));
                reports.add(report(extractStrike, caughtUp, baseline, PipelineState.of(pipeline, downstream)));
            }
            if (FaultMatrixSettings.runs("redelivery", true)) {
                reports.add(redeliveryFromOffsetZero(pipeline, baseline));
            }
        }
        if (FaultMatrixSettings.runs("kill-store", false)) {
            reports.add(killService("kill -9 store-service", PipelineUnderTest::store, baseline));
        }
        if (FaultMatrixSettings.runs("kill-extract", false)) {
            reports.add(killService("kill -9 extract-service", PipelineUnderTest::extract, baseline));
        }
        if (FaultMatrixSettings.runs("kill-ingest", false)) {
            reports.add(killService("kill -9 ingest-service", PipelineUnderTest::ingest, baseline));
        }
        if (FaultMatrixSettings.runs("broker-restart", false)) {
            reports.add(brokerRestart(baseline));
        }
        if (FaultMatrixSettings.runs("mongo-outage-ingest", false)) {
            reports.add(mongoOutageWhileIngestPublishes(baseline));
        }
        if (FaultMatrixSettings.runs("mongo-outage-store", false)) {
            reports.add(mongoOutageWhileStoring(baseline));
        }
        if (FaultMatrixSettings.runs("slow-mongo", false)) {
            reports.add(slowMongo(baseline));
        }
        if (FaultMatrixSettings.runs("poison", false)) {
            reports.add(poisonOnEveryTopic(baseline));
        }
        String table = RowReport.table(reports);
        Files.writeString(FaultMatrixSettings.work().resolve("table.md"), table);
        log.info(
                "fault matrix, {} documents ({} samples, {} written):\n{}",
                expectedArticles,
                expectedArticles - NewsDocuments.WRITTEN,
                NewsDocuments.WRITTEN,
                table);
        for (RowReport report : reports) {
            assertThat(report.passed())
                    .as("%s: %s", report.row(), String.join("\n", report.examples()))
                    .isTrue();
        }
    }

    private void assertFaultFreeRunIsWorthComparingWith(PipelineState baseline) {
        assertThat(baseline.collections().get("articles")).hasSize(expectedArticles);
        assertThat(baseline.collections().get("ingest_ledger")).hasSize(expectedArticles);
        // every written item names a figure and a project: the rows compare real events, not empty collections
        assertThat(baseline.collections().get("indicator_observations").size())
                .isGreaterThanOrEqualTo(NewsDocuments.WRITTEN);
        assertThat(baseline.collections().get("project_events").size()).isGreaterThanOrEqualTo(NewsDocuments.WRITTEN);
        assertThat(baseline.collections().get("projects")).isNotEmpty();
        log.info(
                "fault-free run: {}",
                Map.of(
                        "collections",
                        sizes(baseline.collections()),
                        "records",
                        Topics.ALL.stream().collect(java.util.stream.Collectors.toMap(t -> t, baseline::records))));
    }

    private static Map<String, Integer> sizes(Map<String, Map<String, String>> collections) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        collections.forEach((name, documents) -> sizes.put(name, documents.size()));
        return sizes;
    }

    /**
     * kill -9 of the second store-service between a batch's MongoDB writes and its offset commit. Its MongoDB answers
     * slowly from the first drop, so each batch's writes take long; once a quarter of the articles are stored, it is
     * killed as soon as MongoDB holds documents of records past its group's committed offsets: writes of a batch whose
     * offsets are not committed. Counted again once the process is gone, those documents show where the kill landed.
     * It is started again at full speed.
     */
    private Strike killStoreMidBatch(PipelineUnderTest pipeline, ServiceProcess store, TcpProxy mongo) {
        String row = "kill -9 store-service between a batch's MongoDB writes and its offset commit"
                + " (a second store-service beside the fault-free one)";
        log.info("row: {}", row);
        LongSupplier stored = () -> pipeline.count(SECOND_STORE_DATABASE, "articles");
        try (StoredPastCommit pastCommit = new StoredPastCommit(
                pipeline.bootstrapServers(), SECOND_STORE_GROUP, pipeline.database(SECOND_STORE_DATABASE))) {
            await(
                    () -> {
                        long articles = stored.getAsLong();
                        boolean written = pastCommit.now().any();
                        // or everything stored and committed: no batch is left to strike
                        return written ? articles >= expectedArticles / 4 : articles == expectedArticles;
                    },
                    Duration.ofMillis(20));
            store.kill();
            StoredPastCommit.Count left = pastCommit.now();
            String landedAt = String.format(
                    java.util.Locale.ROOT,
                    "%s: %d events and %d summaries stored from records past the committed offsets; stored %d/%d",
                    left.any() ? "MongoDB written, offsets not committed" : "between batches",
                    left.events(),
                    left.summaries(),
                    stored.getAsLong(),
                    expectedArticles);
            mongo.slowDown(Duration.ZERO);
            pipeline.startServices(List.of(store));
            return new Strike(row, landedAt, left.any(), System.nanoTime());
        }
    }

    /**
     * kill -9 of the second extract-service while one of its transactions is open: once every article is published,
     * all of them are copied to its broker in one go, so its batches are long (as many articles as have arrived when it
     * polls), extracted on one thread (an article's outputs sent as soon as it is extracted); it is killed as soon as
     * its output topics hold the summaries of a quarter of the articles past their last stable offsets. The transaction the coordinator still
     * holds open once the process is gone shows where the kill landed. Started again under the same transactional id
     * (HOSTNAME), it fences that transaction off (aborted: no read_committed consumer ever sees its records) and
     * extracts the batch again.
     */
    private Strike killExtractMidBatch(PipelineUnderTest pipeline, DownstreamPipeline downstream) {
        String row = "kill -9 extract-service inside a batch's open transaction"
                + " (a second extract-service, with a store-service of its own)";
        log.info("row: {}", row);
        awaitProgress("published", () -> pipeline.count("ingest_ledger"), expectedArticles);
        int copied = downstream.copyRawArticles(pipeline.bootstrapServers());
        LongSupplier stored = () -> pipeline.count(downstream.database(), "articles");
        try (OpenTransactions transactions = new OpenTransactions(downstream.bootstrapServers(), STORE_TOPICS)) {
            await(
                    () -> transactions.uncommittedRecords().get(Topics.ARTICLES_EXTRACTED) >= copied / 4
                            // everything extracted, committed and stored: no batch is left to strike
                            || stored.getAsLong() >= copied,
                    Duration.ofMillis(20));
            downstream.extract().kill();
            Map<String, Long> uncommitted = transactions.uncommittedRecords();
            List<String> open = transactions.ongoing();
            long records =
                    uncommitted.values().stream().mapToLong(Long::longValue).sum();
            boolean landed = !open.isEmpty() && records > 0;
            String landedAt = String.format(
                    java.util.Locale.ROOT,
                    "%s: %d records uncommitted, among them the summaries of %d of the %d articles; stored %d/%d",
                    landed ? "transaction " + String.join(", ", open) + " open" : "no transaction open",
                    records,
                    uncommitted.get(Topics.ARTICLES_EXTRACTED),
                    copied,
                    stored.getAsLong(),
                    expectedArticles);
            pipeline.startServices(List.of(downstream.extract()));
            return new Strike(row, landedAt, landed, System.nanoTime());
        }
    }

    /**
     * Full redelivery: store-service stopped, its group set back to offset 0 on every topic it reads, and started
     * again: every summary and event is stored a second time, over what is stored.
     */
    private RowReport redeliveryFromOffsetZero(PipelineUnderTest pipeline, PipelineState baseline) {
        String row = "redelivery from offset 0 (store group reset)";
        log.info("row: {}", row);
        pipeline.store().stop();
        ConsumerProgress.resetToBeginning(pipeline.bootstrapServers(), PipelineUnderTest.STORE_GROUP, STORE_TOPICS);
        pipeline.startServices(List.of(pipeline.store()));
        long restarted = System.nanoTime();
        boolean settled = awaitSettled(pipeline);
        int redelivered = STORE_TOPICS.stream().mapToInt(baseline::records).sum();
        return report(
                row,
                "all " + expectedArticles + " stored; " + redelivered + " records consumed again",
                pipeline,
                baseline,
                settled,
                restarted,
                Map.of());
    }

    private interface ServiceOf {
        ServiceProcess of(PipelineUnderTest pipeline);
    }

    /** kill -9 of one service while articles are on their way, then the same service started again. */
    private RowReport killService(String row, ServiceOf victim, PipelineState baseline) {
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startAllServices();
            ServiceProcess service = victim.of(pipeline);
            CompletableFuture<Void> feeding = feed(pipeline);
            String atFault = service == pipeline.ingest()
                    ? awaitProgress("published", () -> pipeline.count("ingest_ledger"), expectedArticles / 3)
                    : awaitProgress("stored", () -> pipeline.count("articles"), expectedArticles / 4);
            service.kill();
            pipeline.startServices(List.of(service));
            long restarted = System.nanoTime();
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, restarted, Map.of());
        }
    }

    /** The broker killed (SIGKILL) mid-flow and started again on its port and log directory. */
    private RowReport brokerRestart(PipelineState baseline) {
        String row = "broker kill -9 and restart (same port, same log dir)";
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startAllServices();
            CompletableFuture<Void> feeding = feed(pipeline);
            String atFault = awaitProgress("stored", () -> pipeline.count("articles"), expectedArticles / 4);
            pipeline.broker().kill();
            pipeline.broker().start();
            long restarted = System.nanoTime();
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, restarted, Map.of());
        }
    }

    /** MongoDB unreachable while ingest-service is publishing: its ledger writes fail after Kafka took the article. */
    private RowReport mongoOutageWhileIngestPublishes(PipelineState baseline) {
        String row = "MongoDB outage (" + OUTAGE.toSeconds() + " s) while ingest publishes";
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startAllServices();
            CompletableFuture<Void> feeding = feed(pipeline);
            String atFault = awaitProgress("published", () -> pipeline.count("ingest_ledger"), expectedArticles / 4);
            pipeline.mongoProxy().cut();
            KraftBroker.pause(OUTAGE);
            pipeline.mongoProxy().restore();
            long restored = System.nanoTime();
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, restored, Map.of());
        }
    }

    /**
     * MongoDB unreachable while store-service is storing: store-service starts once everything is published and
     * extracted, so the outage lands on the store alone, with a backlog to work through.
     */
    private RowReport mongoOutageWhileStoring(PipelineState baseline) {
        String row = "MongoDB outage (" + OUTAGE.toSeconds() + " s) while store stores";
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startServices(List.of(pipeline.extract(), pipeline.ingest()));
            feed(pipeline).join();
            awaitProgress("published", () -> pipeline.count("ingest_ledger"), expectedArticles);
            pipeline.startServices(List.of(pipeline.store()));
            String atFault = awaitProgress("stored", () -> pipeline.count("articles"), expectedArticles / 5);
            pipeline.mongoProxy().cut();
            KraftBroker.pause(OUTAGE);
            pipeline.mongoProxy().restore();
            long restored = System.nanoTime();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, restored, Map.of());
        }
    }

    /** Every MongoDB round trip slowed down from the first drop, for a while, then full speed again. */
    private RowReport slowMongo(PipelineState baseline) {
        String row =
                "slow MongoDB (+" + SLOW_ROUND_TRIP.toMillis() + " ms a round trip for " + SLOW_FOR.toSeconds() + " s)";
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startAllServices();
            pipeline.mongoProxy().slowDown(SLOW_ROUND_TRIP);
            CompletableFuture<Void> feeding = feed(pipeline);
            KraftBroker.pause(SLOW_FOR);
            String atFault = "while slow: " + pipeline.count("ingest_ledger") + " published, "
                    + pipeline.count("articles") + " stored";
            pipeline.mongoProxy().slowDown(Duration.ZERO);
            long restored = System.nanoTime();
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, restored, Map.of());
        }
    }

    /**
     * Foreign records (ForeignRecords: kcat's and Spring's headers, none, a tombstone, a JSON array, a key that is not
     * UTF-8) on every consumed topic, 1% of what the fault-free run wrote there (at least one), mid-flow.
     */
    private RowReport poisonOnEveryTopic(PipelineState baseline) {
        String row = "1% poison on every consumed topic";
        log.info("row: {}", row);
        try (PipelineUnderTest pipeline = PipelineUnderTest.create(slug(row))) {
            pipeline.startAllServices();
            CompletableFuture<Void> feeding = feed(pipeline);
            String atFault = awaitProgress("stored", () -> pipeline.count("articles"), expectedArticles / 4);
            Map<String, Set<String>> poison = new HashMap<>();
            List<ForeignRecords.ForeignRecord> kinds = new ArrayList<>();
            for (String topic : List.of(
                    Topics.ARTICLES_RAW, Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS)) {
                int count = Math.max(1, Math.round(baseline.records(topic) / 100f));
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    if (kinds.isEmpty()) {
                        kinds.addAll(ForeignRecords.poison());
                    }
                    ForeignRecords.ForeignRecord record = kinds.remove(0);
                    ForeignRecords.send(
                            pipeline.bootstrapServers(), topic, i % PipelineUnderTest.PARTITIONS, List.of(record));
                    keys.add(PipelineState.keyOf(record.key()));
                }
                poison.put(Topics.dlqOf(topic), keys);
            }
            long injected = System.nanoTime();
            feeding.join();
            boolean settled = awaitSettled(pipeline);
            return report(row, atFault, pipeline, baseline, settled, injected, poison);
        }
    }

    private CompletableFuture<Void> feed(PipelineUnderTest pipeline) {
        return CompletableFuture.runAsync(() -> pipeline.feed(documents, 5, Duration.ofMillis(400)));
    }

    /**
     * Waits until {@code progress} reaches {@code threshold}, so that the fault lands mid-flow; says where the flow
     * was when it did (a fault that lands after the flow ended would prove little, and the table shows it).
     */
    private String awaitProgress(String what, LongSupplier progress, long threshold) {
        await(() -> progress.getAsLong() >= threshold, Duration.ofMillis(50));
        return what + " " + progress.getAsLong() + "/" + expectedArticles;
    }

    /**
     * Settled: every file has its ledger entry, and extract-service and store-service have consumed and committed
     * everything committed on their topics; everything extract-service wrote was written before it committed its input
     * offsets (one transaction), so the store's check comes after the extractor's.
     */
    private boolean awaitSettled(PipelineUnderTest pipeline) {
        return await(() -> pipeline.count("ingest_ledger") >= expectedArticles
                && ConsumerProgress.caughtUp(
                        pipeline.bootstrapServers(), PipelineUnderTest.EXTRACT_GROUP, List.of(Topics.ARTICLES_RAW))
                && ConsumerProgress.caughtUp(pipeline.bootstrapServers(), PipelineUnderTest.STORE_GROUP, STORE_TOPICS));
    }

    private static boolean await(BooleanSupplier condition) {
        return await(condition, Duration.ofMillis(250));
    }

    /** Whether {@code condition} came true, checked every {@code every}, within {@link #SETTLE_WITHIN}. */
    private static boolean await(BooleanSupplier condition, Duration every) {
        long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            KraftBroker.pause(every);
        }
        return false;
    }

    private static RowReport report(Strike strike, boolean settled, PipelineState baseline, PipelineState state) {
        Duration recovery = Duration.ofNanos(System.nanoTime() - strike.ended());
        RowReport report = RowReport.compare(
                strike.row(), strike.landedAt(), strike.landed(), settled, recovery, baseline, state, Map.of());
        logReport(report, recovery);
        return report;
    }

    private RowReport report(
            String row,
            String atFault,
            PipelineUnderTest pipeline,
            PipelineState baseline,
            boolean settled,
            long faultEnded,
            Map<String, Set<String>> poison) {
        Duration recovery = Duration.ofNanos(System.nanoTime() - faultEnded);
        RowReport report =
                RowReport.compare(row, atFault, true, settled, recovery, baseline, PipelineState.of(pipeline), poison);
        logReport(report, recovery);
        return report;
    }

    private static void logReport(RowReport report, Duration recovery) {
        log.info(
                "{}: {} (lost {}, duplicated {}, dead-lettered {}, poison {}/{}, redelivered {}, recovery {} ms){}",
                report.row(),
                report.passed() ? "pass" : "FAIL",
                report.lost(),
                report.duplicated(),
                report.deadLettered(),
                report.poisonDeadLettered(),
                report.poisonInjected(),
                report.redelivered(),
                recovery.toMillis(),
                report.examples().stream()
                        .map(example -> "\n  " + example)
                        .collect(java.util.stream.Collectors.joining()));
    }

    private static String slug(String row) {
        return row.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
    }
}
