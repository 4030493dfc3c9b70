package zonepulse.localstack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonepulse.store.storage.EventQueries;

/**
 * Whether the store holds an article, every event its extraction announced, and each of its project events in its
 * project's timeline (store-service projects a batch's projects after writing its events, so a reader can see the
 * events a moment before the projects).
 */
final class StoredArticles {
    private StoredArticles() {}

    static boolean isComplete(EventQueries queries, String articleId) {
        Optional<Map<String, Object>> article = queries.article(articleId);
        if (article.isEmpty()) {
            return false;
        }
        List<?> indicatorIds = (List<?>) article.get().get("indicatorEventIds");
        List<?> projectIds = (List<?>) article.get().get("projectEventIds");
        long indicators = queries.indicatorEventCount(articleId);
        long projects = queries.projectEventCount(articleId);
        return indicators == indicatorIds.size() && projects == projectIds.size() && projected(queries, projectIds);
    }

    private static boolean projected(EventQueries queries, List<?> projectEventIds) {
        List<String> ids = projectEventIds.stream().map(String::valueOf).toList();
        for (Map<String, Object> event : queries.eventsById(ids)) {
            Optional<Map<String, Object>> project = queries.project(String.valueOf(event.get("projectKey")));
            if (project.isEmpty()
                    || ((List<?>) project.get().get("timeline"))
                            .stream().noneMatch(entry -> event.get("_id").equals(((Map<?, ?>) entry).get("eventId")))) {
                return false;
            }
        }
        return true;
    }
}
