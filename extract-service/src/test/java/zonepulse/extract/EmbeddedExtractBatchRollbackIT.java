package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
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
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.ForeignRecords;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * A batch that fails for a reason other than poison input (here an engine defect that throws instead of refusing the
 * document) is rolled back, tried again, then each of its records is dead-lettered with the real reason in a
 * transaction that commits their offsets; nothing of the failed batch is published, and the next article is extracted.
 *
 * <p>It once failed on a fresh clone (2026-12-02) finding no indicator event at all: it stopped reading at the next
 * article's summary, and a poll can return the summary before the events committed in the same transaction. It now
 * reads until it has as many indicator events as that summary lists.
 */
class EmbeddedExtractBatchRollbackIT {
    private static final String DEFECT_TRIGGER = "触发引擎缺陷";
    private final EventJson json = new EventJson();

    /** The rules, with a defect: an article holding the trigger makes the engine throw, as a bug would. */
    private static ExtractionEngine defectiveEngine() {
        ExtractionEngine rules = ExtractionEngine.rules(Extractor.create());
        return new ExtractionEngine() {
            @Override
            public ExtractionResult extract(ExtractionInput input) throws ExtractionException {
                if (input.content().contains(DEFECT_TRIGGER)) {
                    throw new IllegalStateException("engine defect on " + DEFECT_TRIGGER);
                }
                return rules.extract(input);
            }

            @Override
            public String id() {
                return rules.id();
            }
        };
    }

    private static RawArticle article(String name, String text) {
        return RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///data/drop/rollback-" + name + ".txt", null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                text,
                ArticleMetadata.empty());
    }

    @Test
    void aFailingBatchIsRetriedThenDeadLetteredWithTheReasonAndTheNextIsExtracted() {
        try (Infrastructure infrastructure = EmbeddedInfrastructure.start(2)) {
            infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
            ConfigurableApplicationContext service = ExtractApplication.application()
                    // registered before the configuration is read: the default engine steps aside
                    .initializers(context ->
                            context.getBeanFactory().registerSingleton("extractionEngine", defectiveEngine()))
                    .run(
                            "--server.port=0",
                            "--management.server.port=0",
                            "--zonepulse.extract.batch.retry-interval=100ms",
                            "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers());
            try (KafkaConsumer<byte[], byte[]> consumer = ForeignRecords.consumer(
                    infrastructure.kafkaBootstrapServers(),
                    Topics.ARTICLES_RAW_DLQ,
                    Topics.ARTICLES_EXTRACTED,
                    Topics.EVENTS_INDICATORS)) {
                RawArticle defective = article("defective", TestArticles.TEXT + DEFECT_TRIGGER);
                RawArticle next = article("next", TestArticles.TEXT);
                publish(infrastructure, defective);
                List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                    return seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ));
                });
                publish(infrastructure, next);
                // every record of the next article's transaction: its summary, then as many indicator events as the
                // summary lists (a poll may return the summary before the events of the same transaction)
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                    return seen.stream()
                            .filter(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED) && isKey(r, next))
                            .findFirst()
                            .map(summary -> seen.stream()
                                            .filter(r -> r.topic().equals(Topics.EVENTS_INDICATORS))
                                            .count()
                                    >= json.read(summary.value(), ExtractedArticle.class)
                                            .indicatorCount())
                            .orElse(false);
                });

                assertThat(seen)
                        .filteredOn(r -> isKey(r, defective))
                        .singleElement()
                        .satisfies(dead -> {
                            assertThat(dead.topic()).isEqualTo(Topics.ARTICLES_RAW_DLQ);
                            assertThat(dead.value()).isEqualTo(json.write(defective));
                            assertThat(KafkaClients.header(dead, Headers.DLQ_EXCEPTION))
                                    .isEqualTo(IllegalStateException.class.getName());
                            assertThat(KafkaClients.header(dead, Headers.DLQ_REASON))
                                    .isEqualTo("engine defect on " + DEFECT_TRIGGER);
                            assertThat(KafkaClients.header(dead, Headers.DLQ_ORIGINAL_TOPIC))
                                    .isEqualTo(Topics.ARTICLES_RAW);
                        });
                // the rolled-back tries published nothing a committed reader sees: only the next article's events
                assertThat(seen)
                        .filteredOn(r -> r.topic().equals(Topics.EVENTS_INDICATORS))
                        .isNotEmpty()
                        .allSatisfy(r -> assertThat(json.read(r.value(), IndicatorEvent.class)
                                        .source()
                                        .uri())
                                .isEqualTo(next.source().uri()));
                assertThat(seen.stream().filter(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED)))
                        .hasSize(1);
            } finally {
                service.close();
            }
        }
    }

    private void publish(Infrastructure infrastructure, RawArticle article) {
        KafkaClients.sendMessage(
                infrastructure.kafkaBootstrapServers(),
                Topics.ARTICLES_RAW,
                article.articleId(),
                article.articleId(),
                RawArticle.SCHEMA,
                json.write(article));
    }

    private static boolean isKey(ConsumerRecord<byte[], byte[]> record, RawArticle article) {
        return Arrays.equals(record.key(), article.articleId().getBytes(StandardCharsets.UTF_8));
    }
}
