package zonepulse.localstack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        // the article's event ids by project: one read of each project, however many of its events the article has
        Map<String, Set<Object>> idsByProject = new HashMap<>();
        for (Map<String, Object> event : queries.eventsById(ids)) {
            idsByProject
                    .computeIfAbsent(String.valueOf(event.get("projectKey")), k -> new HashSet<>())
                    .add(event.get("_id"));
        }
        for (Map.Entry<String, Set<Object>> project : idsByProject.entrySet()) {
            Optional<Map<String, Object>> stored = queries.project(project.getKey());
            if (stored.isEmpty()) {
                return false;
            }
            Set<Object> inTimeline = new HashSet<>();
            ((List<?>) stored.get().get("timeline"))
                    .forEach(entry -> inTimeline.add(((Map<?, ?>) entry).get("eventId")));
            if (!inTimeline.containsAll(project.getValue())) {
                return false;
            }
        }
        return true;
    }
}
