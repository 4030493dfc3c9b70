package zonepulse.store.changes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import zonepulse.store.changes.ChangeReport.EventChange;
import zonepulse.store.changes.ChangeReport.EventSummary;
import zonepulse.store.changes.ChangeReport.FieldChange;

/**
 * Pairs the events two generations of one article found and lists what differs. Event ids cannot pair them (an id
 * includes the extractor version), so events are paired by what they are about: first the same words (evidence span)
 * and the same measure or stage; then the same indicator and measure, or the same project and stage, wherever
 * stated; then the same words alone. Whatever stays unpaired was added or removed.
 */
final class EventDiff {
    /** The fields compared, by event type: what a reader of the events would see change. */
    private static final Map<String, List<String>> COMPARED = Map.of(
            "indicator",
            List.of(
                    "indicator",
                    "measure",
                    "value",
                    "upper",
                    "unit",
                    "qualifier",
                    "status",
                    "region",
                    "period.start",
                    "period.end"),
            "project",
            List.of(
                    "name",
                    "projectKey",
                    "stage",
                    "expected",
                    "region",
                    "date.value",
                    "investment.normalized.value",
                    "companies"));

    private static final List<Function<Map<String, Object>, String>> PAIRINGS = List.of(
            event -> type(event) + '|' + span(event) + '|' + discriminator(event),
            event -> type(event) + '|' + subject(event) + '|' + discriminator(event),
            event -> type(event) + '|' + span(event));

    private EventDiff() {}

    /** The differences; null when the two generations found the same events. */
    static ChangeReport.ArticleChanges between(
            String articleId, String title, List<Map<String, Object>> before, List<Map<String, Object>> after) {
        List<Map<String, Object>> removed = new ArrayList<>(before);
        List<Map<String, Object>> added = new ArrayList<>(after);
        List<EventChange> changed = new ArrayList<>();
        for (Function<Map<String, Object>, String> pairing : PAIRINGS) {
            Map<String, List<Map<String, Object>>> unpaired = new LinkedHashMap<>();
            for (Map<String, Object> event : removed) {
                unpaired.computeIfAbsent(pairing.apply(event), k -> new ArrayList<>())
                        .add(event);
            }
            Iterator<Map<String, Object>> newer = added.iterator();
            while (newer.hasNext()) {
                Map<String, Object> event = newer.next();
                List<Map<String, Object>> candidates = unpaired.get(pairing.apply(event));
                if (candidates == null || candidates.isEmpty()) {
                    continue;
                }
                // of several events about the same thing, the one that differs least is its earlier reading
                Map<String, Object> older = candidates.stream()
                        .min(java.util.Comparator.comparingInt(
                                candidate -> fieldChanges(candidate, event).size()))
                        .orElseThrow();
                candidates.remove(older);
                removed.remove(older);
                newer.remove();
                List<FieldChange> fields = fieldChanges(older, event);
                if (!fields.isEmpty()) {
                    changed.add(new EventChange(summary(older), summary(event), fields));
                }
            }
        }
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return null;
        }
        return new ChangeReport.ArticleChanges(
                articleId,
                title,
                added.stream().map(EventDiff::summary).toList(),
                removed.stream().map(EventDiff::summary).toList(),
                changed);
    }

    private static List<FieldChange> fieldChanges(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : COMPARED.getOrDefault(type(after), List.of())) {
            Object was = value(before, field);
            Object is = value(after, field);
            if (!Objects.equals(normalised(was), normalised(is))) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** Numbers compare by value (3713.4 stored as a double or an int 3713 are different; 5 and 5.0 are not). */
    private static Object normalised(Object value) {
        return value instanceof Number number ? (Object) number.doubleValue() : value;
    }

    static EventSummary summary(Map<String, Object> event) {
        String type = type(event);
        String summary = "indicator".equals(type)
                ? join(
                        value(event, "indicator"),
                        value(event, "measure"),
                        join(value(event, "value"), value(event, "unit")).replace(" ", ""),
                        value(event, "period.label"),
                        value(event, "region"))
                : join(
                        value(event, "name"),
                        value(event, "stage"),
                        Boolean.TRUE.equals(event.get("expected")) ? "expected" : null,
                        value(event, "date.value"),
                        value(event, "region"));
        return new EventSummary(
                String.valueOf(event.get("_id")), type, summary, String.valueOf(value(event, "evidence.quote")));
    }

    private static String join(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part != null && !part.toString().isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }

    private static String type(Map<String, Object> event) {
        return String.valueOf(event.get("type"));
    }

    private static String span(Map<String, Object> event) {
        return value(event, "evidence.start") + ":" + value(event, "evidence.end");
    }

    private static String discriminator(Map<String, Object> event) {
        return String.valueOf("indicator".equals(type(event)) ? event.get("measure") : event.get("stage"));
    }

    private static String subject(Map<String, Object> event) {
        return String.valueOf(
                "indicator".equals(type(event))
                        ? value(event, "indicator") + "@" + value(event, "period.end")
                        : event.get("projectKey"));
    }

    /** A dotted path into a stored event ("period.end"); null where any step is missing. */
    static Object value(Map<String, Object> event, String path) {
        Object current = event;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }
}
