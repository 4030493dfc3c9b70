package zonepulse.store.storage;

import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * Writes the store's collections. Every write is idempotent: a redelivered message changes nothing. A write that
 * fails because the database cannot be reached throws {@link StoreUnavailableException}.
 */
public interface EventStore {
    /** Stores the summary; true when it became its article's current one (a newer generation). */
    default boolean storeArticle(ExtractedArticle article) {
        return store(EventBatch.of(article)).summariesStored() == 1;
    }

    /** Inserts the observation if absent; true when it was new. */
    default boolean storeIndicator(IndicatorEvent event) {
        return store(EventBatch.of(event)).indicatorsWritten() == 1;
    }

    /** Inserts the event if absent and folds it into its project; true when the event was new. */
    default boolean storeProject(ProjectEvent event) {
        return store(EventBatch.of(event)).projectsWritten() == 1;
    }

    /**
     * Stores what one poll brought: events in bulk, summaries by generation, then each touched article reconciled
     * and each touched project re-projected once. Idempotent as a whole.
     */
    BatchOutcome store(EventBatch batch);

    /** Answers when the database is reachable, throws {@link StoreUnavailableException} otherwise. */
    void ping();
}
