package zonepulse.localstack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonepulse.store.storage.EventQueries;

/** Whether the store holds an article and every event its extraction announced. */
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
        return indicators == indicatorIds.size() && projects == projectIds.size();
    }
}
