package zonepulse.store.storage;

import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * Writes the store's collections. Every write is idempotent: a redelivered message changes nothing. A write that
 * fails because the database cannot be reached throws {@link StoreUnavailableException}.
 */
public interface EventStore {
    /** Upserts the article; true when it was new or changed. */
    boolean storeArticle(ExtractedArticle article);

    /** Inserts the observation if absent; true when it was new. */
    boolean storeIndicator(IndicatorEvent event);

    /** Inserts the event if absent and folds it into its project; true when the event was new. */
    boolean storeProject(ProjectEvent event);

    /** Answers when the database is reachable, throws {@link StoreUnavailableException} otherwise. */
    void ping();
}
