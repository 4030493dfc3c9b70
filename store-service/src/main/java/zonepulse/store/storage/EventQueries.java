package zonepulse.store.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads for the API. Documents are returned as maps in the stored shape (DESIGN's MongoDB model). */
public interface EventQueries {
    List<Map<String, Object>> projects(ProjectFilter filter);

    Optional<Map<String, Object>> project(String projectKey);

    /** The project's current events, oldest stage date first. */
    default List<Map<String, Object>> projectEvents(String projectKey) {
        return projectEvents(projectKey, false);
    }

    /** The project's events, oldest stage date first; superseded ones too when asked. */
    List<Map<String, Object>> projectEvents(String projectKey, boolean includeSuperseded);

    List<Map<String, Object>> indicators(IndicatorFilter filter);

    Optional<Map<String, Object>> article(String articleId);

    /** How many current indicator observations the article yielded. */
    long indicatorEventCount(String articleId);

    /** How many current project events the article yielded. */
    long projectEventCount(String articleId);

    /** How many articles, current events and projects the store holds. */
    default Map<String, Long> counts() {
        return counts(false);
    }

    /**
     * How many articles, current events and projects the store holds; with {@code includeSuperseded}, also how many
     * events are superseded ({@code indicator_observations.superseded} …) and how many article generations are kept.
     */
    Map<String, Long> counts(boolean includeSuperseded);

    /** The extractors ("name/version") that produced the stored generations of articles, oldest version first. */
    List<String> extractors();

    /**
     * The stored generations of articles made by this extractor ({@code article_generations}: article id, generation
     * key, content version, the ids of the events it listed), at most one per article: its latest.
     */
    List<Map<String, Object>> generationsBy(String extractor);

    /** The stored events with these ids, current or superseded, indicators and project events alike. */
    List<Map<String, Object>> eventsById(java.util.Collection<String> eventIds);

    /**
     * @param stage only projects whose furthest reached stage is this one, or null
     * @param region only projects in this region, or null
     * @param limit at most this many
     */
    record ProjectFilter(String stage, String region, int limit) {}

    /**
     * @param region only this region, or null
     * @param indicator only this indicator, or null
     * @param measure only this measure, or null
     * @param articleId only events of this article, or null
     * @param limit at most this many
     * @param includeSuperseded true to list superseded events (of older generations of their article) too
     */
    record IndicatorFilter(
            String region, String indicator, String measure, String articleId, int limit, boolean includeSuperseded) {

        /** Current events only. */
        public IndicatorFilter(String region, String indicator, String measure, String articleId, int limit) {
            this(region, indicator, measure, articleId, limit, false);
        }
    }
}
