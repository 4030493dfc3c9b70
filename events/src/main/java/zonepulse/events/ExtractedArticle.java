package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of extracting one article, published on {@link Topics#ARTICLES_EXTRACTED} keyed by {@link #articleId()}.
 * It lists the ids of every event found, so a consumer can tell when all of an article's events have arrived.
 *
 * @param schema always {@link #SCHEMA}
 * @param articleId the article
 * @param contentHash the raw article's content hash
 * @param source the article's uri, title and publication time
 * @param title the title found in the document (front matter, feed or HTML), or null
 * @param publishedAt the publication time used to resolve relative dates, or null
 * @param cleanText the clean text that every event's evidence offsets point into
 * @param fingerprint 64-bit SimHash of the clean text, hex, for near-duplicate detection
 * @param extractor "name/version" of the extractor
 * @param indicatorEventIds ids of the indicator events found
 * @param projectEventIds ids of the project events found
 * @param elapsedMicros time spent extracting
 */
public record ExtractedArticle(
        String schema,
        String articleId,
        String contentHash,
        EventSource source,
        String title,
        Instant publishedAt,
        String cleanText,
        String fingerprint,
        String extractor,
        List<String> indicatorEventIds,
        List<String> projectEventIds,
        long elapsedMicros) {

    public static final String SCHEMA = "extracted-article/1";

    public ExtractedArticle {
        schema = schema == null ? SCHEMA : schema;
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(cleanText, "cleanText");
        indicatorEventIds = indicatorEventIds == null ? List.of() : List.copyOf(indicatorEventIds);
        projectEventIds = projectEventIds == null ? List.of() : List.copyOf(projectEventIds);
    }

    /** How many indicator events the article yielded; on the wire, so consumers need not count the ids. */
    @JsonProperty("indicatorCount")
    public int indicatorCount() {
        return indicatorEventIds.size();
    }

    /** How many project events the article yielded. */
    @JsonProperty("projectCount")
    public int projectCount() {
        return projectEventIds.size();
    }
}
