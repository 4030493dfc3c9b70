package zonepulse.store.intake;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import zonepulse.events.ContractViolationException;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.resilience.GuardedEventStore;

/**
 * The store-service's business logic: each message from the three topics, validated against its schema, written
 * once. Returning normally lets the binder commit the offset; so an offset is committed only after its write.
 */
public final class StoreEventsConsumer implements Consumer<Message<byte[]>> {
    private static final Logger log = LoggerFactory.getLogger(StoreEventsConsumer.class);
    /** The log-context key of the article a line is about. */
    public static final String ARTICLE_ID = "articleId";

    private final EventJson json;
    private final GuardedEventStore store;

    public StoreEventsConsumer(EventJson json, GuardedEventStore store) {
        this.json = json;
        this.store = store;
    }

    @Override
    public void accept(Message<byte[]> message) {
        // no cast to byte[] before this check: the binder hands a tombstone over as a KafkaNull, whatever the type
        Object payload = message.getPayload();
        if (!(payload instanceof byte[] bytes)) {
            throw new InvalidEventException(
                    "message refused: the record is a tombstone (it has no value), not a contract message", null);
        }
        Object event;
        try {
            event = json.readAny(bytes);
        } catch (ContractViolationException e) {
            throw new InvalidEventException("message refused: " + e.getMessage(), e);
        }
        // the article in hand is in the log context (and in JSON logs) for every line written while storing it
        try (MDC.MDCCloseable ignored = MDC.putCloseable(ARTICLE_ID, articleIdOf(event))) {
            store(event);
        }
    }

    private static String articleIdOf(Object event) {
        if (event instanceof IndicatorEvent indicator) {
            return indicator.articleId();
        } else if (event instanceof ProjectEvent project) {
            return project.articleId();
        } else if (event instanceof ExtractedArticle article) {
            return article.articleId();
        }
        return null;
    }

    private void store(Object event) {
        if (event instanceof IndicatorEvent indicator) {
            boolean inserted = store.storeIndicator(indicator);
            log.debug("indicator {} {}", indicator.eventId(), inserted ? "stored" : "already stored");
        } else if (event instanceof ProjectEvent project) {
            boolean inserted = store.storeProject(project);
            log.debug("project event {} {}", project.eventId(), inserted ? "stored" : "already stored");
        } else if (event instanceof ExtractedArticle article) {
            boolean stored = store.storeArticle(article);
            log.info(
                    "article {} {} ({} indicator events, {} project events)",
                    article.articleId(),
                    stored ? "stored" : "unchanged",
                    article.indicatorCount(),
                    article.projectCount());
        } else {
            throw new InvalidEventException(
                    "message refused: store-service does not keep "
                            + event.getClass().getSimpleName(),
                    null);
        }
    }
}
