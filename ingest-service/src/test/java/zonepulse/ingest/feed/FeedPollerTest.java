package zonepulse.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;
import zonepulse.ingest.testing.FixtureServer;
import zonepulse.ingest.testing.Sources;

class FeedPollerTest {
    private static final String SINA_1 = "https://finance.sina.com.cn/jjxw/2021-10-14/doc-iktzqtyu1385.shtml";
    private static final String SINA_2 = "https://finance.sina.com.cn/jjxw/2021-10-13/doc-iktzscyx9964.shtml";

    private final FixtureServer server = new FixtureServer();
    private final Sources sources = new Sources();

    @AfterEach
    void close() {
        server.close();
        sources.close();
    }

    private final FeedValidatorStore validators = FeedValidatorStore.inMemory();

    private FeedPoller poller(String path, FeedsProperties.PageFetch pages) {
        FeedsProperties.Feed feed = new FeedsProperties.Feed(
                "test-feed", URI.create(server.url(path)), Duration.ofMinutes(1), pages, 200, true);
        return new FeedPoller(
                feed,
                sources.fetcher,
                new FeedParser(),
                sources.pages,
                sources.ingester,
                sources.metrics,
                sources.board,
                validators);
    }

    @Test
    void aRestartedPollerPresentsTheSavedValidatorsAndFetchesNothingNew() {
        AtomicReference<byte[]> body = new AtomicReference<>(FeedParserTest.fixture("rsshub-sina-finance.xml"));
        AtomicReference<String> etag = new AtomicReference<>("\"1\"");
        serveWithEtag("/sina/finance", "application/xml; charset=utf-8", body, etag);

        poller("/sina/finance", FeedsProperties.PageFetch.SUMMARY_ONLY).poll();
        int published = sources.publisher.published().size();
        // a new poller, as after a restart, with the same validator store
        poller("/sina/finance", FeedsProperties.PageFetch.SUMMARY_ONLY).poll();

        assertThat(server.requests("/sina/finance").get(1).header("If-None-Match"))
                .isEqualTo("\"1\"");
        assertThat(sources.publisher.published()).hasSize(published);
    }

    /** Serves the body with an ETag, and 304 to a request that presents it. */
    private void serveWithEtag(
            String path, String contentType, AtomicReference<byte[]> body, AtomicReference<String> etag) {
        server.on(path, exchange -> {
            if (etag.get().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag.get());
            FixtureServer.send(exchange, 200, contentType, body.get());
        });
    }

    @Test
    void rssHubItemsArePublishedOnceWithTheirMetadataAndA304CostsNothing() {
        AtomicReference<byte[]> body = new AtomicReference<>(FeedParserTest.fixture("rsshub-sina-finance.xml"));
        AtomicReference<String> etag = new AtomicReference<>("\"1\"");
        serveWithEtag("/sina/finance", "application/xml; charset=utf-8", body, etag);
        FeedPoller poller = poller("/sina/finance", FeedsProperties.PageFetch.SUMMARY_ONLY);

        poller.poll();
        poller.poll();

        List<RawArticle> published = sources.publisher.published();
        assertThat(published).hasSize(2);
        RawArticle first = published.get(0);
        assertThat(first.articleId()).isEqualTo(Ids.articleId(SINA_1));
        assertThat(first.source().type()).isEqualTo(SourceType.FEED);
        assertThat(first.source().uri()).as("tracking parameters dropped").isEqualTo(SINA_1);
        assertThat(first.source().feed()).isEqualTo(server.url("/sina/finance"));
        assertThat(first.mediaType()).isEqualTo("text/html");
        assertThat(first.content()).contains("<p>").contains("规模以上工业总产值达3713.4亿元");
        assertThat(first.metadata().title()).isEqualTo("北京经开区：前八个月规上工业总产值同比增三成");
        assertThat(first.metadata().author()).isEqualTo("新浪财经");
        assertThat(first.metadata().categories()).containsExactly("金融", "新浪财经");
        assertThat(first.metadata().publishedAt()).isEqualTo(Instant.parse("2021-10-14T02:06:51Z"));
        assertThat(first.metadata().link()).isEqualTo(SINA_1 + "?utm_source=rsshub");
        assertThat(first.metadata().clusterId()).isEqualTo(first.articleId());
        assertThat(first.metadata().duplicateOf()).isNull();
        LedgerEntry entry = sources.ledger.entries().get(SINA_1);
        assertThat(entry.status()).isEqualTo(LedgerStatus.PUBLISHED);
        assertThat(entry.contentHash()).isEqualTo(first.contentHash());
        assertThat(sources.ledger.sourceOf(SINA_1)).isEqualTo("test-feed");
        assertThat(server.requests("/sina/finance").get(1).header("If-None-Match"))
                .isEqualTo("\"1\"");
        assertThat(sources.count("zonepulse.ingest.fetches", "source", "test-feed", "result", "not_modified"))
                .isEqualTo(1);
        assertThat(sources.count("zonepulse.ingest.items", "source", "test-feed", "outcome", "published"))
                .isEqualTo(2);
        assertThat(server.requests())
                .as("no page fetched: the items carry full HTML")
                .hasSize(2);
    }

    @Test
    void aChangedItemIsANewVersionOfTheSameArticleAndAnUnchangedOneIsNotRepublished() {
        byte[] original = FeedParserTest.fixture("rsshub-sina-finance.xml");
        AtomicReference<byte[]> body = new AtomicReference<>(original);
        AtomicReference<String> etag = new AtomicReference<>("\"1\"");
        serveWithEtag("/sina/finance", "application/xml; charset=utf-8", body, etag);
        FeedPoller poller = poller("/sina/finance", FeedsProperties.PageFetch.NEVER);
        poller.poll();

        body.set(new String(original, StandardCharsets.UTF_8)
                .replace("两年平均增长19.1%", "两年平均增长19.2%（更正）")
                .getBytes(StandardCharsets.UTF_8));
        etag.set("\"2\"");
        poller.poll();

        List<RawArticle> published = sources.publisher.published();
        assertThat(published).hasSize(3);
        assertThat(published.get(2).articleId()).isEqualTo(published.get(0).articleId());
        assertThat(published.get(2).contentHash()).isNotEqualTo(published.get(0).contentHash());
        assertThat(published.get(2).content()).contains("更正");
        assertThat(sources.ledger.entries().get(SINA_1).publishedCount()).isEqualTo(2);
        assertThat(sources.ledger.entries().get(SINA_2).publishedCount()).isEqualTo(1);
        assertThat(sources.count("zonepulse.ingest.items", "outcome", "duplicate"))
                .isEqualTo(1);
    }

    @Test
    void aSummaryOnlyItemIsPublishedWithItsGbkPageAndRobotsTxtIsHonoured() {
        server.onText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.onBody(
                "/news/gbk.html",
                "text/html",
                ("<html><head><meta charset=\"gbk\"><title>经开区</title></head><body><p>经开区2021年1-8月规模以上工业总产值3713.4亿元，同比增长31.9%。</p></body></html>")
                        .getBytes(Charset.forName("GBK")));
        server.onText("/feed.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
                  {"id": "1", "url": "%s", "title": "GBK 页面", "summary": "摘要"},
                  {"id": "2", "url": "%s", "title": "禁止抓取", "summary": "只有摘要可用"},
                  {"id": "3", "url": "%s", "title": "禁止且无摘要"}
                ]}
                """.formatted(
                        server.url("/news/gbk.html"), server.url("/private/a.html"), server.url("/private/b.html")));
        FeedPoller poller = poller("/feed.json", FeedsProperties.PageFetch.SUMMARY_ONLY);

        poller.poll();

        List<RawArticle> published = sources.publisher.published();
        assertThat(published).hasSize(2);
        assertThat(published.get(0).content()).contains("规模以上工业总产值3713.4亿元").contains("<meta charset=\"gbk\">");
        assertThat(published.get(0).mediaType()).isEqualTo("text/html");
        assertThat(published.get(1).content()).isEqualTo("只有摘要可用");
        assertThat(server.requests("/private/a.html")).isEmpty();
        assertThat(server.requests("/private/b.html")).isEmpty();
        LedgerEntry refused = sources.ledger.entries().get(server.url("/private/b.html"));
        assertThat(refused.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(refused.reason()).contains("robots-disallowed");
        assertThat(sources.ledger.sourceOf(server.url("/private/b.html"))).isEqualTo("test-feed");
        assertThat(sources.count("zonepulse.ingest.items", "outcome", "failed", "reason", "page robots-disallowed"))
                .isEqualTo(0); // reasons are tagged by code, never by free text
        assertThat(sources.count("zonepulse.ingest.items", "outcome", "failed")).isEqualTo(1);

        poller.poll();
        assertThat(server.requests("/news/gbk.html"))
                .as("a published page is not fetched again")
                .hasSize(1);
    }

    /**
     * Issue 12, item 4: a summary-only item whose page's host cannot be resolved was refused, and the feed's ETag kept,
     * so the item was never read again. It is retryable: recorded so, and the next poll reads the feed whole.
     */
    @Test
    void anItemWhosePageCannotBeHadForNowIsRetriedOnTheNextPoll() {
        String link = "https://unreachable.example.org/news/1.html";
        AtomicReference<byte[]> body = new AtomicReference<>("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
                  {"id": "1", "url": "%s", "title": "无摘要"}
                ]}
                """.formatted(link).getBytes(StandardCharsets.UTF_8));
        serveWithEtag("/feed.json", "application/feed+json", body, new AtomicReference<>("\"1\""));
        FeedPoller poller = poller("/feed.json", FeedsProperties.PageFetch.SUMMARY_ONLY);

        poller.poll();
        poller.poll();

        LedgerEntry entry = sources.ledger.entries().get(link);
        assertThat(entry.status()).isEqualTo(LedgerStatus.RETRYABLE);
        assertThat(entry.reason()).contains("unknown-host");
        assertThat(server.requests("/feed.json"))
                .as("the feed is read whole again, not asked whether it changed")
                .hasSize(2)
                .allSatisfy(
                        request -> assertThat(request.header("If-None-Match")).isNull());
        assertThat(sources.board.statuses().get(0).lastStatus()).isEqualTo("retryable");
    }

    @Test
    void aHostileFeedIsRefusedAndRecordedWithItsReason() {
        server.onText("/evil.xml", "application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
                """);
        FeedPoller poller = poller("/evil.xml", FeedsProperties.PageFetch.NEVER);

        poller.poll();

        assertThat(sources.publisher.published()).isEmpty();
        LedgerEntry entry = sources.ledger.entries().get(server.url("/evil.xml"));
        assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(entry.reason()).contains("DOCTYPE");
        assertThat(sources.board.statuses().get(0).lastStatus()).isEqualTo("refused");
    }

    @Test
    void anOutageMidFeedLosesNothing() {
        AtomicReference<byte[]> body = new AtomicReference<>(FeedParserTest.fixture("rsshub-sina-finance.xml"));
        AtomicReference<String> etag = new AtomicReference<>("\"1\"");
        serveWithEtag("/sina/finance", "application/xml; charset=utf-8", body, etag);
        FeedPoller poller = poller("/sina/finance", FeedsProperties.PageFetch.NEVER);

        sources.publisher.down(true);
        poller.poll();
        assertThat(sources.publisher.published()).isEmpty();
        assertThat(sources.ledger.entries()).isEmpty();
        assertThat(sources.board.statuses().get(0).lastStatus()).isEqualTo("outage");

        sources.publisher.down(false);
        poller.poll();

        assertThat(server.requests("/sina/finance").get(1).header("If-None-Match"))
                .as("the validators are kept only once every item is published")
                .isNull();
        assertThat(sources.publisher.published()).hasSize(2);
        assertThat(sources.ledger.entries()).containsKeys(SINA_1, SINA_2);
    }

    @Test
    void theSameStorySyndicatedWithOtherBoilerplateSharesACluster() {
        String story = "北京经开区公布了今年1-8月份经济发展数据，规模以上工业总产值达3713.4亿元，同比去年增长31.9%，两年平均增长19.1%。"
                + "其中，高技术制造业实现产值1580.6亿元，同比增长56.2%，占全区规上工业总产值的比重达到42.6%。"
                + "战略性新兴产业实现产值1990.2亿元，同比增长45.3%。固定资产投资同比增长12.4%，其中工业投资增长23.5%。"
                + "经开区相关负责人表示，下一步将继续围绕新一代信息技术、高端汽车和新能源智能汽车、生物技术和大健康、机器人和智能制造四大主导产业，"
                + "加快重大项目落地，推动产业链上下游协同发展，确保全年目标任务顺利完成。今年以来，经开区累计签约项目86个，总投资超过900亿元。"
                + "智飞绿竹生物制药产业化基地项目已开工建设，项目总投资近16.2亿元，建成后将形成年产多种疫苗的生产能力。";
        server.onText("/feed.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "items": [
                  {"id": "a", "url": "https://a.example.org/1.html", "content_html": "<div class='a'><p>%s</p><p>来源：新浪财经</p></div>"},
                  {"id": "b", "url": "https://b.example.org/x/2.html", "content_html": "<article><p>%s</p><footer>责任编辑：张三</footer></article>"},
                  {"id": "c", "url": "https://c.example.org/3.html", "content_html": "<p>合肥高新区与某公司签约，总投资50亿元的集成电路项目落地，项目将于明年开工建设，预计三年内投产。</p>"}
                ]}
                """.formatted(story, story));
        FeedPoller poller = poller("/feed.json", FeedsProperties.PageFetch.NEVER);

        poller.poll();

        List<RawArticle> published = sources.publisher.published();
        assertThat(published).hasSize(3);
        String a = Ids.articleId("https://a.example.org/1.html");
        assertThat(published.get(1).metadata().clusterId()).isEqualTo(a);
        assertThat(published.get(1).metadata().duplicateOf()).isEqualTo(a);
        assertThat(published.get(2).metadata().clusterId())
                .isEqualTo(published.get(2).articleId());
        assertThat(published.get(2).metadata().duplicateOf()).isNull();
        assertThat(sources.count("zonepulse.ingest.items", "outcome", "near_duplicate"))
                .isEqualTo(1);
    }
}
