package zonepulse.store.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonepulse.store.storage.EventQueries;

/** Builds {@link ChangeReport}s from the article generations the store keeps. */
public final class ChangeReports {
    private final EventQueries queries;

    public ChangeReports(EventQueries queries) {
        this.queries = queries;
    }

    /** The extractors whose generations are stored, oldest version first. */
    public List<String> extractors() {
        return queries.extractors();
    }

    /**
     * The report between two extractors, each named in full ("zonepulse-rules/2.1.0") or by version ("2.1.0"); when
     * both are null, between the two newest stored (or the only one with itself). Empty when a named one, or any,
     * has no stored generation.
     */
    public Optional<ChangeReport> between(String from, String to) {
        List<String> extractors = queries.extractors();
        if (extractors.isEmpty()) {
            return Optional.empty();
        }
        String newer = to == null ? extractors.get(extractors.size() - 1) : resolve(to, extractors);
        String older =
                from == null ? extractors.get(Math.max(0, extractors.indexOf(newer) - 1)) : resolve(from, extractors);
        if (newer == null || older == null) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> olderByArticle = new HashMap<>();
        for (Map<String, Object> generation : queries.generationsBy(older)) {
            olderByArticle.put((String) generation.get("articleId"), generation);
        }
        int compared = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        List<ChangeReport.ArticleChanges> articles = new ArrayList<>();
        for (Map<String, Object> after : queries.generationsBy(newer)) {
            Map<String, Object> before = olderByArticle.get(after.get("articleId"));
            if (before == null) {
                continue;
            }
            compared++;
            ChangeReport.ArticleChanges changes = EventDiff.between(
                    (String) after.get("articleId"),
                    (String) after.get("title"),
                    queries.eventsById(eventIds(before)),
                    queries.eventsById(eventIds(after)));
            if (changes != null) {
                articles.add(changes);
                added += changes.added().size();
                removed += changes.removed().size();
                changed += changes.changed().size();
            }
        }
        return Optional.of(
                new ChangeReport(older, newer, compared, articles.size(), added, removed, changed, articles));
    }

    private static String resolve(String name, List<String> extractors) {
        for (String extractor : extractors) {
            if (extractor.equals(name) || extractor.endsWith("/" + name)) {
                return extractor;
            }
        }
        return null;
    }

    private static List<String> eventIds(Map<String, Object> generation) {
        List<String> ids = new ArrayList<>();
        for (String field : List.of("indicatorEventIds", "projectEventIds")) {
            if (generation.get(field) instanceof List<?> list) {
                list.forEach(id -> ids.add(String.valueOf(id)));
            }
        }
        return ids;
    }
}
