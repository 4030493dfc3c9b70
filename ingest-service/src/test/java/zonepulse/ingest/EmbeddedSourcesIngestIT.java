package zonepulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.EventJson;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.ingest.testing.FixtureServer;
import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;
import zonepulse.stack.KafkaClients;

/**
 * Feeds and push end to end on an in-process KRaft broker and mongo-java-server: a feed served on 127.0.0.1 by the
 * test, polled by a running ingest-service; pushes over its HTTP API; records read back from {@code news.articles.raw},
 * ledger entries from MongoDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedSourcesIngestIT {
    private static final String DATABASE = "zonepulse_sources_it";
    private static final String API_KEY = "test-key-0123456789abcdef";
    private static final String SINA_1 = "https://finance.sina.com.cn/jjxw/2021-10-14/doc-iktzqtyu1385.shtml";
    private static final String SINA_2 = "https://finance.sina.com.cn/jjxw/2021-10-13/doc-iktzscyx9964.shtml";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventJson json = new EventJson();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final FixtureServer server = new FixtureServer();

    private Infrastructure infrastructure;
    private ConfigurableApplicationContext application;
    private KafkaConsumer<String, byte[]> consumer;
    private MongoClient mongo;
    private MongoCollection<Document> ledger;
    private Path drop;
    private String api;

    @BeforeAll
    void start() throws Exception {
        byte[] feed = Files.readAllBytes(
                Path.of(getClass().getResource("/feeds/rsshub-sina-finance.xml").toURI()));
        server.on("/sina/finance", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            FixtureServer.send(exchange, 200, "application/xml; charset=utf-8", feed);
        });
        infrastructure = EmbeddedInfrastructure.start(2, Topics.ARTICLES_RAW);
        drop = Files.createTempDirectory("zonepulse-drop-");
        application = IngestApplication.application()
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + infrastructure.mongoUri(DATABASE),
                        "--zonepulse.ingest.drop-folder.directory=" + drop,
                        "--zonepulse.ingest.feeds[0].name=sina-finance",
                        "--zonepulse.ingest.feeds[0].url=" + server.url("/sina/finance"),
                        "--zonepulse.ingest.feeds[0].poll-interval=300ms",
                        "--zonepulse.ingest.feeds[0].fetch-pages=never",
                        "--zonepulse.ingest.fetch.allowed-hosts=127.0.0.1",
                        "--zonepulse.ingest.push.api-keys=" + API_KEY,
                        "--zonepulse.ingest.push.max-body-size=64KB",
                        "--resilience4j.ratelimiter.configs.fetch-host.limit-for-period=100");
        api = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
        consumer = KafkaClients.fromBeginning(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES_RAW);
        mongo = MongoClients.create(infrastructure.mongoUri(DATABASE));
        ledger = mongo.getDatabase(DATABASE).getCollection("ingest_ledger");
    }

    @AfterAll
    void stop() {
        if (consumer != null) {
            consumer.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (application != null) {
            application.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
        server.close();
        if (drop != null) {
            FileSystemUtils.deleteRecursively(drop.toFile());
        }
    }

    @Test
    void feedItemsArePublishedOnceWithTheirMetadataAndRecordedInTheLedger() throws Exception {
        RawArticle first =
                json.read(awaitRecords(Ids.articleId(SINA_1), 1).get(0).value(), RawArticle.class);
        awaitRecords(Ids.articleId(SINA_2), 1);

        assertThat(first.source().type()).isEqualTo(SourceType.FEED);
        assertThat(first.source().uri()).isEqualTo(SINA_1);
        assertThat(first.source().feed()).isEqualTo(server.url("/sina/finance"));
        assertThat(first.mediaType()).isEqualTo("text/html");
        assertThat(first.content()).contains("规模以上工业总产值达3713.4亿元");
        assertThat(first.metadata().title()).isEqualTo("北京经开区：前八个月规上工业总产值同比增三成");
        assertThat(first.metadata().publishedAt()).isEqualTo(Instant.parse("2021-10-14T02:06:51Z"));
        assertThat(first.metadata().categories()).containsExactly("金融", "新浪财经");
        assertThat(first.metadata().clusterId()).isEqualTo(first.articleId());
        await().atMost(TIMEOUT).untilAsserted(() -> {
            Document entry = ledger.find(Filters.eq("_id", SINA_1)).first();
            assertThat(entry).isNotNull();
            assertThat(entry.getString("status")).isEqualTo("published");
            assertThat(entry.getString("source")).isEqualTo("sina-finance");
            assertThat(entry.getString("contentHash")).isEqualTo(first.contentHash());
        });

        // later polls are conditional and answered 304: nothing more is published
        await().atMost(TIMEOUT)
                .until(() -> server.requests("/sina/finance").stream()
                                .filter(r -> "\"v1\"".equals(r.header("If-None-Match")))
                                .count()
                        >= 2);
        assertThat(recordsWithKey(Ids.articleId(SINA_1))).hasSize(1);
        assertThat(recordsWithKey(Ids.articleId(SINA_2))).hasSize(1);

        io.micrometer.core.instrument.MeterRegistry meters =
                application.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(meters.find("zonepulse.ingest.items")
                        .tags("source", "sina-finance", "outcome", "published")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(meters.find("zonepulse.ingest.fetches")
                        .tags("source", "sina-finance", "result", "not_modified")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(2);
        assertThat(meters.find("zonepulse.ingest.fetch.latency")
                        .tags("source", "sina-finance")
                        .timer()
                        .count())
                .isGreaterThanOrEqualTo(3);
        assertThat(meters.find("zonepulse.ingest.articles")
                        .tags("source", "feed", "outcome", "published")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(meters.find("resilience4j.circuitbreaker.state")
                        .tag("name", "fetch:127.0.0.1")
                        .gauges())
                .isNotEmpty();

        JsonNode sources = mapper.readTree(get("/api/sources").body());
        JsonNode sina = null;
        for (JsonNode source : sources) {
            if (source.path("name").asString().equals("sina-finance")) {
                sina = source;
            }
        }
        assertThat(sina).isNotNull();
        assertThat(sina.path("type").asString()).isEqualTo("feed");
        assertThat(sina.path("published").asLong()).isEqualTo(2);
        assertThat(sina.path("itemsSeen").asLong()).isEqualTo(2);
        assertThat(sina.path("lastStatus").asString()).isIn("ok", "not-modified");
        assertThat(sina.path("circuitState").asString()).isEqualTo("CLOSED");
        // issue 12, item 1: the drop folder is a source like the others, with its row
        assertThat(sources)
                .filteredOn(source -> source.path("name").asString().equals("drop-folder"))
                .singleElement()
                .satisfies(dropFolder -> {
                    assertThat(dropFolder.path("type").asString()).isEqualTo("drop-folder");
                    assertThat(dropFolder.path("url").asString()).startsWith("file:");
                });
    }

    @Test
    void aPushWithoutTheApiKeyIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(api + "/api/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"未授权\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongKey =
                push("application/json", "{\"content\": \"未授权\"}", "wrong-key-0123456789", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(recordsWithKey(Ids.articleId("urn:zonepulse:push:" + Ids.sha256Hex("未授权"))))
                .isEmpty();
    }

    @Test
    void aJsonPushIsAcceptedOnceAndIsIdempotent() throws Exception {
        String url = "https://news.example.org/zones/push-1.html?utm_campaign=x";
        String body = """
                {"url": "%s", "title": "合肥高新区项目签约", "publishedAt": "2021-10-01T10:00:00+08:00",
                 "content": "<p>合肥高新区与某公司签约，总投资50亿元的集成电路项目落地。</p>", "categories": ["项目"]}
                """.formatted(url);
        String articleId = Ids.articleId("https://news.example.org/zones/push-1.html");

        HttpResponse<String> first = push("application/json", body, API_KEY, Map.of());
        HttpResponse<String> again = push("application/json", body, API_KEY, Map.of());

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(mapper.readTree(first.body()).path("articleId").asString()).isEqualTo(articleId);
        assertThat(mapper.readTree(first.body()).path("status").asString()).isEqualTo("published");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(mapper.readTree(again.body()).path("articleId").asString()).isEqualTo(articleId);
        assertThat(mapper.readTree(again.body()).path("status").asString()).isEqualTo("unchanged");
        RawArticle article = json.read(awaitRecords(articleId, 1).get(0).value(), RawArticle.class);
        assertThat(article.source().type()).isEqualTo(SourceType.HTTP);
        assertThat(article.metadata().title()).isEqualTo("合肥高新区项目签约");
        assertThat(article.metadata().publishedAt()).isEqualTo(Instant.parse("2021-10-01T02:00:00Z"));
        assertThat(article.metadata().link()).isEqualTo(url);
        assertThat(article.mediaType()).isEqualTo("text/html");
        Thread.sleep(500);
        assertThat(recordsWithKey(articleId)).hasSize(1);
        assertThat(ledger.find(Filters.eq("_id", "https://news.example.org/zones/push-1.html"))
                        .first()
                        .getString("source"))
                .isEqualTo("push");
    }

    @Test
    void aRawTextPushWithoutUrlIsNamedByItsContent() throws Exception {
        String text = "经开区2021年1-8月规模以上工业总产值3713.4亿元，同比增长31.9%。";
        String articleId = Ids.articleId("urn:zonepulse:push:" + Ids.sha256Hex(text));

        HttpResponse<String> first = push(
                "text/plain; charset=utf-8",
                text,
                API_KEY,
                Map.of("X-Article-Title", java.net.URLEncoder.encode("统计快报", StandardCharsets.UTF_8)));
        HttpResponse<String> again = push("text/plain; charset=utf-8", text, API_KEY, Map.of());

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(mapper.readTree(first.body()).path("articleId").asString()).isEqualTo(articleId);
        assertThat(mapper.readTree(again.body()).path("articleId").asString()).isEqualTo(articleId);
        RawArticle article = json.read(awaitRecords(articleId, 1).get(0).value(), RawArticle.class);
        assertThat(article.content()).isEqualTo(text);
        assertThat(article.mediaType()).isEqualTo("text/plain");
        assertThat(article.metadata().title()).isEqualTo("统计快报");
    }

    @Test
    void oversizedAndMalformedPushesAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> tooLarge = push("text/plain", "大".repeat(30_000), API_KEY, Map.of());
        HttpResponse<String> badJson = push("application/json", "{not json", API_KEY, Map.of());
        HttpResponse<String> badUrl =
                push("application/json", "{\"url\": \"file:///etc/passwd\", \"content\": \"x\"}", API_KEY, Map.of());
        HttpResponse<String> badType = push("application/pdf", "%PDF", API_KEY, Map.of());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("too-large");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("invalid-url");
        assertThat(badType.statusCode()).isEqualTo(415);
    }

    private HttpResponse<String> push(String contentType, String body, String key, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + "/api/articles"))
                .header("Content-Type", contentType)
                .header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(api + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> recordsWithKey(key).size() >= count);
        return recordsWithKey(key);
    }

    private List<ConsumerRecord<String, byte[]>> recordsWithKey(String key) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }
}
