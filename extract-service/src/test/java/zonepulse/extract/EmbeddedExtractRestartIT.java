package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.CloudEvent;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * A restart in the middle of a stream of articles (the graceful shutdown a SIGTERM starts, then a new instance in
 * the same group) loses nothing and duplicates nothing: a committed reader sees each article's summary once.
 */
class EmbeddedExtractRestartIT {
    private static final int ARTICLES = 40;
    private final EventJson json = new EventJson();

    private ConfigurableApplicationContext start(Infrastructure infrastructure) {
        return ExtractApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers());
    }

    @Test
    void aRestartMidStreamLosesAndDuplicatesNothing() {
        try (Infrastructure infrastructure = EmbeddedInfrastructure.start(2)) {
            infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
            ConfigurableApplicationContext service = start(infrastructure);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                RawArticle article = RawArticle.of(
                        new ArticleSource(SourceType.FILE, "file:///data/drop/restart-" + i + ".txt", null),
                        Instant.parse("2021-07-20T08:00:00Z"),
                        "text/plain",
                        TestArticles.TEXT + "（第" + i + "期）",
                        ArticleMetadata.empty());
                ids.add(article.articleId());
                CloudEvent ce = new CloudEvent(
                        article.articleId(),
                        "/test",
                        CloudEvent.typeOf(RawArticle.SCHEMA),
                        Instant.now(),
                        article.articleId());
                KafkaClients.send(
                        infrastructure.kafkaBootstrapServers(),
                        Topics.ARTICLES_RAW,
                        article.articleId(),
                        json.write(article),
                        ce.headers());
            }
            try (KafkaConsumer<String, byte[]> summaries =
                    KafkaClients.consumer(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_EXTRACTED)) {
                List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    summaries.poll(Duration.ofMillis(100)).forEach(seen::add);
                    return seen.size() >= 3;
                });
            }
            service.close(); // what SIGTERM does: stop polling, finish and commit the record in hand, flush
            service = start(infrastructure);
            try {
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> KafkaClients.readAll(
                                                infrastructure.kafkaBootstrapServers(),
                                                Duration.ofMillis(500),
                                                Topics.ARTICLES_EXTRACTED)
                                        .size()
                                >= ARTICLES);
                List<String> keys = KafkaClients.readAll(
                                infrastructure.kafkaBootstrapServers(),
                                Duration.ofSeconds(3),
                                Topics.ARTICLES_EXTRACTED)
                        .stream()
                        .map(ConsumerRecord::key)
                        .toList();
                assertThat(keys).as("one summary per article, none lost").hasSize(ARTICLES);
                assertThat(Set.copyOf(keys)).as("and none twice").isEqualTo(Set.copyOf(ids));
                assertThat(KafkaClients.readAll(
                                infrastructure.kafkaBootstrapServers(), Duration.ofSeconds(1), Topics.ARTICLES_RAW_DLQ))
                        .isEmpty();
                assertThat(keys.stream().collect(Collectors.toSet())).hasSize(ARTICLES);
            } finally {
                service.close();
            }
        }
    }
}
