package zonepulse.ingest.publishing;

import java.time.Clock;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;

/**
 * Publishes through the output binding {@value #BINDING}, which the configuration binds to
 * {@code news.articles.raw} with {@code sync: true}: the send waits for the broker's acknowledgement and throws when
 * there is none, so the ledger is written only for articles that are on the topic.
 */
@Component
class KafkaArticlePublisher implements ArticlePublisher {
    static final String BINDING = "raw-out-0";

    private final StreamBridge streamBridge;
    private final RawArticleMessages messages;
    private final Clock clock;

    KafkaArticlePublisher(StreamBridge streamBridge, EventJson json, Clock clock) {
        this.streamBridge = streamBridge;
        this.messages = new RawArticleMessages(json);
        this.clock = clock;
    }

    @Override
    public void publish(RawArticle article) {
        boolean accepted;
        try {
            accepted = streamBridge.send(BINDING, messages.messageOf(article, clock.instant()));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RecordTooLargeException) {
                    throw new ArticleRejectedException(
                            "too-large: article " + article.articleId() + " is larger than the topic accepts ("
                                    + t.getMessage() + ")",
                            e);
                }
            }
            throw e;
        }
        if (!accepted) {
            throw new IllegalStateException("binding " + BINDING + " did not accept article " + article.articleId());
        }
    }
}
