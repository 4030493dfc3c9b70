package zonepulse.store.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import zonepulse.events.ContractViolationException;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.resilience.GuardedEventStore;
import zonepulse.store.storage.BatchOutcome;
import zonepulse.store.storage.EventBatch;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * The store-service's business logic: the records of one poll of the three topics, each validated against its
 * schema, stored together ({@link GuardedEventStore#store}). Returning normally lets the binder commit the batch's
 * offsets, so an offset is committed only after its write.
 *
 * <p>A record that can never be stored (it breaks the contract, or MongoDB refuses it for good) is reported as a
 * {@link BatchListenerFailedException} at its index, after the records before it were stored: the error handler
 * commits those, dead-letters that one at once, and redelivers the rest. An outage is reported at the first index,
 * so the whole batch is retried (idempotently) until MongoDB answers.
 */
public final class StoreEventsConsumer implements Consumer<Message<List<Object>>> {
    private static final Logger log = LoggerFactory.getLogger(StoreEventsConsumer.class);
    /** The log-context key of the article a line is about (set while a batch of one article's records is stored). */
    public static final String ARTICLE_ID = "articleId";

    private final EventJson json;
    private final GuardedEventStore store;

    public StoreEventsConsumer(EventJson json, GuardedEventStore store) {
        this.json = json;
        this.store = store;
    }

    @Override
    public void accept(Message<List<Object>> message) {
        List<Object> payloads = message.getPayload();
        List<Object> events = new ArrayList<>(payloads.size());
        for (int index = 0; index < payloads.size(); index++) {
            Object event;
            try {
                event = read(payloads.get(index));
            } catch (InvalidEventException e) {
                store(events);
                throw new BatchListenerFailedException(e.getMessage(), e, index);
            }
            events.add(event);
        }
        store(events);
    }

    /** The contract message in a record's value; a tombstone arrives as a {@code KafkaNull}, not as bytes. */
    private Object read(Object payload) {
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
        if (!(event instanceof IndicatorEvent || event instanceof ProjectEvent || event instanceof ExtractedArticle)) {
            throw new InvalidEventException(
                    "message refused: store-service does not keep "
                            + event.getClass().getSimpleName(),
                    null);
        }
        return event;
    }

    /** Stores the records read so far, in order; their indexes in the batch are their positions in {@code events}. */
    private void store(List<Object> events) {
        if (events.isEmpty()) {
            return;
        }
        List<ExtractedArticle> summaries = new ArrayList<>();
        List<IndicatorEvent> indicators = new ArrayList<>();
        List<ProjectEvent> projects = new ArrayList<>();
        Map<String, Integer> indexOfEvent = new HashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        for (int index = 0; index < events.size(); index++) {
            Object event = events.get(index);
            if (event instanceof IndicatorEvent indicator) {
                indicators.add(indicator);
                indexOfEvent.putIfAbsent(indicator.eventId(), index);
                articles.add(indicator.articleId());
            } else if (event instanceof ProjectEvent project) {
                projects.add(project);
                indexOfEvent.putIfAbsent(project.eventId(), index);
                articles.add(project.articleId());
            } else if (event instanceof ExtractedArticle summary) {
                summaries.add(summary);
                articles.add(summary.articleId());
            }
        }
        BatchOutcome outcome;
        try (MDC.MDCCloseable ignored = articles.size() == 1
                ? MDC.putCloseable(ARTICLE_ID, articles.iterator().next())
                : null) {
            outcome = store.store(new EventBatch(summaries, indicators, projects));
        } catch (StoreUnavailableException e) {
            // an outage, not bad input: the whole batch again, with the error handler's unlimited back-off
            throw new BatchListenerFailedException("MongoDB unavailable: " + e.getMessage(), e, 0);
        }
        for (ExtractedArticle summary : summaries) {
            log.info(
                    "article {} ({} indicator events, {} project events)",
                    summary.articleId(),
                    summary.indicatorCount(),
                    summary.projectCount());
        }
        log.debug(
                "batch of {} stored: {} summaries current, {} indicators and {} project events written",
                events.size(),
                outcome.summariesStored(),
                outcome.indicatorsWritten(),
                outcome.projectsWritten());
        if (!outcome.refused().isEmpty()) {
            // the first refused record goes to its DLQ; those after it are redelivered and stored again, a no-op
            Map.Entry<String, String> first = outcome.refused().entrySet().stream()
                    .min(Map.Entry.comparingByKey((a, b) -> Integer.compare(indexOfEvent.get(a), indexOfEvent.get(b))))
                    .orElseThrow();
            throw new BatchListenerFailedException(
                    first.getValue(),
                    new InvalidEventException("message refused: " + first.getValue(), null),
                    indexOfEvent.get(first.getKey()));
        }
    }
}
