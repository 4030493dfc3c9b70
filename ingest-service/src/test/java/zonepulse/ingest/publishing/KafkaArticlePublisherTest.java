package zonepulse.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.kafka.KafkaException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

/**
 * When a send counts as acknowledged, and how a failed one is told apart: an article the broker refuses is bad
 * input, anything else an outage. The binding's handler is played by the mocked bridge, which hands the producer's
 * future to {@link KafkaArticlePublisher#SEND_FUTURES} as the handler does.
 */
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
    void anArticleIsAcknowledgedWhenTheProducersFutureCompletesNotBefore() {
        CompletableFuture<Object> producer = new CompletableFuture<>();
        handlerHandsBack(producer);

        CompletableFuture<Void> acknowledged = publisher.send(article);

        assertThat(acknowledged).isNotDone();
        producer.complete("metadata");
        assertThat(acknowledged).isCompleted();
    }

    @Test
    void aRecordTooLargeThrownByTheSendIsARejectedArticle() {
        when(bridge.send(anyString(), any(Message.class)))
                .thenThrow(new MessageHandlingException(
                        mock(Message.class), "send failed", new RecordTooLargeException("over max.request.size")));

        assertThat(failureOf(publisher.send(article)))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageStartingWith("too-large")
                .hasMessageContaining(article.articleId());
    }

    @Test
    void aRecordTooLargeReportedByTheProducerIsARejectedArticle() {
        CompletableFuture<Object> producer = new CompletableFuture<>();
        handlerHandsBack(producer);

        CompletableFuture<Void> acknowledged = publisher.send(article);
        producer.completeExceptionally(
                new KafkaException("send failed", new RecordTooLargeException("over the topic's max.message.bytes")));

        assertThat(failureOf(acknowledged))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageStartingWith("too-large");
    }

    @Test
    void aTimeoutIsAnOutage() {
        CompletableFuture<Object> producer = new CompletableFuture<>();
        handlerHandsBack(producer);

        CompletableFuture<Void> acknowledged = publisher.send(article);
        producer.completeExceptionally(new KafkaException("send failed", new TimeoutException("no broker")));

        assertThat(failureOf(acknowledged))
                .isInstanceOf(KafkaException.class)
                .isNotInstanceOf(ArticleRejectedException.class);
    }

    @Test
    void aSendThatThrowsIsAnOutage() {
        when(bridge.send(anyString(), any(Message.class)))
                .thenThrow(new MessageHandlingException(
                        mock(Message.class), "send failed", new TimeoutException("no broker")));

        assertThat(failureOf(publisher.send(article)))
                .isInstanceOf(MessageHandlingException.class)
                .isNotInstanceOf(ArticleRejectedException.class);
    }

    /** A handler without the futures channel would leave the article's fate unknown: it is never acknowledged. */
    @Test
    void aSendWithoutItsFutureIsNeverTakenForAcknowledged() {
        when(bridge.send(eq(KafkaArticlePublisher.BINDING), any(Message.class))).thenReturn(true);

        assertThat(failureOf(publisher.send(article)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no send future");
    }

    /** What the binding's handler does with a message that carries a future token. */
    private void handlerHandsBack(CompletableFuture<Object> producer) {
        when(bridge.send(eq(KafkaArticlePublisher.BINDING), any(Message.class))).thenAnswer(invocation -> {
            Message<?> message = invocation.getArgument(1);
            Object token = message.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN);
            assertThat(token).isNotNull();
            return KafkaArticlePublisher.SEND_FUTURES.send(MessageBuilder.withPayload(producer)
                    .setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, token)
                    .build());
        });
    }

    private static Throwable failureOf(CompletableFuture<Void> future) {
        assertThat(future).isCompletedExceptionally();
        try {
            future.get();
            throw new AssertionError("not failed");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
