package zonepulse.extract.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.CloudEvent;
import zonepulse.events.ContractViolationException;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;

/**
 * The extract-service's business logic: one raw article in; its indicator and project events sent to the
 * {@link EventSink}, and the extracted-article summary returned. Run inside a Kafka transaction by the binder, so
 * the events, the summary and the consumed offset commit together or not at all.
 */
public final class ExtractArticleFunction implements Function<Message<byte[]>, Message<byte[]>> {
    static final String CE_SOURCE = "/zonepulse/extract-service";
    private static final Logger log = LoggerFactory.getLogger(ExtractArticleFunction.class);

    private final Extractor extractor;
    private final EventJson json;
    private final EventSink sink;
    private final Clock clock;

    public ExtractArticleFunction(Extractor extractor, EventJson json, EventSink sink, Clock clock) {
        this.extractor = extractor;
        this.json = json;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Extracts one article. A poison article (it breaks the contract, or the engine refuses it) is sent to
     * {@link Topics#ARTICLES_RAW_DLQ} with the reason, inside the same transaction as the consumed offset, and
     * yields no summary (null: the binder sends nothing); the partition moves on.
     */
    @Override
    public Message<byte[]> apply(Message<byte[]> message) {
        try {
            return extract(message);
        } catch (PoisonArticleException e) {
            deadLetter(message, e);
            return null;
        }
    }

    private Message<byte[]> extract(Message<byte[]> message) {
        RawArticle article = read(message.getPayload());
        ExtractionResult result = extract(article);
        for (IndicatorEvent event : result.indicators()) {
            send(Topics.EVENTS_INDICATORS, event.seriesKey(), event.eventId(), IndicatorEvent.SCHEMA, event);
        }
        for (ProjectEvent event : result.projects()) {
            send(Topics.EVENTS_PROJECTS, event.projectKey(), event.eventId(), ProjectEvent.SCHEMA, event);
        }
        ExtractedArticle summary = result.toExtractedArticle(article.contentHash());
        CloudEvent ce = cloudEvent(
                article.articleId() + ":" + article.contentHash(), ExtractedArticle.SCHEMA, article.articleId());
        MessageBuilder<byte[]> out =
                MessageBuilder.withPayload(json.write(summary)).setHeader(KafkaHeaders.KEY, utf8(article.articleId()));
        ce.headers().forEach(out::setHeader);
        return out.build();
    }

    private void deadLetter(Message<byte[]> message, PoisonArticleException e) {
        Map<String, String> headers = new LinkedHashMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                headers.put(
                        name,
                        value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString());
            }
        });
        Throwable cause = e.getCause() == null ? e : e.getCause();
        headers.put(Headers.DLQ_EXCEPTION, cause.getClass().getName());
        headers.put(Headers.DLQ_REASON, e.getMessage());
        headers.put(Headers.DLQ_ORIGINAL_TOPIC, Topics.ARTICLES_RAW);
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        String keyText = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
        log.warn("dead-lettering a raw article (key {}): {}", keyText, e.getMessage());
        sink.send(Topics.ARTICLES_RAW_DLQ, keyText, message.getPayload(), headers);
    }

    private RawArticle read(byte[] payload) {
        try {
            return json.read(payload, RawArticle.class);
        } catch (ContractViolationException e) {
            throw new PoisonArticleException("raw article refused: " + e.getMessage(), e);
        }
    }

    private ExtractionResult extract(RawArticle article) {
        try {
            return extractor.extract(ExtractionInput.of(article));
        } catch (ExtractionException e) {
            throw new PoisonArticleException(
                    "article " + article.articleId() + " refused by the engine (" + e.reason() + "): " + e.getMessage(),
                    e);
        }
    }

    private void send(String topic, String key, String eventId, String schema, Object event) {
        Map<String, String> headers = cloudEvent(eventId, schema, key).headers();
        sink.send(topic, key, json.write(event), headers);
    }

    /** Keys go out as UTF-8 bytes: the binder's producers serialise keys as byte arrays. */
    static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private CloudEvent cloudEvent(String id, String schema, String subject) {
        return new CloudEvent(id, CE_SOURCE, CloudEvent.typeOf(schema), clock.instant(), subject);
    }
}
