package zonepulse.extract.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.extract.ExtractApplication;
import zonepulse.extract.TestArticles;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.stack.ForeignRecords;
import zonepulse.stack.ForeignRecords.ForeignRecord;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * The replay mode on a real broker, next to a running live extract-service: what a replay publishes is what the live
 * path published for the same raw records (same topics, keys, ids, bodies and headers), poison is dead-lettered once
 * per replay, progress reaches the total, and the live consumer group is untouched. Bodies shared by both stacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReplayContract {
    private static final List<String> OUTPUTS = List.of(
            Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS, Topics.ARTICLES_RAW_DLQ);
    /** Headers that differ between any two runs of the same extraction: the time, the trace. */
    private static final Set<String> PER_RUN_HEADERS = Set.of(Headers.CE_TIME, "traceparent");

    private final EventJson json = new EventJson();
    private final String run = UUID.randomUUID().toString();
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext live;
    private Admin admin;

    private RawArticle suzhou;
    private RawArticle wuhan;
    private RawArticle hefei;
    private List<ForeignRecord> poison;
    /** Everything the live service published for the raw records above. */
    private List<ConsumerRecord<byte[], byte[]>> liveOutputs;

    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
        live = ExtractApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers());

        suzhou = TestArticles.article(TestArticles.TEXT);
        suzhou = RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///data/drop/suzhou-" + run + ".txt", null),
                suzhou.fetchedAt(),
                suzhou.mediaType(),
                suzhou.content(),
                suzhou.metadata());
        wuhan = RawArticle.of(
                new ArticleSource(
                        SourceType.FEED,
                        "https://news.example.org/wuhan-" + run + ".html",
                        "https://news.example.org/feed"),
                Instant.parse("2024-03-05T02:00:00Z"),
                "text/plain",
                "武汉东湖高新区今年一季度地区生产总值达512.6亿元，同比增长14.2%。3月，总投资20亿元的光谷智能制造产业园项目开工。",
                new ArticleMetadata("东湖高新区一季度数据", Instant.parse("2024-03-04T10:00:00Z"), null, List.of()));
        hefei = RawArticle.of(
                new ArticleSource(SourceType.HTTP, "https://push.example.org/hefei-" + run, null),
                Instant.parse("2024-05-01T00:00:00Z"),
                "text/plain",
                "合肥高新区1-4月规模以上工业增加值同比增长9.8%，固定资产投资完成156.2亿元。",
                ArticleMetadata.empty());
        poison = ForeignRecords.poison();

        for (RawArticle article : List.of(suzhou, wuhan, hefei)) {
            KafkaClients.sendMessage(
                    infrastructure.kafkaBootstrapServers(),
                    Topics.ARTICLES_RAW,
                    article.articleId(),
                    article.articleId(),
                    RawArticle.SCHEMA,
                    json.write(article));
        }
        ForeignRecords.send(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW, 0, poison);

        liveOutputs = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                ForeignRecords.consumer(infrastructure.kafkaBootstrapServers(), OUTPUTS.toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(liveOutputs::add);
                return summariesIn(liveOutputs).size() == 3
                        && liveOutputs.stream()
                                        .filter(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                                        .count()
                                == poison.size()
                        && eventsListedAreIn(liveOutputs);
            });
        }
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private Map<String, ExtractedArticle> summariesIn(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, ExtractedArticle> summaries = new HashMap<>();
        records.stream()
                .filter(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED))
                .map(r -> json.read(r.value(), ExtractedArticle.class))
                .forEach(s -> summaries.put(s.articleId(), s));
        return summaries;
    }

    /** True when every event a summary lists is among the records. */
    private boolean eventsListedAreIn(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> ids = records.stream()
                .filter(r -> r.topic().startsWith("news.events."))
                .map(r -> KafkaClients.header(r, Headers.CE_ID))
                .collect(Collectors.toSet());
        return summariesIn(records).values().stream()
                .allMatch(s -> ids.containsAll(s.indicatorEventIds()) && ids.containsAll(s.projectEventIds()));
    }

    /** Runs a replay in-process, as the replay mode runs; the progress it reported goes into {@code progress}. */
    private ReplayReport replay(ReplaySelection selection, ExtractionEngine engine, List<ReplayProgress> progress) {
        ReplayListener listener = new ReplayListener() {
            @Override
            public void progress(ReplayProgress p) {
                progress.add(p);
            }

            @Override
            public void finished(ReplayReport report) {}
        };
        return ReplayLauncher.replay(
                selection,
                engine,
                List.of(listener),
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--zonepulse.extract.replay.batch-size=2",
                "--zonepulse.extract.replay.progress-interval=0s");
    }

    /** The output topics' end offsets: what a replay publishes comes after them. */
    private Map<TopicPartition, Long> outputEnds() throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : OUTPUTS) {
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        try (KafkaConsumer<byte[], byte[]> consumer =
                ForeignRecords.consumer(infrastructure.kafkaBootstrapServers(), OUTPUTS.toArray(String[]::new))) {
            return consumer.endOffsets(partitions);
        }
    }

    /** Every committed output record after {@code ends}: the replay's transactions are committed when it returns. */
    private List<ConsumerRecord<byte[], byte[]>> outputsAfter(Map<TopicPartition, Long> ends) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> after = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                ForeignRecords.consumer(infrastructure.kafkaBootstrapServers(), OUTPUTS.toArray(String[]::new))) {
            // everything up to the ends as they are now, which the consumer has read once its position passed them
            Map<TopicPartition, Long> now = outputEnds();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= ends.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L)) {
                        after.add(r);
                    }
                }
                return consumer.assignment().containsAll(now.keySet())
                        && now.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return after;
    }

    /**
     * What identifies an output and must be the same however often it is extracted: topic, key, value (a summary's
     * without the time it took) and headers but the per-run ones.
     */
    private String fingerprint(ConsumerRecord<byte[], byte[]> record) {
        String value;
        if (record.value() == null) {
            value = "tombstone";
        } else if (record.topic().equals(Topics.ARTICLES_EXTRACTED)) {
            ExtractedArticle s = json.read(record.value(), ExtractedArticle.class);
            value = json.writeString(new ExtractedArticle(
                    s.schema(),
                    s.articleId(),
                    s.contentHash(),
                    s.source(),
                    s.title(),
                    s.publishedAt(),
                    s.cleanText(),
                    s.fingerprint(),
                    s.extractor(),
                    s.indicatorEventIds(),
                    s.projectEventIds(),
                    0));
        } else {
            value = HexFormat.of().formatHex(record.value());
        }
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            if (header.key().equals("spring_json_header_types")) {
                // the binder's map of header types: the same types, in whatever order the map had its keys
                headers.put(
                        header.key(),
                        new TreeMap<>(tree(header.value()).properties().stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> e.getValue().asString())))
                                .toString());
            } else if (!PER_RUN_HEADERS.contains(header.key())) {
                headers.put(header.key(), HexFormat.of().formatHex(header.value()));
            }
        }
        return record.topic() + " | "
                + (record.key() == null ? "no key" : HexFormat.of().formatHex(record.key())) + " | " + value + " | "
                + headers;
    }

    private List<String> fingerprints(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(this::fingerprint).sorted().toList();
    }

    private List<ConsumerRecord<byte[], byte[]>> liveOutputsOf(Set<String> articleIds) {
        return liveOutputs.stream()
                .filter(r -> !r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                .filter(r -> {
                    String articleId = r.topic().equals(Topics.ARTICLES_EXTRACTED)
                            ? json.read(r.value(), ExtractedArticle.class).articleId()
                            : KafkaClients.header(r, Headers.CE_ID) == null ? null : articleIdOfEvent(r);
                    return articleIds.contains(articleId);
                })
                .toList();
    }

    private String articleIdOfEvent(ConsumerRecord<byte[], byte[]> record) {
        return tree(record.value()).get("articleId").asString();
    }

    private tools.jackson.databind.JsonNode tree(byte[] bytes) {
        return json.mapper().readTree(bytes);
    }

    private Map<String, List<String>> liveGroupOffsets() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("extract-service")
                .partitionsToOffsetAndMetadata()
                .get();
        Map<String, List<String>> byTopic = new TreeMap<>();
        offsets.forEach((tp, om) ->
                byTopic.computeIfAbsent(tp.toString(), k -> new ArrayList<>()).add(Long.toString(om.offset())));
        return byTopic;
    }

    /** The consumer groups on the broker but this test's own probes (which read the outputs in groups of their own). */
    private Set<String> groups() throws Exception {
        return admin.listConsumerGroups().all().get().stream()
                .map(ConsumerGroupListing::groupId)
                .filter(group -> !group.startsWith("probe-"))
                .collect(Collectors.toSet());
    }

    @Test
    void replayOfEverythingPublishesExactlyWhatTheLivePathPublished() throws Exception {
        Map<String, List<String>> liveOffsets = liveGroupOffsets();
        Set<String> groups = groups();
        Map<TopicPartition, Long> ends = outputEnds();
        List<ReplayProgress> progress = new CopyOnWriteArrayList<>();

        ReplayReport report = replay(ReplaySelection.everything(), null, progress);

        List<ConsumerRecord<byte[], byte[]>> replayed = outputsAfter(ends);
        assertThat(fingerprints(replayed)).isEqualTo(fingerprints(liveOutputs));
        Map<TopicPartition, Long> after = outputEnds();
        assertThat(report.outputEnds())
                .isNotEmpty()
                .allSatisfy((partition, end) ->
                        assertThat(end).isGreaterThan(ends.get(partition)).isLessThanOrEqualTo(after.get(partition)));
        assertThat(replayed)
                .allSatisfy(r -> assertThat(r.offset())
                        .isLessThan(report.outputEnds().get(new TopicPartition(r.topic(), r.partition()))));
        for (ForeignRecord record : poison) {
            assertThat(replayed.stream()
                            .filter(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                            .filter(r -> Arrays.equals(r.key(), record.key())))
                    .as("dead-lettered once: %s", record.name())
                    .hasSize(1);
        }
        assertThat(report.read()).isEqualTo(3 + poison.size());
        assertThat(report.selected()).isEqualTo(3 + poison.size());
        assertThat(report.extracted()).isEqualTo(3);
        assertThat(report.deadLettered()).isEqualTo(poison.size());
        assertThat(progress).isNotEmpty();
        ReplayProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(last.total()).isPositive();
        assertThat(last.read()).isEqualTo(report.read());
        assertThat(progress).extracting(ReplayProgress::done).isSorted();
        // the live consumer group neither moved nor gained a sibling: the replay used no group at all
        assertThat(liveGroupOffsets()).isEqualTo(liveOffsets);
        assertThat(groups()).isEqualTo(groups);
    }

    @Test
    void replayOfARegionPublishesWhatTheLivePathPublishedForTheArticlesNamingIt() throws Exception {
        Map<TopicPartition, Long> ends = outputEnds();

        ReplayReport report =
                replay(ReplaySelection.everything().withRegion("武汉东湖高新区"), null, new CopyOnWriteArrayList<>());

        assertThat(fingerprints(outputsAfter(ends))).isEqualTo(fingerprints(liveOutputsOf(Set.of(wuhan.articleId()))));
        assertThat(report.selected()).isEqualTo(1);
        assertThat(report.deadLettered()).isZero();
    }

    @Test
    void replayOfAPublicationRangeAndSourceTypeSelectsOnThoseOnly() throws Exception {
        Map<TopicPartition, Long> ends = outputEnds();

        ReplayReport report = replay(
                ReplaySelection.everything()
                        .withPublished(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"))
                        .withSourceType(SourceType.FILE),
                null,
                new CopyOnWriteArrayList<>());

        assertThat(fingerprints(outputsAfter(ends))).isEqualTo(fingerprints(liveOutputsOf(Set.of(suzhou.articleId()))));
        assertThat(report.selected()).isEqualTo(1);
    }

    /** The engine port: an engine bean in the replay's context replaces the deployed rules. */
    @Test
    void anEngineGivenToTheReplayIsTheOneItExtractsWith() throws Exception {
        Map<TopicPartition, Long> ends = outputEnds();
        Extractor rules = Extractor.create();
        ExtractionEngine withoutProjects = new ExtractionEngine() {
            @Override
            public ExtractionResult extract(zonepulse.extraction.ExtractionInput input)
                    throws zonepulse.extraction.ExtractionException {
                ExtractionResult r = rules.extract(input);
                return new ExtractionResult(
                        r.articleId(),
                        r.source(),
                        r.cleanText(),
                        r.fingerprint(),
                        id(),
                        r.indicators(),
                        List.of(),
                        r.elapsed());
            }

            @Override
            public String id() {
                return "zonepulse-rules/without-projects";
            }
        };

        replay(
                ReplaySelection.everything().withUriPrefix("file:///data/drop/suzhou-" + run),
                withoutProjects,
                new CopyOnWriteArrayList<>());

        Map<String, ExtractedArticle> summaries = summariesIn(outputsAfter(ends));
        assertThat(summaries).containsOnlyKeys(suzhou.articleId());
        ExtractedArticle replayed = summaries.get(suzhou.articleId());
        ExtractedArticle before = summariesIn(liveOutputs).get(suzhou.articleId());
        assertThat(before.projectEventIds()).isNotEmpty();
        assertThat(replayed.extractor()).isEqualTo("zonepulse-rules/without-projects");
        assertThat(replayed.projectEventIds()).isEmpty();
        assertThat(replayed.indicatorEventIds()).isEqualTo(before.indicatorEventIds());
        assertThat(outputsAfter(ends)).noneMatch(r -> r.topic().equals(Topics.EVENTS_PROJECTS));
    }
}
