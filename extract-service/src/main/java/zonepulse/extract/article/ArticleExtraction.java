package zonepulse.extract.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
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

/**
 * The extract-service's business logic for one article: a raw-article record in; its indicator and project events
 * and its extracted-article summary out to an {@link EventSink}, or, for a poison record, a dead letter with the
 * reason. The live service ({@link ExtractBatchConsumer}) and the replay job send what it yields in one Kafka
 * transaction per batch, with the consumed offsets, so an article's outputs commit together or not at all.
 */
public final class ArticleExtraction {
    static final String CE_SOURCE = "/zonepulse/extract-service";
    private static final Logger log = LoggerFactory.getLogger(ArticleExtraction.class);

    /** Articles handled, by {@code outcome}: {@code extracted} or {@code dead_lettered}. */
    public static final String ARTICLES = "zonepulse.extract.articles";
    /** Events extracted, by {@code type}: {@code indicator} or {@code project}. */
    public static final String EVENTS = "zonepulse.extract.events";
    /** Time the engine spent on one article, by {@code outcome}. */
    public static final String DURATION = "zonepulse.extract.duration";
    /** Messages sent to a dead-letter topic, by {@code service}, original {@code topic} and {@code reason}. */
    public static final String DLQ_WRITES = "zonepulse.dlq.writes";
    /** The log-context key of the article a line is about. */
    public static final String ARTICLE_ID = "articleId";

    private final ExtractionEngine engine;
    private final EventJson json;
    private final Clock clock;
    private final MeterRegistry meters;

    /** The largest record body an article may yield by default: under the producers' 25 MiB request size. */
    public static final long DEFAULT_MAX_OUTPUT_BYTES = 24L * 1024 * 1024;

    private final long maxOutputBytes;

    public ArticleExtraction(ExtractionEngine engine, EventJson json, Clock clock) {
        this(engine, json, clock, new SimpleMeterRegistry(), DEFAULT_MAX_OUTPUT_BYTES);
    }

    public ArticleExtraction(ExtractionEngine engine, EventJson json, Clock clock, MeterRegistry meters) {
        this(engine, json, clock, meters, DEFAULT_MAX_OUTPUT_BYTES);
    }

    /**
     * @param maxOutputBytes the largest record body an article may yield; an article that yields a larger one is
     *     dead-lettered with the reason (Kafka would refuse the record, failing the whole batch's transaction)
     */
    public ArticleExtraction(
            ExtractionEngine engine, EventJson json, Clock clock, MeterRegistry meters, long maxOutputBytes) {
        this.engine = engine;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.maxOutputBytes = maxOutputBytes;
    }

    /**
     * Extracts one article and sends everything it yields to {@code out}: its events, then its summary on
     * {@link Topics#ARTICLES_EXTRACTED}; a poison article is sent to {@link Topics#ARTICLES_RAW_DLQ} instead. Safe to
     * call from several threads at once, each with its own {@code out}: a batch's articles are extracted side by side
     * and their records sent afterwards, in order, on the thread that holds the transaction.
     *
     * @return whether the article was extracted (false: it was dead-lettered)
     */
    public boolean extractTo(Message<byte[]> message, EventSink out) {
        try {
            extract(message, out);
            count(ARTICLES, "outcome", "extracted", 1);
            return true;
        } catch (PoisonArticleException e) {
            deadLetter(message, e, out);
            count(ARTICLES, "outcome", "dead_lettered", 1);
            return false;
        } finally {
            MDC.remove(ARTICLE_ID);
        }
    }

    private void count(String name, String tag, String value, double amount) {
        Counter.builder(name).tag(tag, value).register(meters).increment(amount);
    }

    /** A short, bounded reason for the dead-letter meter: the engine's reason, or what broke the contract. */
    static String reasonOf(PoisonArticleException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ExtractionException refused && refused.reason() != null) {
            return refused.reason().name().toLowerCase(Locale.ROOT);
        }
        if (cause instanceof ContractViolationException) {
            return "contract_violation";
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }

    private void extract(Message<byte[]> message, EventSink out) {
        RawArticle article = read(payloadOf(message));
        MDC.put(ARTICLE_ID, article.articleId());
        ExtractionResult result = timed(article);
        List<Output> outputs =
                new ArrayList<>(result.indicators().size() + result.projects().size() + 1);
        for (IndicatorEvent event : result.indicators()) {
            outputs.add(
                    output(Topics.EVENTS_INDICATORS, event.seriesKey(), event.eventId(), IndicatorEvent.SCHEMA, event));
        }
        for (ProjectEvent event : result.projects()) {
            outputs.add(
                    output(Topics.EVENTS_PROJECTS, event.projectKey(), event.eventId(), ProjectEvent.SCHEMA, event));
        }
        ExtractedArticle summary = result.toExtractedArticle(article.contentHash());
        CloudEvent ce = cloudEvent(
                article.articleId() + ":" + article.contentHash(), ExtractedArticle.SCHEMA, article.articleId());
        outputs.add(
                new Output(Topics.ARTICLES_EXTRACTED, utf8(article.articleId()), json.write(summary), ce.headers()));
        for (Output output : outputs) {
            // refused here, as this article's fault, rather than by Kafka, which would fail the whole batch
            if (output.payload().length > maxOutputBytes) {
                throw new PoisonArticleException(
                        "article " + article.articleId() + " yields a record on " + output.topic() + " of "
                                + output.payload().length + " bytes, over the " + maxOutputBytes
                                + " a record may hold (zonepulse.extract.max-output-size)",
                        new ExtractionException(ExtractionException.Reason.TOO_LARGE, "output too large"));
            }
        }
        count(EVENTS, "type", "indicator", result.indicators().size());
        count(EVENTS, "type", "project", result.projects().size());
        outputs.forEach(o -> out.send(o.topic(), o.key(), o.payload(), o.headers()));
    }

    /** One record this article yields, made before any is sent. */
    private record Output(String topic, byte[] key, byte[] payload, Map<String, String> headers) {}

    private void deadLetter(Message<byte[]> message, PoisonArticleException e, EventSink out) {
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
        // the key and value exactly as received, whatever produced them: a dead letter is replayed as it was
        byte[] key = keyOf(message);
        Object payload = message.getPayload(); // a KafkaNull for a tombstone, whatever the declared type
        byte[] value = payload instanceof byte[] bytes ? bytes : null;
        log.warn(
                "dead-lettering a raw article (key {}): {}",
                key == null ? "none" : new String(key, StandardCharsets.UTF_8),
                e.getMessage());
        out.send(Topics.ARTICLES_RAW_DLQ, key, value, headers);
        Counter.builder(DLQ_WRITES)
                .description("Messages sent to a dead-letter topic, by original topic and reason")
                .tag("service", "extract-service")
                .tag("topic", Topics.ARTICLES_RAW)
                .tag("reason", reasonOf(e))
                .register(meters)
                .increment();
    }

    /**
     * The record's value. The binder hands a tombstone (a record with no value) over as a {@code KafkaNull}, not as
     * bytes, whatever the declared type: it can never be an article.
     */
    private static byte[] payloadOf(Message<byte[]> message) {
        Object payload = message.getPayload(); // no cast to byte[] here: that is where a KafkaNull would fail
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        throw new PoisonArticleException(
                "raw article refused: the record is a tombstone (it has no value), not a raw-article/1 message",
                new ContractViolationException("tombstone: no value", List.of("$: expected an object")));
    }

    /** The received key's bytes, or null when the record had none. */
    private static byte[] keyOf(Message<?> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        return key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    private RawArticle read(byte[] payload) {
        try {
            return json.read(payload, RawArticle.class);
        } catch (ContractViolationException e) {
            throw new PoisonArticleException("raw article refused: " + e.getMessage(), e);
        }
    }

    private ExtractionResult timed(RawArticle article) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "refused";
        try {
            ExtractionResult result = extract(article);
            outcome = "extracted";
            return result;
        } finally {
            sample.stop(Timer.builder(DURATION)
                    .description("Time the extraction engine spent on one article")
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private ExtractionResult extract(RawArticle article) {
        try {
            return engine.extract(ExtractionInput.of(article));
        } catch (ExtractionException e) {
            if (e.reason() == ExtractionException.Reason.ENGINE_FAULT) {
                // not the article's fault: dead-lettered so that it can be replayed once the engine is fixed
                log.error("extraction engine fault on article {}: {}", article.articleId(), e.getMessage(), e);
            }
            throw new PoisonArticleException(
                    "article " + article.articleId() + " refused by the engine (" + e.reason() + "): " + e.getMessage(),
                    e);
        }
    }

    private Output output(String topic, String key, String eventId, String schema, Object event) {
        return new Output(
                topic,
                utf8(key),
                json.write(event),
                cloudEvent(eventId, schema, key).headers());
    }

    /** Keys go out as UTF-8 bytes: the binder's producers serialise keys as byte arrays. */
    static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private CloudEvent cloudEvent(String id, String schema, String subject) {
        return new CloudEvent(id, CE_SOURCE, CloudEvent.typeOf(schema), clock.instant(), subject);
    }
}
