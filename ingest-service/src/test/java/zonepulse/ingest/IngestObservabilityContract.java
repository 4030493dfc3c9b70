package zonepulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import zonepulse.events.Topics;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * What an operator sees of a running ingest-service: per-source metrics after files are dropped, a trace started
 * for each published article (W3C traceparent on the record), and nothing but health, info and prometheus exposed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestObservabilityContract {
    private final HttpClient http = HttpClient.newHttpClient();
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext application;
    private Path drop;
    private String management;

    abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() throws Exception {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(Topics.ARTICLES_RAW);
        drop = Files.createTempDirectory("zonepulse-observed-drop-");
        String mongo = infrastructure.mongoUri("observed_ingest");
        application = IngestApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + mongo + (mongo.contains("?") ? "&" : "?")
                                + "serverSelectionTimeoutMS=1000&connectTimeoutMS=1000",
                        "--zonepulse.ingest.drop-folder.directory=" + drop,
                        "--zonepulse.ingest.drop-folder.poll-interval=200ms",
                        "--zonepulse.ingest.drop-folder.max-file-size=1KB");
        management = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.management.port");
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void metricsPerSourceAndATracePerArticle() throws Exception {
        try (KafkaConsumer<String, byte[]> consumer =
                KafkaClients.consumer(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW)) {
            Files.writeString(drop.resolve("observed.txt"), "经开区规模以上工业总产值3713.4亿元。", StandardCharsets.UTF_8);
            Files.writeString(drop.resolve("too-large.txt"), "大".repeat(2000), StandardCharsets.UTF_8);

            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
            assertThat(KafkaClients.header(seen.get(0), "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> scrape = get(management + "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .containsPattern("zonepulse_ingest_articles_total\\{[^}]*outcome=\"fetched\"[^}]*source=\"file\"")
                    .containsPattern("zonepulse_ingest_articles_total\\{[^}]*outcome=\"published\"[^}]*source=\"file\"")
                    .containsPattern("zonepulse_ingest_articles_total\\{[^}]*outcome=\"failed\"[^}]*reason=\"refused\""
                            + "[^}]*source=\"file\"")
                    .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"kafka\"[^}]*state=\"closed\"")
                    .contains("application=\"ingest-service\"");
        });
        assertThat(get(management + "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get(management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(management + "/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get(management + "/actuator/heapdump").statusCode()).isEqualTo(404);
    }
}
