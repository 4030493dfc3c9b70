package zonepulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zonepulse.store.TestEvents.id;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Topics;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;
import zonepulse.store.storage.EventQueries;

/**
 * What an operator sees of a running store-service: the metrics on /actuator/prometheus after traffic, the probes,
 * and nothing else exposed. The actuator is on the management port, never on the API's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreObservabilityContract {
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext service;
    private final HttpClient http = HttpClient.newHttpClient();
    private String management;
    private String server;

    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(
                Topics.ARTICLES_EXTRACTED,
                Topics.EVENTS_INDICATORS,
                Topics.EVENTS_PROJECTS,
                Topics.dlqOf(Topics.ARTICLES_EXTRACTED),
                Topics.dlqOf(Topics.EVENTS_INDICATORS),
                Topics.dlqOf(Topics.EVENTS_PROJECTS));
        String mongo = infrastructure.mongoUri("observed");
        service = StoreApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval=1s",
                        "--spring.mongodb.uri=" + mongo + (mongo.contains("?") ? "&" : "?")
                                + "serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=2000",
                        "--spring.mongodb.database=observed",
                        "--zonepulse.store.outage.retry-interval=200ms",
                        "--zonepulse.store.outage.probe-interval=200ms");
        management = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.management.port");
        server = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
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

    private void send(String topic, String key, byte[] body, String id, String schema) {
        KafkaClients.sendMessage(infrastructure.kafkaBootstrapServers(), topic, key, id, schema, body);
    }

    @Test
    void prometheusShowsStoreMetricsAfterTraffic() throws Exception {
        String article = id("metrics-article");
        IndicatorEvent indicator = TestEvents.indicator(id("metrics-i1"), article, 1.5);
        byte[] body = TestEvents.JSON.write(indicator);
        send(Topics.EVENTS_INDICATORS, indicator.seriesKey(), body, indicator.eventId(), IndicatorEvent.SCHEMA);
        send(Topics.EVENTS_INDICATORS, indicator.seriesKey(), body, indicator.eventId(), IndicatorEvent.SCHEMA);
        send(
                Topics.EVENTS_INDICATORS,
                "poison",
                "{\"schema\":\"indicator-event/1\"}".getBytes(StandardCharsets.UTF_8),
                "poison",
                IndicatorEvent.SCHEMA);

        EventQueries queries = service.getBean(EventQueries.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queries.indicatorEventCount(article) == 1
                        && get(management + "/actuator/prometheus").body().contains("zonepulse_dlq_writes_total"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> scrape = get(management + "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .containsPattern("zonepulse_store_writes_total\\{[^}]*outcome=\"written\"[^}]*type=\"indicator\"")
                    .containsPattern("zonepulse_store_writes_total\\{[^}]*outcome=\"duplicate\"[^}]*type=\"indicator\"")
                    .contains("zonepulse_store_write_latency_seconds_count")
                    .contains("zonepulse_store_write_latency_seconds_bucket")
                    .containsPattern("zonepulse_dlq_writes_total\\{[^}]*reason=\"InvalidEventException\"[^}]*"
                            + "service=\"store-service\"[^}]*topic=\"news.events.indicators\"")
                    // circuit breaker state, from resilience4j's Micrometer binding
                    .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"mongo\"[^}]*state=\"closed\"")
                    // consumer lag, from the Kafka binder
                    .containsPattern("spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"store-service\"")
                    .contains("application=\"store-service\"");
        });
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposedAndOnlyOnTheManagementPort() throws Exception {
        HttpResponse<String> health = get(management + "/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(get(management + "/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get(management + "/actuator/prometheus").statusCode()).isEqualTo(200);
        for (String hidden : new String[] {
            "env", "heapdump", "configprops", "beans", "loggers", "threaddump", "metrics", "mappings", "shutdown"
        }) {
            assertThat(get(management + "/actuator/" + hidden).statusCode())
                    .as("/actuator/%s", hidden)
                    .isEqualTo(404);
        }
        assertThat(get(server + "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(server + "/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(get(server + "/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void livenessIgnoresMongoDbWhileReadinessFollowsIt() throws Exception {
        assertThat(get(management + "/actuator/health/liveness").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(management + "/actuator/health/readiness").statusCode() == 200);
        infrastructure.interruptMongo();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> get(management + "/actuator/health/readiness").statusCode() == 503);
            assertThat(get(management + "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
        } finally {
            infrastructure.restoreMongo();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(management + "/actuator/health/readiness").statusCode() == 200);
    }
}
