package zonepulse.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

class RawArticleMessagesTest {
    private static final EventJson JSON = new EventJson();

    @Test
    void keyHeadersAndBodyFollowTheContract() {
        Instant fetchedAt = Instant.parse("2026-11-22T19:00:00Z");
        Instant producedAt = Instant.parse("2026-11-22T19:00:01Z");
        RawArticle article = RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///drop/a.txt", null),
                fetchedAt,
                "text/plain",
                "经开区新闻",
                ArticleMetadata.empty());

        Message<byte[]> message = new RawArticleMessages(JSON).messageOf(article, producedAt);

        assertThat(message.getHeaders().get(KafkaHeaders.KEY))
                .isEqualTo(article.articleId().getBytes(StandardCharsets.UTF_8));
        assertThat(message.getHeaders())
                .containsEntry(Headers.CE_SPECVERSION, "1.0")
                .containsEntry(Headers.CE_ID, article.articleId() + ":" + article.contentHash())
                .containsEntry(Headers.CE_SOURCE, "/zonepulse/ingest-service")
                .containsEntry(Headers.CE_TYPE, "io.zonepulse.raw-article.v1")
                .containsEntry(Headers.CE_TIME, "2026-11-22T19:00:01Z")
                .containsEntry(Headers.CE_SUBJECT, article.articleId())
                .containsEntry(Headers.CONTENT_TYPE, "application/json");
        assertThat(JSON.read(message.getPayload(), RawArticle.class)).isEqualTo(article);
    }
}
