package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import zonepulse.events.IndicatorEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.extract.article.ArticleExtraction;
import zonepulse.stack.ForeignRecords;
import zonepulse.stack.ForeignRecords.ForeignRecord;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/** extract-service on a real broker, transactions and dead-lettering included; bodies shared by both stacks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExtractServiceContract {
    private static final int MAX_OUTPUT_SIZE = 200_000;
    private final EventJson json = new EventJson();
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext service;

    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        service = ExtractApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        // small enough for a test article's summary to be over it
                        "--zonepulse.extract.max-output-size=" + MAX_OUTPUT_SIZE + "B",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private void publish(String key, byte[] body) {
        KafkaClients.sendMessage(
                infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW, key, key, RawArticle.SCHEMA, body);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextArticleIsExtracted() {
        RawArticle good = TestArticles.article(TestArticles.TEXT);
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(
                infrastructure.kafkaBootstrapServers(),
                Topics.ARTICLES_RAW_DLQ,
                Topics.ARTICLES_EXTRACTED,
                Topics.EVENTS_INDICATORS)) {
            publish("poison", "\u0000\u0001 not json".getBytes(StandardCharsets.ISO_8859_1));
            publish(good.articleId(), json.write(good));

            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                        && seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED));
            });

            ConsumerRecord<String, byte[]> dead = seen.stream()
                    .filter(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                    .findFirst()
                    .orElseThrow();
            assertThat(dead.key()).isEqualTo("poison");
            assertThat(KafkaClients.header(dead, Headers.DLQ_EXCEPTION))
                    .isEqualTo("zonepulse.events.ContractViolationException");
            assertThat(KafkaClients.header(dead, Headers.DLQ_REASON)).contains("not valid JSON");

            ExtractedArticle summary = seen.stream()
                    .filter(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED))
                    .map(r -> json.read(r.value(), ExtractedArticle.class))
                    .findFirst()
                    .orElseThrow();
            assertThat(summary.articleId()).isEqualTo(good.articleId());
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream()
                                .filter(r -> r.topic().equals(Topics.EVENTS_INDICATORS))
                                .count()
                        >= summary.indicatorCount();
            });
            List<ConsumerRecord<String, byte[]>> indicators = seen.stream()
                    .filter(r -> r.topic().equals(Topics.EVENTS_INDICATORS))
                    .toList();
            assertThat(indicators).allSatisfy(r -> {
                IndicatorEvent e = json.read(r.value(), IndicatorEvent.class);
                assertThat(r.key()).isEqualTo(e.seriesKey());
                assertThat(KafkaClients.header(r, Headers.CE_ID)).isEqualTo(e.eventId());
                assertThat(KafkaClients.header(r, Headers.CE_TYPE)).isEqualTo("io.zonepulse.indicator-event.v1");
            });
            assertThat(indicators.stream()
                            .map(r -> KafkaClients.header(r, Headers.CE_ID))
                            .toList())
                    .containsExactlyElementsOf(summary.indicatorEventIds());
        }
    }

    /**
     * Issue 12, item 3: a contentType header as raw bytes (kcat) was retried in three transactions and dead-lettered
     * as "Transaction rollback limit exceeded", a tombstone as a rollback, and {@code [1,2,3]} as three bytes.
     */
    @Test
    void deadLettersFromAnyProducerKeepTheirBytesAndNameTheRealReasonOnTheFirstFailure() {
        List<ForeignRecord> poison = ForeignRecords.poison();
        RawArticle after = RawArticle.of(
                new ArticleSource(
                        SourceType.FILE, "file:///data/drop/after-poison-" + UUID.randomUUID() + ".txt", null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                TestArticles.TEXT,
                ArticleMetadata.empty());
        ForeignRecord good = new ForeignRecord(
                "the next article",
                after.articleId().getBytes(StandardCharsets.UTF_8),
                json.write(after),
                List.of(),
                null);
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        double deadLetteredBefore = deadLettered(meters);
        try (KafkaConsumer<byte[], byte[]> consumer = ForeignRecords.consumer(
                infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW_DLQ, Topics.ARTICLES_EXTRACTED)) {
            List<ForeignRecord> sent = new ArrayList<>(poison);
            sent.add(good);
            ForeignRecords.send(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW, 0, sent);

            // the next article's summary is the positive signal: the partition is in order, so every poison record
            // before it was handled, and its dead letter committed, before it
            List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream()
                        .anyMatch(
                                r -> r.topic().equals(Topics.ARTICLES_EXTRACTED) && Arrays.equals(r.key(), good.key()));
            });

            for (ForeignRecord record : poison) {
                List<ConsumerRecord<byte[], byte[]>> dead = seen.stream()
                        .filter(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ) && Arrays.equals(r.key(), record.key()))
                        .toList();
                assertThat(dead).as(record.name()).hasSize(1);
                assertThat(dead.get(0).value()).as(record.name()).isEqualTo(record.value());
                assertThat(KafkaClients.header(dead.get(0), Headers.DLQ_REASON))
                        .as(record.name())
                        .contains(record.expectedReason());
                assertThat(KafkaClients.header(dead.get(0), Headers.DLQ_ORIGINAL_TOPIC))
                        .as(record.name())
                        .isEqualTo(Topics.ARTICLES_RAW);
            }
            assertThat(deadLettered(meters) - deadLetteredBefore).isEqualTo(poison.size());
        }
    }

    /**
     * An article whose summary (its clean text) is over what a record may hold is that article's fault: dead-lettered
     * with the reason, alone, rather than sent and refused by Kafka, which would fail its whole batch.
     */
    @Test
    void anArticleYieldingARecordTooLargeIsDeadLetteredAloneWithTheReason() {
        String uri = "file:///data/drop/too-large-" + UUID.randomUUID() + ".txt";
        RawArticle tooLarge = RawArticle.of(
                new ArticleSource(SourceType.FILE, uri, null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                TestArticles.TEXT + "园区".repeat(MAX_OUTPUT_SIZE / 4),
                ArticleMetadata.empty());
        RawArticle next = RawArticle.of(
                new ArticleSource(SourceType.FILE, uri + ".next", null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                TestArticles.TEXT,
                ArticleMetadata.empty());
        try (KafkaConsumer<byte[], byte[]> consumer = ForeignRecords.consumer(
                infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW_DLQ, Topics.ARTICLES_EXTRACTED)) {
            publish(tooLarge.articleId(), json.write(tooLarge));
            List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ) && isKey(r, tooLarge));
            });
            publish(next.articleId(), json.write(next));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED) && isKey(r, next));
            });

            assertThat(seen).filteredOn(r -> isKey(r, tooLarge)).singleElement().satisfies(dead -> {
                assertThat(dead.topic()).isEqualTo(Topics.ARTICLES_RAW_DLQ);
                assertThat(dead.value()).isEqualTo(json.write(tooLarge));
                assertThat(KafkaClients.header(dead, Headers.DLQ_REASON))
                        .contains("over the " + MAX_OUTPUT_SIZE, "max-output-size");
                assertThat(KafkaClients.header(dead, Headers.DLQ_ORIGINAL_TOPIC))
                        .isEqualTo(Topics.ARTICLES_RAW);
            });
        }
    }

    private static boolean isKey(ConsumerRecord<byte[], byte[]> record, RawArticle article) {
        return Arrays.equals(record.key(), article.articleId().getBytes(StandardCharsets.UTF_8));
    }

    private static double deadLettered(MeterRegistry meters) {
        Counter counter = meters.find(ArticleExtraction.ARTICLES)
                .tag("outcome", "dead_lettered")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
