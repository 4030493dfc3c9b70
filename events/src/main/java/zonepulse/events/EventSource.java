package zonepulse.events;

import java.time.Instant;

/**
 * The article an event was found in, as carried on every event and on the article's summary.
 *
 * @param uri the article's canonical URI (for the CLI, the file's path)
 * @param title the article's title, when known
 * @param publishedAt the article's publication time, when known
 * @param fetchedAt when the version of the article that was extracted was fetched (the raw article's
 *     {@code fetchedAt}): its content version, the first key of a {@link Generation}; null when unknown (the CLI)
 */
public record EventSource(String uri, String title, Instant publishedAt, Instant fetchedAt) {

    /** A source whose content version is unknown. */
    public EventSource(String uri, String title, Instant publishedAt) {
        this(uri, title, publishedAt, null);
    }
}
