package zonepulse.extract.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.extract.article.ArticleExtraction;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extraction.Extractor;

/**
 * The replay job's logic on Kafka's own client test doubles (MockConsumer, MockProducer): what it reads, selects,
 * publishes in which transactions, and reports. No broker; the integration test runs it on one.
 */
class ReplayJobTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final TopicPartition P0 = new TopicPartition(Topics.ARTICLES_RAW, 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.ARTICLES_RAW, 1);

    private final EventJson json = new EventJson();
    private final ExtractionEngine engine = ExtractionEngine.rules(Extractor.create());
    private final List<ReplayProgress> progress = new ArrayList<>();
    private final List<ReplayReport> reports = new ArrayList<>();
    private final ReplayListener listener = new ReplayListener() {
        @Override
        public void progress(ReplayProgress p) {
            progress.add(p);
        }

        @Override
        public void finished(ReplayReport report) {
            reports.add(report);
        }
    };

    private final RawArticle suzhou = article(
            SourceType.FILE,
            "file:///drop/suzhou.txt",
            null,
            "2021-07-20T08:00:00Z",
            "苏州工业园区今年1-6月份规模以上工业总产值达3120.5亿元，同比增长12.3%。5月，总投资50亿元的信达生物创新药产业化基地项目正式开工。");
    private final RawArticle wuhan = article(
            SourceType.FEED,
            "https://news.example.org/wuhan.html",
            "https://news.example.org/feed",
            "2024-03-05T02:00:00Z",
            "武汉东湖高新区今年一季度地区生产总值达512.6亿元，同比增长14.2%。");
    private final RawArticle hefei = article(
            SourceType.HTTP,
            "https://push.example.org/hefei",
            null,
            "2024-05-01T00:00:00Z",
            "合肥高新区1-4月规模以上工业增加值同比增长9.8%，固定资产投资完成156.2亿元。");

    private static RawArticle article(SourceType type, String uri, String feed, String fetchedAt, String content) {
        return RawArticle.of(
                new ArticleSource(type, uri, feed),
                Instant.parse(fetchedAt),
                "text/plain",
                content,
                new ArticleMetadata(null, Instant.parse(fetchedAt), null, List.of()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ConsumerRecord<byte[], byte[]> raw(TopicPartition partition, long offset, RawArticle article) {
        return new ConsumerRecord<>(
                partition.topic(), partition.partition(), offset, utf8(article.articleId()), json.write(article));
    }

    private static ConsumerRecord<byte[], byte[]> raw(TopicPartition partition, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, utf8(key), value);
    }

    /** A consumer over two partitions holding {@code records}, whose end offsets are {@code ends}. */
    private static MockConsumer<byte[], byte[]> consumer(
            Map<TopicPartition, Long> ends, List<ConsumerRecord<byte[], byte[]>> records) {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(
                Topics.ARTICLES_RAW,
                List.of(
                        new PartitionInfo(Topics.ARTICLES_RAW, 0, node, new Node[] {node}, new Node[] {node}),
                        new PartitionInfo(Topics.ARTICLES_RAW, 1, node, new Node[] {node}, new Node[] {node})));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(ends);
        // records can be added once the job has assigned the partitions: at its first poll
        consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
        return consumer;
    }

    private static MockProducer<byte[], byte[]> producer() {
        return new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private ReplayJob job(ReplaySelection selection, int batchSize) {
        return job(selection, batchSize, ArticleExtraction.DEFAULT_MAX_OUTPUT_BYTES);
    }

    private ReplayJob job(ReplaySelection selection, int batchSize, long maxOutputBytes) {
        return new ReplayJob(
                ReplayProperties.of(selection, "extract-replay-test")
                        .withBatchSize(batchSize)
                        .withProgressInterval(Duration.ZERO),
                engine,
                json,
                new BinderHeaderMapper(),
                CLOCK,
                new SimpleMeterRegistry(),
                maxOutputBytes,
                List.of(listener));
    }

    /** topic | key | ce_id of each record, as the live service sends them for the same raw records. */
    private List<String> liveOutputs(List<ConsumerRecord<byte[], byte[]>> records) {
        List<String> outputs = new ArrayList<>();
        ArticleExtraction live = new ArticleExtraction(engine, json, CLOCK);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            // as the binder hands a record over: a tombstone as KafkaNull
            Object payload = record.value() == null ? KafkaNull.INSTANCE : record.value();
            @SuppressWarnings("unchecked")
            Message<byte[]> in = (Message<byte[]>) (Message<?>) MessageBuilder.withPayload(payload)
                    .setHeader(KafkaHeaders.RECEIVED_KEY, record.key())
                    .build();
            live.extractTo(
                    in,
                    (topic, key, value, headers) ->
                            outputs.add(topic + " | " + text(key) + " | " + headers.get(Headers.CE_ID)));
        }
        return outputs.stream().sorted().toList();
    }

    private static List<String> published(MockProducer<byte[], byte[]> producer) {
        return producer.history().stream()
                .map(r -> r.topic() + " | " + text(r.key()) + " | " + header(r, Headers.CE_ID))
                .sorted()
                .toList();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everythingUpToTheEndOffsetsTakenAtTheStartIsPublishedAsTheLivePathDoesInBoundedTransactions() {
        List<ConsumerRecord<byte[], byte[]>> inRange = List.of(
                raw(P0, 0, suzhou),
                raw(P0, 1, "poison", utf8("{\"not\":\"a raw article\"}")),
                raw(P0, 3, wuhan), // offset 2 compacted away
                raw(P1, 0, hefei),
                raw(P1, 1, "tombstone", null));
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(inRange);
        // published after the replay started: the live service's, not the replay's
        all.add(raw(
                P0,
                4,
                article(SourceType.FILE, "file:///drop/later.txt", null, "2024-06-01T00:00:00Z", "合肥高新区新签约项目12个。")));
        MockProducer<byte[], byte[]> producer = producer();

        ReplayReport report = job(ReplaySelection.everything(), 2).run(consumer(Map.of(P0, 4L, P1, 2L), all), producer);

        assertThat(published(producer)).isEqualTo(liveOutputs(inRange));
        assertThat(published(producer))
                .filteredOn(line -> line.startsWith(Topics.ARTICLES_RAW_DLQ))
                .containsExactlyInAnyOrder(
                        Topics.ARTICLES_RAW_DLQ + " | poison | null", Topics.ARTICLES_RAW_DLQ + " | tombstone | null");
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.selected()).isEqualTo(5);
        assertThat(report.extracted()).isEqualTo(3);
        assertThat(report.deadLettered()).isEqualTo(2);
        // P0's three records in batches of two, P1's two in one
        assertThat(report.transactions()).isEqualTo(3);
        assertThat(producer.commitCount()).isEqualTo(3);
        assertThat(reports).containsExactly(report);
        assertThat(report.outputEnds().keySet())
                .extracting(TopicPartition::topic)
                .contains(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.ARTICLES_RAW_DLQ);
        ReplayProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(6).isEqualTo(last.total());
        assertThat(last.eta()).isEqualTo(Duration.ZERO);
        assertThat(progress).extracting(ReplayProgress::done).isSorted();
        // reported after each transaction, not only once the poll that brought every record was through
        assertThat(progress.get(0).done()).isBetween(1L, 5L);
        assertThat(progress.get(0).read()).isEqualTo(progress.get(0).done());
    }

    @Test
    void aSelectionPublishesTheOutputsOfTheArticlesItChoosesOnly() {
        List<ConsumerRecord<byte[], byte[]>> records = List.of(
                raw(P0, 0, suzhou), raw(P0, 1, "poison", utf8("not json")), raw(P0, 2, wuhan), raw(P1, 0, hefei));
        Map<TopicPartition, Long> ends = Map.of(P0, 3L, P1, 1L);
        record Case(ReplaySelection selection, RawArticle chosen) {}
        List<Case> cases = List.of(
                new Case(ReplaySelection.everything().withRegion("武汉东湖高新区"), wuhan),
                new Case(ReplaySelection.everything().withSourceType(SourceType.HTTP), hefei),
                new Case(ReplaySelection.everything().withUriPrefix("file:///drop/"), suzhou),
                new Case(ReplaySelection.everything().withFeed("https://news.example.org/feed"), wuhan),
                new Case(
                        ReplaySelection.everything()
                                .withFetched(
                                        ReplaySelection.instantOrDay("2024-04-01"),
                                        ReplaySelection.instantOrDay("2024-06-01")),
                        hefei),
                new Case(
                        ReplaySelection.everything().withPublished(null, Instant.parse("2022-01-01T00:00:00Z")),
                        suzhou));
        for (Case c : cases) {
            MockProducer<byte[], byte[]> producer = producer();

            ReplayReport report = job(c.selection(), 100).run(consumer(ends, records), producer);

            assertThat(published(producer))
                    .as("%s", c.selection())
                    .isEqualTo(liveOutputs(List.of(raw(P0, 0, c.chosen()))));
            assertThat(report.read()).as("%s", c.selection()).isEqualTo(4);
            assertThat(report.selected()).as("%s", c.selection()).isEqualTo(1);
            assertThat(report.deadLettered())
                    .as("poison is chosen by no selection")
                    .isZero();
        }
    }

    @Test
    void aSelectionRefusesEmptyOrBackwardsCriteria() {
        assertThatThrownBy(() -> ReplaySelection.everything()
                        .withFetched(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")))
                .hasMessageContaining("fetched-from");
        assertThatThrownBy(() -> ReplaySelection.everything().withRegion(" ")).hasMessageContaining("region");
        assertThatThrownBy(() -> ReplaySelection.instantOrDay("March 1st")).hasMessageContaining("not a day");
        assertThat(ReplaySelection.instantOrDay("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(ReplaySelection.instantOrDay("2024-03-01T08:00:00+08:00"))
                .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(ReplaySelection.everything().isEverything()).isTrue();
        assertThat(ReplaySelection.everything().withRegion("武汉").isEverything()).isFalse();
    }

    @Test
    void aBatchKafkaRefusesIsRetriedOneArticlePerTransactionAndTheArticleItRefusesIsDeadLettered() {
        List<ConsumerRecord<byte[], byte[]>> records =
                List.of(raw(P0, 0, suzhou), raw(P0, 1, wuhan), raw(P0, 2, hefei));
        byte[] refusedKey = utf8(wuhan.articleId());
        // the broker refuses the summary of one article (over the topic's max.message.bytes)
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    @Override
                    public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
                        if (record.topic().equals(Topics.ARTICLES_EXTRACTED)
                                && java.util.Arrays.equals(record.key(), refusedKey)) {
                            throw new RecordTooLargeException("the summary is over max.message.bytes");
                        }
                        return super.send(record);
                    }
                };

        ReplayReport report =
                job(ReplaySelection.everything(), 3).run(consumer(Map.of(P0, 3L, P1, 0L), records), producer);

        assertThat(report.extracted()).isEqualTo(2);
        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(report.selected()).isEqualTo(3);
        // the batch of three aborted; then one transaction per article, the refused one's holding its dead letter
        assertThat(report.transactions()).isEqualTo(3);
        List<ProducerRecord<byte[], byte[]>> dead = producer.history().stream()
                .filter(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                .toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(refusedKey);
        assertThat(dead.get(0).value()).isEqualTo(json.write(wuhan));
        assertThat(header(dead.get(0), Headers.DLQ_EXCEPTION)).isEqualTo(RecordTooLargeException.class.getName());
        assertThat(header(dead.get(0), Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.ARTICLES_RAW);
        assertThat(producer.history())
                .noneMatch(r -> java.util.Arrays.equals(r.key(), refusedKey)
                        && r.topic().startsWith("news.events."));
    }

    @Test
    void aFencedProducerStopsTheReplay() {
        MockProducer<byte[], byte[]> producer = producer();
        producer.initTransactions();
        producer.fenceProducer();
        MockProducer<byte[], byte[]> fenced =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    @Override
                    public void initTransactions() {
                        // already initialised above, and fenced since: as after another replay took the same
                        // transactional id
                    }

                    @Override
                    public void beginTransaction() {
                        producer.beginTransaction();
                    }
                };

        assertThatThrownBy(() -> job(ReplaySelection.everything(), 10)
                        .run(consumer(Map.of(P0, 1L, P1, 0L), List.of(raw(P0, 0, suzhou))), fenced))
                .isInstanceOf(ReplayFailedException.class)
                .hasMessageContaining("fenced");
        assertThat(reports).isEmpty();
    }

    /** Regression (noticed 2026-12-01): the replay built its extraction with the default limit, not the configured one. */
    @Test
    void anArticleOverTheConfiguredOutputLimitIsDeadLetteredAsTheLiveServiceDoes() {
        List<ConsumerRecord<byte[], byte[]>> records = List.of(raw(P0, 0, suzhou), raw(P1, 0, hefei));
        MockProducer<byte[], byte[]> producer = producer();

        ReplayReport report =
                job(ReplaySelection.everything(), 10, 512).run(consumer(Map.of(P0, 1L, P1, 1L), records), producer);

        assertThat(report.extracted()).isZero();
        assertThat(report.deadLettered()).isEqualTo(2);
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly(Topics.ARTICLES_RAW_DLQ);
        assertThat(producer.history())
                .allSatisfy(dead -> assertThat(new String(
                                dead.headers().lastHeader(Headers.DLQ_REASON).value(), StandardCharsets.UTF_8))
                        .contains("max-output-size"));
    }

    @Test
    void anEmptyTopicIsThroughAtOnce() {
        ReplayReport report =
                job(ReplaySelection.everything(), 10).run(consumer(Map.of(P0, 0L, P1, 0L), List.of()), producer());

        assertThat(report.read()).isZero();
        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.total()).isZero();
            assertThat(p.fraction()).isEqualTo(1.0);
        });
    }
}
