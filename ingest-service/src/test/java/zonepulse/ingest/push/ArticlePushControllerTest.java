package zonepulse.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;
import zonepulse.ingest.testing.FixtureServer;
import zonepulse.ingest.testing.Sources;

class ArticlePushControllerTest {
    private static final String KEY = "push-key-0123456789abcdef";

    private final Sources sources = new Sources();
    private final FixtureServer server = new FixtureServer();
    private final ArticlePushController controller = new ArticlePushController(
            new PushProperties(List.of(KEY), DataSize.ofKilobytes(64)),
            sources.ingester,
            sources.pages,
            sources.metrics,
            sources.board);

    @AfterEach
    void close() {
        server.close();
        sources.close();
    }

    private static MockHttpServletRequest request(String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles");
        request.setContentType(contentType);
        request.setContent(body);
        request.addHeader("Authorization", "Bearer " + KEY);
        return request;
    }

    private static MockHttpServletRequest json(String body) {
        return request("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withNoKeyConfiguredEveryPushIsUnauthorised() {
        ArticlePushController closed = new ArticlePushController(
                new PushProperties(List.of(), DataSize.ofKilobytes(64)),
                sources.ingester,
                sources.pages,
                sources.metrics,
                sources.board);

        ResponseEntity<Map<String, Object>> response = closed.push(json("{\"content\": \"x\"}"));

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody().get("error").toString()).contains("api-keys");
        assertThat(sources.publisher.published()).isEmpty();
    }

    @Test
    void anOutageAnswers503AndPublishesNothingThenTheRetryIsPublished() {
        String body = "{\"url\": \"https://news.example.org/a.html\", \"content\": \"<p>经开区新闻</p>\"}";
        sources.publisher.down(true);

        ResponseEntity<Map<String, Object>> during = controller.push(json(body));
        sources.publisher.down(false);
        ResponseEntity<Map<String, Object>> after = controller.push(json(body));

        assertThat(during.getStatusCode().value()).isEqualTo(503);
        assertThat(during.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(after.getStatusCode().value()).isEqualTo(202);
        assertThat(sources.publisher.published()).hasSize(1);
        assertThat(sources.ledger
                        .entries()
                        .get("https://news.example.org/a.html")
                        .status())
                .isEqualTo(LedgerStatus.PUBLISHED);
    }

    /**
     * Issue 12, item 2: a refusal overwrote the ledger's record of the published version, so the same content pushed
     * again after it was published a second time.
     */
    @Test
    void thePublishedContentPushedAgainAfterARefusalIsUnchanged() {
        String url = "https://news.example.org/zones/1.html";
        String valid = "{\"url\": \"" + url + "\", \"publishedAt\": \"2021-10-01T10:00:00+08:00\","
                + " \"content\": \"<p>合肥高新区项目签约</p>\"}";
        String badDate =
                "{\"url\": \"" + url + "\", \"publishedAt\": \"garbage\"," + " \"content\": \"<p>合肥高新区项目签约</p>\"}";

        ResponseEntity<Map<String, Object>> first = controller.push(json(valid));
        ResponseEntity<Map<String, Object>> refused = controller.push(json(badDate));
        ResponseEntity<Map<String, Object>> again = controller.push(json(valid));

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(first.getBody().get("status")).isEqualTo("published");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(again.getStatusCode().value()).isEqualTo(202);
        assertThat(again.getBody().get("status")).isEqualTo("unchanged");
        assertThat(again.getBody().get("contentHash")).isEqualTo(first.getBody().get("contentHash"));
        assertThat(sources.publisher.published()).hasSize(1);
        LedgerEntry entry = sources.ledger.entries().get(url);
        assertThat(entry.contentHash()).isEqualTo(first.getBody().get("contentHash"));
        assertThat(entry.publishedCount()).isEqualTo(1);
    }

    @Test
    void aSubmittedUrlIsFetchedAsAPage() {
        server.onBody(
                "/news/gbk.html",
                "text/html; charset=GBK",
                "<html><body><p>智飞绿竹生物制药产业化基地项目开工</p></body></html>".getBytes(Charset.forName("GBK")));
        String url = server.url("/news/gbk.html");

        ResponseEntity<Map<String, Object>> response =
                controller.push(json("{\"url\": \"" + url + "\", \"title\": \"开工\"}"));

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        assertThat(response.getBody().get("articleId")).isEqualTo(Ids.articleId(url));
        RawArticle article = sources.publisher.published().get(0);
        assertThat(article.content()).contains("智飞绿竹生物制药产业化基地项目开工");
        assertThat(article.metadata().title()).isEqualTo("开工");
    }

    @Test
    void aSubmittedUrlDisallowedByRobotsTxtIsRefusedAndRecorded() {
        server.onText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
        String url = server.url("/news/1.html");

        ResponseEntity<Map<String, Object>> response = controller.push(json("{\"url\": \"" + url + "\"}"));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(server.requests("/news/1.html")).isEmpty();
        assertThat(sources.ledger.entries().get(url).reason()).contains("robots-disallowed");
        assertThat(sources.ledger.sourceOf(url)).isEqualTo("push");
    }

    /**
     * Issue 12, item 4: a URL whose host cannot be resolved was refused with 422 "robots.txt disallows", a permanent
     * answer for what is only "not now".
     */
    @Test
    void aSubmittedUrlWhoseHostCannotBeResolvedIsRetryableNotRefused() {
        String url = "https://no-such-host.example.org/news/1.html";

        ResponseEntity<Map<String, Object>> response = controller.push(json("{\"url\": \"" + url + "\"}"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(Long.parseLong(response.getHeaders().getFirst("Retry-After")))
                .isPositive();
        assertThat(response.getBody().get("error").toString())
                .contains("unknown-host")
                .doesNotContain("disallow");
        LedgerEntry entry = sources.ledger.entries().get(url);
        assertThat(entry.status()).isEqualTo(LedgerStatus.RETRYABLE);
        assertThat(entry.reason()).contains("unknown-host");
        assertThat(sources.publisher.published()).isEmpty();
    }

    /** Issue 12, item 4: an unreachable robots.txt means "not now" (RFC 9309 2.3.1.4), not a refusal. */
    @Test
    void aSubmittedUrlWhoseRobotsTxtIsUnreachableIsRetryable() {
        server.on("/robots.txt", exchange -> FixtureServer.send(exchange, 503, "text/plain", new byte[0]));
        String url = server.url("/news/2.html");

        ResponseEntity<Map<String, Object>> response = controller.push(json("{\"url\": \"" + url + "\"}"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isNotNull();
        assertThat(server.requests("/news/2.html")).isEmpty();
        assertThat(sources.ledger.entries().get(url).status()).isEqualTo(LedgerStatus.RETRYABLE);
    }

    @Test
    void aGbkBodyIsDecodedAndUndecodableBytesAreRefusedAndRecorded() {
        MockHttpServletRequest gbk =
                request("text/plain; charset=GBK", "经开区规模以上工业总产值3713.4亿元".getBytes(Charset.forName("GBK")));
        MockHttpServletRequest binary = request(
                "text/plain",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0x80, 0, 1, 2});

        assertThat(controller.push(gbk).getStatusCode().value()).isEqualTo(202);
        ResponseEntity<Map<String, Object>> refused = controller.push(binary);

        assertThat(sources.publisher.published().get(0).content()).isEqualTo("经开区规模以上工业总产值3713.4亿元");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(sources.ledger.entries().values()).anySatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
            assertThat(entry.reason()).startsWith("undecodable");
        });
    }
}
