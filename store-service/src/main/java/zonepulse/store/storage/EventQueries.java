package zonepulse.store.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads for the API. Documents are returned as maps in the stored shape (DESIGN's MongoDB model). */
public interface EventQueries {
    List<Map<String, Object>> projects(ProjectFilter filter);

    Optional<Map<String, Object>> project(String projectKey);

    /** The project's events, oldest stage date first. */
    List<Map<String, Object>> projectEvents(String projectKey);

    List<Map<String, Object>> indicators(IndicatorFilter filter);

    Optional<Map<String, Object>> article(String articleId);

    /** How many indicator observations the article yielded. */
    long indicatorEventCount(String articleId);

    /** How many project events the article yielded. */
    long projectEventCount(String articleId);

    /** How many documents each collection holds. */
    Map<String, Long> counts();

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
     */
    record IndicatorFilter(String region, String indicator, String measure, String articleId, int limit) {}
}
