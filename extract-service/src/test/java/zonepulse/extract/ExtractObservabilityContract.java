package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.CloudEvent;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * What an operator sees of a running extract-service: its metrics after traffic, the trace context carried from the
 * consumed record to every record it produces, and nothing but health, info and prometheus exposed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExtractObservabilityContract {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final EventJson json = new EventJson();
    private final HttpClient http = HttpClient.newHttpClient();
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext service;
    private String management;

    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        service = ExtractApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval=1s",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers());
        management = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.management.port");
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

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void publish(String key, byte[] body, String traceparent) {
        CloudEvent ce = new CloudEvent(key, "/test", CloudEvent.typeOf(RawArticle.SCHEMA), Instant.now(), key);
        Map<String, String> headers = new LinkedHashMap<>(ce.headers());
        if (traceparent != null) {
            headers.put("traceparent", traceparent);
        }
        KafkaClients.send(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW, key, body, headers);
    }

    @Test
    void metricsAfterTrafficAndTheTraceFollowsTheArticle() throws Exception {
        RawArticle good = TestArticles.article(TestArticles.TEXT);
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(
                infrastructure.kafkaBootstrapServers(),
                Topics.ARTICLES_RAW_DLQ,
                Topics.ARTICLES_EXTRACTED,
                Topics.EVENTS_INDICATORS,
                Topics.EVENTS_PROJECTS)) {
            publish("poison", "not json".getBytes(StandardCharsets.UTF_8), null);
            publish(good.articleId(), json.write(good), "00-" + TRACE_ID + "-00f067aa0ba902b7-01");

            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_RAW_DLQ))
                        && seen.stream().anyMatch(r -> r.topic().equals(Topics.ARTICLES_EXTRACTED))
                        && seen.stream().anyMatch(r -> r.topic().equals(Topics.EVENTS_INDICATORS))
                        && seen.stream().anyMatch(r -> r.topic().equals(Topics.EVENTS_PROJECTS));
            });
            // every record produced for the traced article continues its trace (W3C traceparent in the headers)
            assertThat(seen.stream()
                            .filter(r -> good.articleId().equals(r.key())
                                    || !r.topic().equals(Topics.ARTICLES_RAW_DLQ)))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(KafkaClients.header(r, "traceparent"))
                            .as("traceparent of a record on %s", r.topic())
                            .startsWith("00-" + TRACE_ID + "-"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> scrape = get(management + "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .containsPattern("zonepulse_extract_articles_total\\{[^}]*outcome=\"extracted\"")
                    .containsPattern("zonepulse_extract_articles_total\\{[^}]*outcome=\"dead_lettered\"")
                    .containsPattern("zonepulse_extract_events_total\\{[^}]*type=\"indicator\"[^}]*} [1-9]")
                    .containsPattern("zonepulse_extract_events_total\\{[^}]*type=\"project\"[^}]*} [1-9]")
                    .containsPattern("zonepulse_extract_duration_seconds_count\\{[^}]*outcome=\"extracted\"")
                    .contains("zonepulse_extract_duration_seconds_bucket")
                    .containsPattern("zonepulse_dlq_writes_total\\{[^}]*reason=\"contract_violation\"[^}]*"
                            + "service=\"extract-service\"[^}]*topic=\"news.articles.raw\"")
                    .containsPattern("spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"extract-service\"");
        });
        assertThat(get(management + "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get(management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(management + "/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get(management + "/actuator/heapdump").statusCode()).isEqualTo(404);
    }
}
