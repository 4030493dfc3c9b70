package zonepulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.ingest.source.SourceStatusBoard;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * The drop-folder source end to end: files dropped into the folder of a running ingest-service, records read back
 * from {@code news.articles.raw} with a plain consumer, ledger entries read back from MongoDB. Written once, run by
 * one subclass per kind of infrastructure; one infrastructure and one application per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DropFolderIngestContract {
    private static final String DATABASE = "zonepulse_ingest_it";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int MAX_FILE_SIZE_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int BULK_FILES = 300;
    private static final String LONG_TEXT = "经开区2021年1-8月规模以上工业总产值3713.4亿元，同比增长31.9%。智飞绿竹生物制药产业化基地项目开工，投资近16.2亿元。";

    private final EventJson json = new EventJson();
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final AtomicInteger sentinels = new AtomicInteger();

    private Path drop;

    private Infrastructure infrastructure;
    private ConfigurableApplicationContext application;
    private KafkaConsumer<String, byte[]> consumer;
    private MongoClient mongo;
    private MongoCollection<Document> ledger;

    /** Starts the Kafka broker and MongoDB server the tests run against, or skips the class saying why. */
    abstract Infrastructure startInfrastructure();

    @BeforeAll
    void startApplication() throws Exception {
        infrastructure = startInfrastructure();
        drop = Files.createTempDirectory("zonepulse-drop-");
        // fail fast while MongoDB is cut off, so the outage test need not wait out the driver's 30 s default
        String mongoUri = infrastructure.mongoUri(DATABASE)
                + (infrastructure.mongoUri(DATABASE).contains("?") ? "&" : "?")
                + "serverSelectionTimeoutMS=1000&connectTimeoutMS=1000";
        application = IngestApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + mongoUri,
                        "--zonepulse.ingest.drop-folder.directory=" + drop,
                        "--zonepulse.ingest.drop-folder.poll-interval=" + POLL_INTERVAL.toMillis() + "ms",
                        "--zonepulse.ingest.drop-folder.max-file-size=" + MAX_FILE_SIZE_BYTES + "B",
                        "--resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=500ms");
        consumer = KafkaClients.fromBeginning(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW);
        mongo = MongoClients.create(infrastructure.mongoUri(DATABASE));
        ledger = mongo.getDatabase(DATABASE).getCollection("ingest_ledger");
    }

    @AfterAll
    void stopApplication() throws Exception {
        if (consumer != null) {
            consumer.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (application != null) {
            application.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
        if (drop != null) {
            FileSystemUtils.deleteRecursively(drop);
        }
    }

    @Test
    void aUtf8FileIsPublishedOnceWithKeyHeadersAndBody() throws Exception {
        Path file = Files.writeString(drop.resolve("utf8-news.md"), "# 标题\n\n" + LONG_TEXT);
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        String articleId = Ids.articleId(uri);

        ConsumerRecord<String, byte[]> record = awaitRecords(articleId, 1).get(0);

        RawArticle article = json.read(record.value(), RawArticle.class);
        assertThat(article.articleId()).isEqualTo(articleId);
        assertThat(article.contentHash()).isEqualTo(Ids.sha256Hex("# 标题\n\n" + LONG_TEXT));
        assertThat(article.content()).isEqualTo("# 标题\n\n" + LONG_TEXT);
        assertThat(article.mediaType()).isEqualTo("text/markdown");
        assertThat(article.source().type()).isEqualTo(SourceType.FILE);
        assertThat(article.source().uri()).isEqualTo(uri);
        assertThat(article.source().feed()).isNull();
        assertThat(article.metadata().title()).isNull();
        assertThat(header(record, Headers.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(header(record, Headers.CE_ID)).isEqualTo(articleId + ":" + article.contentHash());
        assertThat(header(record, Headers.CE_SOURCE)).isEqualTo("/zonepulse/ingest-service");
        assertThat(header(record, Headers.CE_TYPE)).isEqualTo("io.zonepulse.raw-article.v1");
        assertThat(header(record, Headers.CE_SUBJECT)).isEqualTo(articleId);
        assertThat(Instant.parse(header(record, Headers.CE_TIME))).isAfterOrEqualTo(article.fetchedAt());
        assertThat(header(record, Headers.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(record.headers())
                .as("the CloudEvents headers and the W3C trace context, nothing else")
                .extracting(Header::key)
                .containsExactlyInAnyOrder(
                        Headers.CE_SPECVERSION,
                        Headers.CE_ID,
                        Headers.CE_SOURCE,
                        Headers.CE_TYPE,
                        Headers.CE_TIME,
                        Headers.CE_SUBJECT,
                        Headers.CONTENT_TYPE,
                        "traceparent");

        // the ledger is written once the broker acknowledged the record, which a consumer may see first
        Document entry = await().atMost(Duration.ofSeconds(10))
                .until(() -> ledger.find(Filters.eq("_id", uri)).first(), java.util.Objects::nonNull);
        assertThat(entry.getString("articleId")).isEqualTo(articleId);
        assertThat(entry.getString("contentHash")).isEqualTo(article.contentHash());
        assertThat(entry.getString("status")).isEqualTo("published");
        assertThat(entry.get("publishedCount", Number.class).longValue()).isEqualTo(1);
        assertThat(entry.get("updatedAt")).isNotNull();

        awaitSentinel();
        assertThat(recordsWithKey(articleId)).hasSize(1);
        assertThat(file).exists();
    }

    @Test
    void aGbkFileIsPublishedAsTheSameTextInUtf8() throws Exception {
        Path file = drop.resolve("gbk-news.txt");
        Files.write(file, LONG_TEXT.getBytes(Charset.forName("GBK")));
        String articleId = Ids.articleId(file.toUri().toString());

        RawArticle article = json.read(awaitRecords(articleId, 1).get(0).value(), RawArticle.class);

        assertThat(article.content()).isEqualTo(LONG_TEXT);
        assertThat(article.contentHash()).isEqualTo(Ids.sha256Hex(LONG_TEXT));
        assertThat(article.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void droppingTheSameFileAgainPublishesNothingNew() throws Exception {
        Path file = Files.writeString(drop.resolve("again.html"), "<p>" + LONG_TEXT + "</p>");
        String articleId = Ids.articleId(file.toUri().toString());
        awaitRecords(articleId, 1);

        Files.delete(file);
        Files.writeString(file, "<p>" + LONG_TEXT + "</p>");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        awaitSentinel();

        assertThat(recordsWithKey(articleId)).hasSize(1);
        assertThat(ledgerEntry(file).get("publishedCount", Number.class).longValue())
                .isEqualTo(1);
    }

    @Test
    void aChangedFileIsPublishedAsANewVersionOfTheSameArticle() throws Exception {
        Path file = Files.writeString(drop.resolve("changing.txt"), "第一版：" + LONG_TEXT);
        String articleId = Ids.articleId(file.toUri().toString());
        awaitRecords(articleId, 1);

        Files.writeString(file, "第二版：" + LONG_TEXT + "项目已竣工。");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        List<ConsumerRecord<String, byte[]>> versions = awaitRecords(articleId, 2);

        RawArticle first = json.read(versions.get(0).value(), RawArticle.class);
        RawArticle second = json.read(versions.get(1).value(), RawArticle.class);
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(second.content()).startsWith("第二版");
        assertThat(header(versions.get(1), Headers.CE_ID)).isEqualTo(articleId + ":" + second.contentHash());
        Document entry = ledgerEntry(file);
        assertThat(entry.getString("contentHash")).isEqualTo(second.contentHash());
        assertThat(entry.get("publishedCount", Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void anUndecodableFileIsMovedAsideAndRecordedAsFailed() throws Exception {
        Path file = drop.resolve("binary.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0x80, 0, 1, 2});

        assertRefused(file, "cannot be decoded");
    }

    @Test
    void anOversizedFileIsMovedAsideAndRecordedAsFailed() throws Exception {
        Path file = Files.writeString(drop.resolve("oversized.txt"), "大".repeat(MAX_FILE_SIZE_BYTES / 3 + 1));

        assertRefused(file, "too large");
    }

    @Test
    void aMongoOutageLeavesTheFileInPlaceUntilItCanBePublishedAndRecorded() throws Exception {
        infrastructure.interruptMongo();
        Path file;
        String articleId;
        try {
            file = Files.writeString(drop.resolve("during-outage.txt"), "停电期间：" + LONG_TEXT);
            articleId = Ids.articleId(file.toUri().toString());
            Path failed = drop.resolve(".failed").resolve(file.getFileName());
            // many polls and several circuit breaker cycles, all of them failing on the ledger lookup
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> Files.exists(file) && !Files.exists(failed));
            assertThat(recordsWithKey(articleId)).isEmpty();
        } finally {
            infrastructure.restoreMongo();
        }

        awaitRecords(articleId, 1);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            Document entry = ledgerEntry(file);
            assertThat(entry).isNotNull();
            assertThat(entry.getString("status")).isEqualTo("published");
        });
        assertThat(file).exists();
        awaitSentinel();
        assertThat(recordsWithKey(articleId)).hasSize(1);
    }

    /**
     * Issue 11, item 3: a folder of a few hundred small files dropped at once is published completely, each file once
     * in the ledger and once on the topic; then a second one, into a service that has warmed up. Prints how fast (a
     * figure to read, not a goal asserted here).
     */
    @Test
    void aFolderOfManySmallFilesIsPublishedCompletelyEachOnce() throws Exception {
        List<String> first = dropFolderOfFiles("bulk-1", "the first");
        List<String> second = dropFolderOfFiles("bulk-2", "a second, warm");

        awaitSentinel();
        for (List<String> uris : List.of(first, second)) {
            Map<String, Long> perKey =
                    recordsWithKeyIn(uris.stream().map(Ids::articleId).collect(Collectors.toSet()));
            assertThat(perKey)
                    .hasSize(BULK_FILES)
                    .allSatisfy((key, count) ->
                            assertThat(count).as("records of %s", key).isEqualTo(1));
        }
    }

    /**
     * Drops a folder of {@value #BULK_FILES} small files in one piece, waits until each is in the ledger, once, and
     * prints how long it took.
     *
     * @return the files' canonical URIs
     */
    private List<String> dropFolderOfFiles(String name, String which) throws Exception {
        Path staging = Files.createTempDirectory("zonepulse-" + name + "-");
        List<String> uris = new ArrayList<>();
        Path folder = drop.resolve(name);
        for (int i = 0; i < BULK_FILES; i++) {
            String file = String.format("doc-%03d.txt", i);
            Files.writeString(staging.resolve(file), name + " 第" + i + "篇：" + LONG_TEXT + "（编号" + (i * 7919) + "）");
            uris.add(folder.resolve(file).toAbsolutePath().normalize().toUri().toString());
        }
        long entriesBefore = ledger.estimatedDocumentCount();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Files.move(staging, folder); // all at once, as a folder dropped in one piece

        // the collection's size is a cheap question to ask often, in the JVM being measured; the exact one follows
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.estimatedDocumentCount() >= entriesBefore + BULK_FILES);
        await().atMost(TIMEOUT).until(() -> ledger.countDocuments(Filters.in("_id", uris)) == BULK_FILES);
        long elapsedMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        List<Document> entries = ledger.find(Filters.in("_id", uris)).into(new ArrayList<>());
        List<Instant> publishedAt = entries.stream()
                .map(e -> e.getDate("publishedAt").toInstant())
                .sorted()
                .toList();
        long publishingMillis = Math.max(
                1,
                Duration.between(publishedAt.get(0), publishedAt.get(BULK_FILES - 1))
                        .toMillis());
        System.out.printf(
                "%s, %s folder: %d files dropped at once in the ledger after %d ms (%.0f files/s, the two polls that"
                        + " see a file settle included); first to last ledger entry %d ms (%.0f files/s); %.1f ms of"
                        + " CPU per file (this JVM: service, broker, MongoDB server; load average %.1f on %d cores)%n",
                getClass().getSimpleName(),
                which,
                BULK_FILES,
                elapsedMillis,
                BULK_FILES * 1000.0 / elapsedMillis,
                publishingMillis,
                BULK_FILES * 1000.0 / publishingMillis,
                cpuMillis / (double) BULK_FILES,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getString("status")).isEqualTo("published");
            assertThat(entry.get("publishedCount", Number.class).longValue()).isEqualTo(1);
            assertThat(entry.getString("articleId")).isEqualTo(Ids.articleId(entry.getString("_id")));
        });
        try (var files = Files.list(folder)) {
            assertThat(files.count()).as("every file stays in place").isEqualTo(BULK_FILES);
        }
        return uris;
    }

    private void assertRefused(Path file, String reason) throws Exception {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        Path movedTo = drop.resolve(".failed").resolve(file.getFileName());

        await().atMost(TIMEOUT).until(() -> Files.exists(movedTo) && !Files.exists(file));

        Document entry = ledger.find(Filters.eq("_id", uri)).first();
        assertThat(entry).isNotNull();
        assertThat(entry.getString("status")).isEqualTo("failed");
        assertThat(entry.getString("reason")).startsWith(reason);
        assertThat(entry.getString("articleId")).isEqualTo(Ids.articleId(uri));
        awaitSentinel();
        assertThat(recordsWithKey(Ids.articleId(uri))).isEmpty();
    }

    /**
     * Drops a new file named to sort after every other, waits for it to be published, then for the poll that
     * published it to end: a poll works through the folder in path order and ends when every file it sent is
     * finished, so every file changed before the sentinel has been dealt with by then (several are in flight at
     * once, so the sentinel's record alone does not say so).
     */
    private void awaitSentinel() throws Exception {
        Path sentinel = Files.writeString(
                drop.resolve("~sentinel-" + sentinels.incrementAndGet() + ".txt"), "哨兵 " + System.nanoTime());
        awaitRecords(Ids.articleId(sentinel.toUri().toString()), 1);
        Instant pollInProgressOrDone = lastDropFolderPoll();
        await().atMost(TIMEOUT).until(() -> !Objects.equals(lastDropFolderPoll(), pollInProgressOrDone));
    }

    /** When the last poll of the drop folder ended. */
    private Instant lastDropFolderPoll() {
        return application.getBean(SourceStatusBoard.class).statuses().stream()
                .filter(status -> status.name().equals("drop-folder"))
                .findFirst()
                .orElseThrow()
                .lastPoll();
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            return recordsWithKey(key).size() >= count;
        });
        return recordsWithKey(key);
    }

    /** The CPU time this JVM has used: a figure of work done that the machine's other load does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** How many records each of these keys has on the topic, of those read so far. */
    private Map<String, Long> recordsWithKeyIn(Set<String> keys) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        return records.stream()
                .filter(record -> keys.contains(record.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private List<ConsumerRecord<String, byte[]>> recordsWithKey(String key) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    private Document ledgerEntry(Path file) {
        return ledger.find(Filters.eq(
                        "_id", file.toAbsolutePath().normalize().toUri().toString()))
                .first();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
