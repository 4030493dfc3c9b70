package zonepulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zonepulse.store.TestEvents.id;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.events.Topics;
import zonepulse.stack.ForeignRecords;
import zonepulse.stack.ForeignRecords.ForeignRecord;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;
import zonepulse.store.resilience.OutageGuard;
import zonepulse.store.storage.EventQueries;

/**
 * store-service against a real Kafka broker and a MongoDB server. The bodies are written once; subclasses say which
 * broker and server (in-process, or containers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class StoreServiceContract {
    private Infrastructure infrastructure;
    private ConfigurableApplicationContext service;
    private EventQueries queries;
    private final HttpClient http = HttpClient.newHttpClient();
    private String api;
    private String health;

    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        service = StoreApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        // timeouts above the slow-MongoDB test's latency (the driver's monitor reads with the
                        // connect timeout), below the driver's defaults so that an outage is noticed quickly
                        "--spring.mongodb.uri=" + infrastructure.mongoUri("store")
                                + (infrastructure.mongoUri("store").contains("?") ? "&" : "?")
                                + "serverSelectionTimeoutMS=3000&connectTimeoutMS=5000&socketTimeoutMS=5000",
                        "--spring.mongodb.database=store",
                        "--zonepulse.store.outage.retry-interval=200ms",
                        "--zonepulse.store.outage.probe-interval=200ms",
                        "--zonepulse.store.read.timeout=1s",
                        "--zonepulse.store.health.slow-ping=500ms");
        queries = service.getBean(EventQueries.class);
        api = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port") + "/api";
        health = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.management.port")
                + "/actuator/health";
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

    private void publish(IndicatorEvent event) {
        send(
                Topics.EVENTS_INDICATORS,
                event.seriesKey(),
                TestEvents.JSON.write(event),
                event.eventId(),
                IndicatorEvent.SCHEMA);
    }

    private void publish(ProjectEvent event) {
        send(
                Topics.EVENTS_PROJECTS,
                event.projectKey(),
                TestEvents.JSON.write(event),
                event.eventId(),
                ProjectEvent.SCHEMA);
    }

    private void send(String topic, String key, byte[] body, String id, String schema) {
        KafkaClients.sendMessage(infrastructure.kafkaBootstrapServers(), topic, key, id, schema, body);
    }

    private long stored(String articleId) {
        return queries.indicators(new EventQueries.IndicatorFilter(null, null, null, articleId, 5000))
                .size();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(api + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void storesWhatTheTopicsCarryAndServesIt() throws Exception {
        String article = id("serve-article");
        IndicatorEvent indicator = TestEvents.indicator(id("serve-i1"), article, 3713.4);
        ProjectEvent project = TestEvents.project(
                id("serve-p1"),
                article,
                Stage.CONSTRUCTION_STARTED,
                false,
                "2021-09",
                Instant.parse("2021-10-14T02:06:51Z"));
        publish(indicator);
        publish(indicator); // redelivered
        publish(project);
        var summary = TestEvents.article(article, List.of(indicator.eventId()), List.of(project.eventId()));
        send(Topics.ARTICLES_EXTRACTED, article, TestEvents.JSON.write(summary), article, summary.schema());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> queries.article(article).isPresent()
                        && stored(article) == 1
                        && queries.project(project.projectKey()).isPresent());

        assertThat(get("/projects").body()).contains(project.projectKey());
        HttpResponse<String> one = get("/projects/" + project.projectKey());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body())
                .contains("\"furthestStage\":\"construction_started\"")
                .contains(project.eventId());
        assertThat(get("/indicators?articleId=" + article).body()).contains(indicator.eventId());
        assertThat(get("/articles/" + article).statusCode()).isEqualTo(200);
        assertThat(get("/articles/" + id("no-such-article")).statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = get("/projects/no-such-project");
        assertThat(unknown.statusCode()).isEqualTo(404);
        // deprecated, with the successor in the read API v1, on the real server's error path too
        assertThat(unknown.headers().firstValue("Deprecation")).hasValue("@1796083200");
        assertThat(unknown.headers().firstValue("Link"))
                .hasValue("</api/v1/projects/no-such-project>; rel=\"successor-version\"");
        assertThat(one.headers().firstValue("Link"))
                .hasValue("<"
                        + URI.create("/api/v1/projects/" + project.projectKey()).toASCIIString()
                        + ">; rel=\"successor-version\"");
    }

    @Test
    void badMessageIsDeadLetteredWithTheReasonAndTheNextOneIsStored() {
        String article = id("dlq-article");
        try (KafkaConsumer<String, byte[]> dlq =
                KafkaClients.consumer(infrastructure.kafkaBootstrapServers(), Topics.dlqOf(Topics.EVENTS_INDICATORS))) {
            send(
                    Topics.EVENTS_INDICATORS,
                    "poison",
                    "{\"schema\":\"indicator-event/1\",\"value\":\"many\"}".getBytes(StandardCharsets.UTF_8),
                    "poison",
                    IndicatorEvent.SCHEMA);
            publish(TestEvents.indicator(id("dlq-i1"), article, 42));

            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
                return !dead.isEmpty() && stored(article) == 1;
            });
            ConsumerRecord<String, byte[]> record = dead.get(0);
            assertThat(record.key()).isEqualTo("poison");
            assertThat(KafkaClients.header(record, Headers.DLQ_EXCEPTION)).endsWith("InvalidEventException");
            assertThat(KafkaClients.header(record, Headers.DLQ_REASON)).contains("indicator-event/1");
            assertThat(KafkaClients.header(record, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.EVENTS_INDICATORS);
        }
    }

    @Test
    void mongoOutagePausesConsumptionAndLosesNothing() {
        String article = id("outage-article");
        int count = 20;
        OutageGuard guard = service.getBean(OutageGuard.class);

        for (int i = 0; i < count / 2; i++) {
            publish(TestEvents.indicator(id("outage-i" + i), article, i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(article) == count / 2);

        infrastructure.interruptMongo();
        for (int i = count / 2; i < count; i++) {
            publish(TestEvents.indicator(id("outage-i" + i), article, i));
        }
        await().atMost(Duration.ofSeconds(30)).until(guard::isPaused);

        infrastructure.restoreMongo();
        await().atMost(Duration.ofSeconds(60)).until(() -> !guard.isPaused() && stored(article) == count);

        List<ConsumerRecord<String, byte[]>> dead = KafkaClients.readAll(
                infrastructure.kafkaBootstrapServers(), Duration.ofSeconds(2), Topics.dlqOf(Topics.EVENTS_INDICATORS));
        assertThat(dead)
                .noneMatch(r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(article));
        assertThat(queries.counts()).isNotNull();
        Map<String, Object> any = queries.indicators(new EventQueries.IndicatorFilter(null, null, null, article, 5000))
                .get(0);
        assertThat(any).containsEntry("articleId", article);
    }

    /**
     * Issue 12, item 5: with MongoDB answering slowly, {@code /api/stats} did not answer within 5 s. Now a read over
     * its time limit is a 503 with Retry-After within a bounded time, health reports the store DEGRADED (still
     * served 200: nothing is restarted), and the events keep being stored at MongoDB's pace, none dead-lettered.
     */
    @Test
    void slowMongoBoundsTheReadApiIsReportedDegradedAndStillStoresEverything() throws Exception {
        String article = id("slow-article");
        int count = 3;
        OutageGuard guard = service.getBean(OutageGuard.class);
        infrastructure.slowMongo(Duration.ofMillis(1500));
        try {
            long started = System.nanoTime();
            HttpResponse<String> stats = get("/stats");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(stats.statusCode()).isEqualTo(503);
            assertThat(stats.headers().firstValue("Retry-After")).isPresent();
            assertThat(stats.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(took)
                    .as("answered within the read timeout plus one slow round trip")
                    .isLessThan(Duration.ofSeconds(4));

            HttpResponse<String> readiness = http.send(
                    HttpRequest.newBuilder(URI.create(health + "/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"DEGRADED\"");

            for (int i = 0; i < count; i++) {
                publish(TestEvents.indicator(id("slow-i" + i), article, i));
            }
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> storedDirectly(article) == count);
            assertThat(guard.isPaused()).as("slow is not an outage").isFalse();
        } finally {
            infrastructure.slowMongo(Duration.ZERO);
        }
        assertThat(get("/stats").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.send(
                                HttpRequest.newBuilder(URI.create(health + "/readiness"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .body()
                        .contains("\"status\":\"UP\""));
        List<ConsumerRecord<String, byte[]>> dead = KafkaClients.readAll(
                infrastructure.kafkaBootstrapServers(), Duration.ofSeconds(2), Topics.dlqOf(Topics.EVENTS_INDICATORS));
        assertThat(dead)
                .noneMatch(r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(article));
    }

    /** How many of the article's indicators are stored, read with no time limit (the read API's would expire). */
    private long storedDirectly(String articleId) {
        try (com.mongodb.client.MongoClient client =
                com.mongodb.client.MongoClients.create(infrastructure.mongoUri("store")
                        + (infrastructure.mongoUri("store").contains("?") ? "&" : "?") + "socketTimeoutMS=20000")) {
            return client.getDatabase("store")
                    .getCollection("indicator_observations")
                    .countDocuments(new org.bson.Document("articleId", articleId));
        }
    }

    /**
     * Issue 12, item 3: on the event topics a contentType header sent as raw bytes (kcat) was dead-lettered as
     * "Unknown type for contentType header value: class [B", a tombstone as a ClassCastException, and {@code [1,2,3]}
     * as "not valid JSON" (the JSON converter had turned it into three bytes).
     */
    @Test
    void deadLettersFromAnyProducerKeepTheirBytesAndNameTheRealReasonOnTheFirstFailure() {
        String article = id("foreign-article");
        IndicatorEvent next = TestEvents.indicator(id("foreign-i1"), article, 7);
        List<ForeignRecord> poison = ForeignRecords.poison();
        List<ForeignRecord> sent = new ArrayList<>(poison);
        sent.add(new ForeignRecord(
                "the next event",
                next.seriesKey().getBytes(StandardCharsets.UTF_8),
                TestEvents.JSON.write(next),
                List.of(),
                null));
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        double deadLetteredBefore = deadLettered(meters);
        try (KafkaConsumer<byte[], byte[]> dlq = ForeignRecords.consumer(
                infrastructure.kafkaBootstrapServers(), Topics.dlqOf(Topics.EVENTS_INDICATORS))) {
            ForeignRecords.send(infrastructure.kafkaBootstrapServers(), Topics.EVENTS_INDICATORS, 0, sent);

            // the next event stored is the positive signal: the partition is in order, so every poison record before
            // it was dead-lettered (the recoverer waits for the broker) before it was stored
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
                return stored(article) == 1
                        && poison.stream().allMatch(p -> dead.stream().anyMatch(r -> Arrays.equals(r.key(), p.key())));
            });

            for (ForeignRecord record : poison) {
                List<ConsumerRecord<byte[], byte[]>> letters = dead.stream()
                        .filter(r -> Arrays.equals(r.key(), record.key()))
                        .toList();
                assertThat(letters).as(record.name()).hasSize(1);
                assertThat(letters.get(0).value()).as(record.name()).isEqualTo(record.value());
                assertThat(KafkaClients.header(letters.get(0), Headers.DLQ_EXCEPTION))
                        .as(record.name())
                        .endsWith("InvalidEventException");
                assertThat(KafkaClients.header(letters.get(0), Headers.DLQ_REASON))
                        .as(record.name())
                        .contains(record.expectedReason());
                assertThat(KafkaClients.header(letters.get(0), Headers.DLQ_ORIGINAL_TOPIC))
                        .as(record.name())
                        .isEqualTo(Topics.EVENTS_INDICATORS);
            }
            assertThat(deadLettered(meters) - deadLetteredBefore).isEqualTo(poison.size());
        }
    }

    private static double deadLettered(MeterRegistry meters) {
        return meters.find("zonepulse.dlq.writes").tag("topic", Topics.EVENTS_INDICATORS).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    /**
     * Issue 12, item 4: client mistakes ({@code limit=0}, invalid percent-encoding) were logged at ERROR with stack
     * traces of 47 to 57 lines. Each is a 4xx naming the problem, logged as one WARN line; a path Tomcat itself
     * refuses as malformed never reaches the application and is answered 400 with nothing logged.
     */
    @Test
    void clientMistakesAre4xxWithOneWarnLineAndNoStackTrace(CapturedOutput output) throws Exception {
        Map<String, Integer> warnLinesOfMistake = Map.of(
                "/projects?limit=0", 1,
                "/indicators?limit=100000", 1,
                "/projects?limit=many", 1,
                "/indicators?region=%E4%B8", 1,
                "/projects/%E4%B8", 0,
                "/articles/%zz", 0);
        SoftAssertions softly = new SoftAssertions();
        warnLinesOfMistake.forEach((mistake, warnLines) -> {
            int before = output.getOut().length();
            int status = rawGetStatus(mistake);
            String logged = output.getOut().substring(before);
            softly.assertThat(status).as(mistake).isBetween(400, 499);
            softly.assertThat(logged).as(mistake).doesNotContain(" ERROR ").doesNotContain("\tat ");
            // the broker's clients log WARN lines of their own at any time; only the web layer's lines count here
            softly.assertThat(logged.lines()
                            .filter(line -> line.contains(" WARN "))
                            .filter(line -> !line.contains("o.a.k.") && !line.contains("org.apache.kafka")))
                    .as(mistake)
                    .hasSize(warnLines);
        });
        softly.assertAll();
    }

    /** While MongoDB is unreachable the read API answers 503 with Retry-After, as a problem detail; after, 200 again. */
    @Test
    void readApiAnswers503WithRetryAfterWhileMongoIsDown() throws Exception {
        infrastructure.interruptMongo();
        try {
            HttpResponse<String> down = get("/v1/stats");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(down.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            infrastructure.restoreMongo();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/v1/stats").statusCode() == 200);
    }

    /**
     * The OpenAPI description is generated from the controllers: it lists exactly the read API v1's endpoints, each
     * with exactly the parameters its handler reads.
     */
    @Test
    void openApiDescribesEveryV1EndpointWithItsParameters() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(api.replace("/api", "/v3/api-docs")))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Map<String, Object>> paths = com.jayway.jsonpath.JsonPath.read(response.body(), "$.paths");

        Map<String, java.util.Set<String>> served = new java.util.TreeMap<>();
        service.getBean(
                        "requestMappingHandlerMapping",
                        org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)
                .getHandlerMethods()
                .forEach((info, method) -> info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/v1/"))
                        .forEach(path -> {
                            java.util.Set<String> names = new java.util.TreeSet<>();
                            for (var parameter : method.getMethodParameters()) {
                                var query = parameter.getParameterAnnotation(
                                        org.springframework.web.bind.annotation.RequestParam.class);
                                var variable = parameter.getParameterAnnotation(
                                        org.springframework.web.bind.annotation.PathVariable.class);
                                if (query != null || variable != null) {
                                    parameter.initParameterNameDiscovery(
                                            new org.springframework.core.DefaultParameterNameDiscoverer());
                                    names.add(parameter.getParameterName());
                                }
                            }
                            served.put(path, names);
                        }));
        assertThat(served).isNotEmpty();
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(served.keySet());
        served.forEach((path, names) -> {
            List<String> documented = com.jayway.jsonpath.JsonPath.read(
                    response.body(), "$.paths['" + path + "'].get.parameters[*].name");
            assertThat(new java.util.TreeSet<>(documented)).as(path).isEqualTo(names);
            assertThat(com.jayway.jsonpath.JsonPath.<Object>read(
                            response.body(), "$.paths['" + path + "'].get.responses['200']"))
                    .as(path)
                    .isNotNull();
        });
    }

    /**
     * The status of a GET of {@code path} sent byte for byte as written: java.net.URI, and so the HTTP client, refuses
     * to send a malformed percent-encoding at all.
     */
    private int rawGetStatus(String path) {
        URI base = URI.create(api);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
