package zonepulse.ingest.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.CloudEvent;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;

/** The Kafka record of a raw article as the contract describes it: key, CloudEvents headers, JSON body. */
final class RawArticleMessages {
    /** The CloudEvents source of everything ingest-service produces. */
    static final String CE_SOURCE = "/zonepulse/ingest-service";

    private final EventJson json;

    RawArticleMessages(EventJson json) {
        this.json = json;
    }

    /**
     * The message for one article. ce_id is the article id and content hash, so a version re-sent after an outage
     * carries the id it had the first time and consumers recognise it.
     */
    Message<byte[]> messageOf(RawArticle article, Instant producedAt) {
        CloudEvent cloudEvent = new CloudEvent(
                article.articleId() + ":" + article.contentHash(),
                CE_SOURCE,
                CloudEvent.typeOf(RawArticle.SCHEMA),
                producedAt,
                article.articleId());
        return MessageBuilder.withPayload(json.write(article))
                .copyHeaders(cloudEvent.headers())
                // the binder's key serializer is the byte-array one, so the key goes as its UTF-8 bytes
                .setHeader(KafkaHeaders.KEY, article.articleId().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
