package zonepulse.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rssHubSinaFinanceItemsCarryTheFullHtmlAndTheirMetadata() throws Exception {
        ParsedFeed feed = parser.parse(fixture("rsshub-sina-finance.xml"), "application/xml; charset=utf-8");

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("新浪财经－国内");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("北京经开区：前八个月规上工业总产值同比增三成");
        assertThat(first.link())
                .isEqualTo("https://finance.sina.com.cn/jjxw/2021-10-14/doc-iktzqtyu1385.shtml?utm_source=rsshub");
        assertThat(first.html()).isTrue();
        assertThat(first.fullContent()).isFalse();
        assertThat(first.content())
                .startsWith("<div class=\"article\"")
                .contains("3713.4亿元")
                .contains("<img");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2021-10-14T02:06:51Z"));
        assertThat(first.author()).isEqualTo("新浪财经");
        assertThat(first.categories()).containsExactly("金融", "新浪财经");
    }

    @Test
    void atomEntriesGiveContentAuthorCategoryAndDates() throws Exception {
        ParsedFeed feed = parser.parse(fixture("atom.xml"), "application/atom+xml");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        FeedItem first = feed.items().get(0);
        assertThat(first.link()).isEqualTo("https://www.sipac.gov.cn/news/2021/0720.html#top");
        assertThat(first.content()).isEqualTo("<p>苏州工业园区上半年实现地区生产总值1600亿元，同比增长12.5%。</p>");
        assertThat(first.html()).isTrue();
        assertThat(first.fullContent()).isTrue();
        assertThat(first.author()).isEqualTo("园区管委会");
        assertThat(first.categories()).containsExactly("经济");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2021-07-20T00:00:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.content()).isEqualTo("园区新签约项目12个。");
        assertThat(second.html()).isFalse();
        assertThat(second.fullContent()).isFalse();
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2021-07-21T08:00:00Z"));
    }

    @Test
    void jsonFeedItemsAreReadWithJackson() throws Exception {
        ParsedFeed feed = parser.parse(fixture("feed.json"), "application/feed+json");

        assertThat(feed.format()).isEqualTo("json-feed");
        FeedItem first = feed.items().get(0);
        assertThat(first.link()).isEqualTo("https://news.example.org/zones/2021-1001.html");
        assertThat(first.guid()).isEqualTo("2021-1001");
        assertThat(first.content()).contains("集成电路");
        assertThat(first.html()).isTrue();
        assertThat(first.fullContent()).isTrue();
        assertThat(first.author()).isEqualTo("开发区动态编辑部");
        assertThat(first.categories()).containsExactly("项目", "签约");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2021-10-01T02:00:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.content()).isEqualTo("摘要而已");
        assertThat(second.fullContent()).isFalse();
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2021-10-02T10:00:00Z"));
    }

    @Test
    void aGbkEncodedFeedIsReadByItsXmlDeclaration() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="GBK"?>
                <rss version="2.0"><channel><title>开发区</title>
                <item><title>经开区新闻</title><link>https://news.example.org/gbk.html</link>
                <description>规模以上工业总产值同比增长</description></item>
                </channel></rss>
                """;

        ParsedFeed feed = parser.parse(xml.getBytes(Charset.forName("GBK")), "text/xml");

        assertThat(feed.items().get(0).title()).isEqualTo("经开区新闻");
        assertThat(feed.items().get(0).content()).isEqualTo("规模以上工业总产值同比增长");
    }

    @Test
    void anExternalEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title>
                <item><title>x</title><description>&xxe;</description></item></channel></rss>
                """;

        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "application/rss+xml"))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\"?>\n<!-- lol -->\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10));
            xml.append("\">\n");
        }
        xml.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");

        assertThatThrownBy(() -> parser.parse(xml.toString().getBytes(StandardCharsets.UTF_8), "text/xml"))
                .isInstanceOf(FeedRefusedException.class);
    }

    @Test
    void romeAloneAlsoRefusesADoctype() throws Exception {
        // the same check one layer down: Rome is configured to disallow DOCTYPEs whatever our pre-check does
        com.rometools.rome.io.SyndFeedInput input = new com.rometools.rome.io.SyndFeedInput();
        input.setAllowDoctypes(false);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

        assertThatThrownBy(() -> input.build(new java.io.StringReader(xxe))).isInstanceOf(Exception.class);
    }

    @Test
    void aDoctypeInsideCdataContentIsNotMistakenForAHostileProlog() throws Exception {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>i</title>"
                + "<description><![CDATA[<!DOCTYPE html><html><body><p>正文</p></body></html>]]></description>"
                + "</item></channel></rss>";

        assertThat(parser.parse(xml.getBytes(StandardCharsets.UTF_8), "text/xml")
                        .items()
                        .get(0)
                        .content())
                .contains("正文");
    }

    @Test
    void malformedXmlAndNonFeedsAreRefused() {
        assertThatThrownBy(() -> parser.parse("<rss><channel>".getBytes(StandardCharsets.UTF_8), "text/xml"))
                .isInstanceOf(FeedRefusedException.class);
        assertThatThrownBy(() -> parser.parse("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageContaining("JSON Feed");
        assertThatThrownBy(() -> parser.parse(new byte[0], "text/xml")).isInstanceOf(FeedRefusedException.class);
    }
}
