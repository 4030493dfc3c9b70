package zonepulse.events;

import java.time.Instant;

/**
 * The article an event was found in, as carried on every event.
 *
 * @param uri the article's canonical URI (for the CLI, the file's path)
 * @param title the article's title, when known
 * @param publishedAt the article's publication time, when known
 */
public record EventSource(String uri, String title, Instant publishedAt) {}
