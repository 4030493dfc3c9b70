package zonepulse.ingest.publishing;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;

/**
 * Publishes through the output binding {@value #BINDING}, bound to {@code news.articles.raw} with {@code sync: false}:
 * the send returns once the producer has the record, and the broker's answer comes later. To hear it, each message
 * carries a {@link SendAcknowledgement} as its {@link KafkaIntegrationHeaders#FUTURE_TOKEN}, and the binding's
 * handler, told by {@link PublishingConfiguration} to hand its send futures to {@link #SEND_FUTURES}, gives the
 * acknowledgement the producer's future for that record (the token is no Kafka header: the handler removes it). The
 * ledger is written once that future completes, so only for articles on the topic.
 */
@Component
class KafkaArticlePublisher implements ArticlePublisher {
    static final String BINDING = "raw-out-0";

    /** Where the binding's handler sends each record's send future, with the token of the message it came from. */
    static final MessageChannel SEND_FUTURES = (message, timeout) -> {
        if (message.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN) instanceof SendAcknowledgement ack
                && message.getPayload() instanceof CompletableFuture<?> sent) {
            ack.follow(sent);
            return true;
        }
        return false;
    };

    private final StreamBridge streamBridge;
    private final RawArticleMessages messages;
    private final Clock clock;

    KafkaArticlePublisher(StreamBridge streamBridge, EventJson json, Clock clock) {
        this.streamBridge = streamBridge;
        this.messages = new RawArticleMessages(json);
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> send(RawArticle article) {
        SendAcknowledgement ack = new SendAcknowledgement();
        try {
            Message<byte[]> message = MessageBuilder.fromMessage(messages.messageOf(article, clock.instant()))
                    .setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, ack)
                    .build();
            if (!streamBridge.send(BINDING, message)) {
                ack.fail(new IllegalStateException(
                        "binding " + BINDING + " did not accept article " + article.articleId()));
            } else if (!ack.following()) {
                // without its future the article's fate is unknown: never claim it is on the topic
                ack.fail(new IllegalStateException("binding " + BINDING + " gave no send future for article "
                        + article.articleId() + ": its producer handler has no futures channel"));
            }
        } catch (RuntimeException e) {
            ack.fail(e);
        }
        return ack.acknowledged().exceptionallyCompose(e -> CompletableFuture.failedFuture(classify(article, e)));
    }

    /** A record too large for the topic is bad input; anything else is an outage. */
    private static Throwable classify(RawArticle article, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return new ArticleRejectedException(
                        "too-large: article " + article.articleId() + " is larger than the topic accepts ("
                                + t.getMessage() + ")",
                        failure);
            }
        }
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
    }
}
