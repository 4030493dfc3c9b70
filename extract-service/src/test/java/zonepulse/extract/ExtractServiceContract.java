package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/** extract-service on a real broker, transactions and dead-lettering included; bodies shared by both stacks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExtractServiceContract {
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
}
