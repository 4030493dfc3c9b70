package zonepulse.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandlingException;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

/** How a failed send is told apart: an article the broker refuses is bad input, anything else an outage. */
class KafkaArticlePublisherTest {
    private final StreamBridge bridge = mock(StreamBridge.class);
    private final KafkaArticlePublisher publisher = new KafkaArticlePublisher(
            bridge, new EventJson(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final RawArticle article = RawArticle.of(
            new ArticleSource(SourceType.FILE, "file:///drop/a.txt", null),
            Instant.parse("2026-01-01T00:00:00Z"),
            "text/plain",
            "正文",
            ArticleMetadata.empty());

    @Test
    void aRecordTooLargeIsARejectedArticle() {
        when(bridge.send(anyString(), any(Message.class)))
                .thenThrow(new MessageHandlingException(
                        mock(Message.class), "send failed", new RecordTooLargeException("over max.request.size")));

        assertThatThrownBy(() -> publisher.publish(article))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageStartingWith("too-large")
                .hasMessageContaining(article.articleId());
    }

    @Test
    void aTimeoutIsAnOutage() {
        when(bridge.send(anyString(), any(Message.class)))
                .thenThrow(new MessageHandlingException(
                        mock(Message.class), "send failed", new TimeoutException("no broker")));

        assertThatThrownBy(() -> publisher.publish(article))
                .isInstanceOf(MessageHandlingException.class)
                .isNotInstanceOf(ArticleRejectedException.class);
    }
}
