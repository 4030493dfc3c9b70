package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.stack.KafkaClients;
import zonepulse.store.storage.EventQueries;

/**
 * The whole pipeline, from files dropped in the ingest folder to MongoDB, on an in-process broker and server: what
 * the store holds must be exactly what the engine finds in the same files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Duration STORED_WITHIN = Duration.ofSeconds(120);

    private Path dropFolder;

    private LocalStack stack;
    private EventQueries queries;
    private List<Path> samples;
    private List<String> articleIds;

    @BeforeAll
    void start(@TempDir Path dropFolder) {
        this.dropFolder = dropFolder;
        stack = LocalStack.start(dropFolder, new LocalStack.Options(0, Duration.ofMillis(300), true));
        queries = stack.queries();
        samples = Demo.samples(SAMPLES);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private void awaitStored(List<String> ids) {
        await().atMost(STORED_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> ids.stream().allMatch(id -> StoredArticles.isComplete(queries, id)));
    }

    private long rawRecords() {
        return KafkaClients.readAll(
                        stack.infrastructure().kafkaBootstrapServers(), Duration.ofSeconds(2), Topics.ARTICLES_RAW)
                .size();
    }

    /**
     * {@code ./zonepulse demo} is for this machine only: the stack it starts (this one: the in-process Kafka broker
     * with its KRaft controller, the MongoDB-compatible server and its proxy, the three services and their actuators)
     * listens on the loopback interface and on no other, as the operating system sees it. Checked here, on the stack
     * this class starts anyway, rather than on one more.
     */
    @Test
    @Order(0)
    @EnabledOnOs(OS.LINUX) // reads the kernel's socket tables under /proc
    void everySocketTheStackListensOnIsBoundToLoopback() {
        List<InetSocketAddress> listening = ListeningSockets.ofThisProcess();

        // what the stack says it listens on is in the kernel's tables: the reading sees the stack's sockets
        List<Integer> known = new ArrayList<>(List.of(
                URI.create(stack.apiUrl()).getPort(),
                URI.create(stack.pushUrl()).getPort(),
                URI.create(stack.infrastructure().mongoUri("zonepulse")).getPort(),
                URI.create("kafka://" + stack.infrastructure().kafkaBootstrapServers())
                        .getPort()));
        stack.healthUrls().values().forEach(url -> known.add(URI.create(url).getPort()));
        assertThat(listening).extracting(InetSocketAddress::getPort).containsAll(known);

        assertThat(listening)
                .as("listening sockets of this process: %s", listening)
                .filteredOn(address -> !address.getAddress().isLoopbackAddress())
                .isEmpty();
    }

    @Test
    @Order(1)
    void storeHoldsExactlyWhatTheEngineFindsInTheSamples() throws Exception {
        articleIds = Demo.drop(samples, dropFolder);
        awaitStored(articleIds);

        Extractor extractor = Extractor.create();
        Set<String> expectedIndicators = new HashSet<>();
        Set<String> expectedProjects = new HashSet<>();
        for (Path sample : samples) {
            ExtractionResult result = DroppedFileInput.extract(extractor, dropFolder.resolve(sample.getFileName()));
            result.indicators().forEach(e -> expectedIndicators.add(e.eventId()));
            result.projects().forEach(e -> expectedProjects.add(e.eventId()));
            assertThat(queries.indicatorEventCount(result.articleId()))
                    .isEqualTo(result.indicators().size());
            assertThat(queries.projectEventCount(result.articleId()))
                    .isEqualTo(result.projects().size());
        }
        Set<String> storedIndicators = new HashSet<>();
        for (String id : articleIds) {
            queries.indicators(new EventQueries.IndicatorFilter(null, null, null, id, 100_000))
                    .forEach(doc -> storedIndicators.add((String) doc.get("_id")));
        }
        Set<String> storedProjects = new HashSet<>();
        for (String id : articleIds) {
            Map<String, Object> article = queries.article(id).orElseThrow();
            ((List<?>) article.get("projectEventIds")).forEach(p -> storedProjects.add((String) p));
        }
        assertThat(storedIndicators).isEqualTo(expectedIndicators);
        assertThat(storedProjects).isEqualTo(expectedProjects);
        assertThat(expectedIndicators).isNotEmpty();
        assertThat(expectedProjects).isNotEmpty();
        assertThat(queries.counts())
                .containsEntry("articles", (long) samples.size())
                .containsEntry("indicator_observations", (long) expectedIndicators.size())
                .containsEntry("project_events", (long) expectedProjects.size());
        assertThat(queries.projects(new EventQueries.ProjectFilter(null, null, 1000)))
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void droppingTheSameFilesAgainStoresNothingNew() throws Exception {
        Map<String, Long> before = queries.counts();
        long rawBefore = rawRecords();

        for (Path sample : samples) {
            // same name, same bytes: a fresh copy with a new modification time
            Files.write(dropFolder.resolve(sample.getFileName()), Files.readAllBytes(sample));
        }
        Thread.sleep(3_000); // several poll intervals

        assertThat(rawRecords()).isEqualTo(rawBefore);
        assertThat(queries.counts()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void poisonOnTheRawTopicIsDeadLetteredAndTheNextArticleIsStored() throws Exception {
        String bootstrap = stack.infrastructure().kafkaBootstrapServers();
        KafkaClients.sendMessage(
                bootstrap,
                Topics.ARTICLES_RAW,
                "poison",
                "poison",
                RawArticle.SCHEMA,
                "{\"schema\":\"raw-article/1\",\"content\":42}".getBytes(StandardCharsets.UTF_8));

        Path next = dropFolder.resolve("after-poison.txt");
        Files.writeString(next, "武汉东湖高新区今年一季度地区生产总值达512.6亿元，同比增长14.2%。");
        String nextId = DroppedFileInput.articleId(next);

        awaitStored(List.of(nextId));
        List<ConsumerRecord<String, byte[]>> dead =
                KafkaClients.readAll(bootstrap, Duration.ofSeconds(2), Topics.ARTICLES_RAW_DLQ);
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("poison");
            assertThat(KafkaClients.header(r, Headers.DLQ_REASON)).isNotBlank();
            assertThat(KafkaClients.header(r, Headers.DLQ_EXCEPTION)).isNotBlank();
        });
        assertThat(queries.indicatorEventCount(nextId)).isPositive();
    }

    @Test
    @Order(4)
    void mongoOutageWhileArticlesFlowLosesNothingAndDeadLettersNothing() throws IOException {
        String bootstrap = stack.infrastructure().kafkaBootstrapServers();
        int deadBefore = KafkaClients.readAll(
                        bootstrap,
                        Duration.ofSeconds(1),
                        Topics.dlqOf(Topics.EVENTS_INDICATORS),
                        Topics.dlqOf(Topics.EVENTS_PROJECTS),
                        Topics.dlqOf(Topics.ARTICLES_EXTRACTED))
                .size();

        stack.infrastructure().interruptMongo();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Path file = dropFolder.resolve("during-outage-" + i + ".txt");
                Files.writeString(
                        file,
                        "合肥高新区" + (2020 + i) + "年实现营业收入" + (8000 + i) + "亿元，同比增长1" + i + ".5%。同年，总投资" + (30 + i)
                                + "亿元的晶合集成二期项目" + (i == 0 ? "开工" : "竣工") + "。");
                ids.add(DroppedFileInput.articleId(file));
            }
            // the outage lasts while the services try: ingest's ledger and the store both fail meanwhile
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            stack.infrastructure().restoreMongo();
        }

        awaitStored(ids);
        int deadAfter = KafkaClients.readAll(
                        bootstrap,
                        Duration.ofSeconds(1),
                        Topics.dlqOf(Topics.EVENTS_INDICATORS),
                        Topics.dlqOf(Topics.EVENTS_PROJECTS),
                        Topics.dlqOf(Topics.ARTICLES_EXTRACTED))
                .size();
        assertThat(deadAfter).isEqualTo(deadBefore);
    }

    /** A document far over Kafka's default 1 MB request limit, within the ingest limits, goes all the way through. */
    @Test
    @Order(5)
    void largeDocumentFlowsThroughTheWholePipeline() throws IOException {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.length() < 1_500_000) { // about 4.5 MB of UTF-8
            text.append("成都高新区第").append(++paragraph).append("次季度通报：区内企业经营稳定，各项工作有序推进。\n");
        }
        text.append("成都高新区全年地区生产总值达3120.5亿元，同比增长8.1%。\n");
        Path file = dropFolder.resolve("large-report.txt");
        Files.writeString(file, text);

        String id = DroppedFileInput.articleId(file);
        awaitStored(List.of(id));
        assertThat(queries.indicatorEventCount(id)).isPositive();
    }

    /** The same file with new content is a newer generation of its article: its old events are superseded. */
    @Test
    @Order(6)
    void aChangedFileSupersedesItsOldEvents() throws Exception {
        Path file = dropFolder.resolve("changed-report.txt");
        Files.writeString(file, "青岛西海岸新区今年前三季度规模以上工业增加值同比增长9.3%，固定资产投资增长6.1%。");
        String id = DroppedFileInput.articleId(file);
        awaitStored(List.of(id));
        Set<Object> before = new HashSet<>();
        queries.indicators(new EventQueries.IndicatorFilter(null, null, null, id, 100))
                .forEach(doc -> before.add(doc.get("_id")));
        String hashBefore = (String) queries.article(id).orElseThrow().get("contentHash");

        Files.writeString(file, "青岛西海岸新区今年前三季度规模以上工业增加值同比增长9.8%，实际使用外资增长12.4%。");
        await().atMost(STORED_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        !hashBefore.equals(queries.article(id).orElseThrow().get("contentHash"))
                                && StoredArticles.isComplete(queries, id));

        ExtractionResult expected = DroppedFileInput.extract(Extractor.create(), file);
        Set<Object> current = new HashSet<>();
        queries.indicators(new EventQueries.IndicatorFilter(null, null, null, id, 100))
                .forEach(doc -> current.add(doc.get("_id")));
        assertThat(current)
                .as("exactly the new content's events are current")
                .isEqualTo(new HashSet<>(expected.indicators().stream()
                        .map(e -> (Object) e.eventId())
                        .toList()));
        List<Map<String, Object>> all =
                queries.indicators(new EventQueries.IndicatorFilter(null, null, null, id, 100, true));
        assertThat(all)
                .filteredOn(doc -> Boolean.TRUE.equals(doc.get("superseded")))
                .extracting(doc -> doc.get("_id"))
                .as("the old content's events that the new one does not repeat are kept, marked superseded")
                .isNotEmpty()
                .allMatch(before::contains)
                .noneMatch(current::contains);
    }
}
