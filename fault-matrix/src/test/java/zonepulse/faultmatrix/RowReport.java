package zonepulse.faultmatrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zonepulse.events.Topics;

/**
 * One row of the matrix: a run under a fault compared with the fault-free run.
 *
 * <ul>
 *   <li><b>lost</b>: a document of the fault-free run missing from a collection, or an id missing from a topic;
 *   <li><b>duplicated</b>: a document the fault-free run does not have, or one whose content differs (a project
 *       counting a source twice), or an id on a topic the fault-free run never wrote;
 *   <li><b>dead-lettered</b>: dead letters beyond those of the fault-free run and the poison this row injected;
 *   <li><b>redelivered</b>: extra copies on the wire of records the fault-free run also wrote, and extra generations
 *       of an article (a file published again after a crash): the pipeline is at-least-once on the wire, so these are
 *       reported, not failed;
 *   <li><b>recovery</b>: from the fault's end (a process restarted, MongoDB reachable or fast again) to the pipeline
 *       settled: every file in the ledger, extract-service and store-service caught up on their topics.
 * </ul>
 *
 * <p>A row also fails when its fault did not land where the row says it does ({@code faultLanded}): a kill meant to
 * cut a batch off that struck between batches proves nothing about batches.
 */
record RowReport(
        String row,
        String atFault,
        boolean faultLanded,
        boolean settled,
        Duration recovery,
        int lost,
        int duplicated,
        int deadLettered,
        int poisonInjected,
        int poisonDeadLettered,
        int redelivered,
        List<String> examples) {
    private static final int EXAMPLES = 12;
    private static final String GENERATIONS = "article_generations";

    boolean passed() {
        return faultLanded
                && settled
                && lost == 0
                && duplicated == 0
                && deadLettered == 0
                && poisonDeadLettered == poisonInjected;
    }

    /**
     * @param atFault where the flow was when the fault struck
     * @param faultLanded whether that is where the row means its fault to strike
     * @param poison the keys of the foreign records injected on each topic (they must be in its dead-letter topic)
     */
    static RowReport compare(
            String row,
            String atFault,
            boolean faultLanded,
            boolean settled,
            Duration recovery,
            PipelineState baseline,
            PipelineState state,
            Map<String, Set<String>> poison) {
        List<String> examples = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;
        int redelivered = 0;
        for (String collection : PipelineState.COLLECTIONS) {
            Map<String, String> expected = baseline.collections().get(collection);
            Map<String, String> actual = state.collections().get(collection);
            if (collection.equals(GENERATIONS)) {
                // a generation's id holds its fetch time: count an article's generations instead
                Map<String, Integer> expectedPerArticle = generationsPerArticle(expected);
                Map<String, Integer> actualPerArticle = generationsPerArticle(actual);
                for (var entry : expectedPerArticle.entrySet()) {
                    int count = actualPerArticle.getOrDefault(entry.getKey(), 0);
                    if (count == 0) {
                        lost++;
                        note(examples, "lost " + collection + " of article " + entry.getKey());
                    }
                    redelivered += Math.max(0, count - entry.getValue());
                }
                for (String article : actualPerArticle.keySet()) {
                    if (!expectedPerArticle.containsKey(article)) {
                        duplicated++;
                        note(examples, "unexpected " + collection + " of article " + article);
                    }
                }
                continue;
            }
            for (var entry : expected.entrySet()) {
                String document = actual.get(entry.getKey());
                if (document == null) {
                    lost++;
                    note(examples, "lost " + collection + " " + entry.getKey());
                } else if (!document.equals(entry.getValue())) {
                    duplicated++;
                    note(
                            examples,
                            "differs " + collection + " " + entry.getKey() + ": "
                                    + differences(entry.getValue(), document));
                }
            }
            for (String id : actual.keySet()) {
                if (!expected.containsKey(id)) {
                    duplicated++;
                    note(examples, "unexpected " + collection + " " + id + ": " + actual.get(id));
                }
            }
        }
        int deadLettered = 0;
        int poisonInjected = 0;
        int poisonDeadLettered = 0;
        for (String topic : Topics.ALL) {
            boolean deadLetters = topic.endsWith(Topics.DLQ_SUFFIX);
            Set<String> injected = poison.getOrDefault(deadLetters ? topic : Topics.dlqOf(topic), Set.of());
            Map<String, Integer> expected = baseline.topics().get(topic);
            Map<String, Integer> actual = new HashMap<>(state.topics().get(topic));
            if (deadLetters) {
                poisonInjected += injected.size();
                for (String key : injected) {
                    if (actual.remove(key) != null) {
                        poisonDeadLettered++;
                    } else {
                        note(examples, "poison " + key + " not in " + topic);
                    }
                }
                for (var entry : actual.entrySet()) {
                    int beyond = entry.getValue() - expected.getOrDefault(entry.getKey(), 0);
                    if (beyond > 0) {
                        deadLettered += beyond;
                        note(examples, "dead-lettered " + topic + " " + entry.getKey());
                    }
                }
                continue;
            }
            injected.forEach(actual::remove);
            for (var entry : expected.entrySet()) {
                int count = actual.getOrDefault(entry.getKey(), 0);
                if (count == 0) {
                    lost++;
                    note(examples, "lost on " + topic + ": " + entry.getKey());
                }
                redelivered += Math.max(0, count - entry.getValue());
            }
            for (String id : actual.keySet()) {
                if (!expected.containsKey(id)) {
                    duplicated++;
                    note(examples, "unexpected on " + topic + ": " + id);
                }
            }
        }
        return new RowReport(
                row,
                atFault,
                faultLanded,
                settled,
                recovery,
                lost,
                duplicated,
                deadLettered,
                poisonInjected,
                poisonDeadLettered,
                redelivered,
                List.copyOf(examples));
    }

    /** The fields whose values differ, each as {@code field: expected -> actual}. */
    static String differences(String expectedJson, String actualJson) {
        org.bson.Document expected = org.bson.Document.parse(expectedJson);
        org.bson.Document actual = org.bson.Document.parse(actualJson);
        Set<String> fields = new java.util.TreeSet<>(expected.keySet());
        fields.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String field : fields) {
            Object before = expected.get(field);
            Object after = actual.get(field);
            if (!java.util.Objects.equals(before, after)) {
                differences.add(field + ": " + before + " -> " + after);
            }
        }
        return String.join("; ", differences);
    }

    private static Map<String, Integer> generationsPerArticle(Map<String, String> generations) {
        Map<String, Integer> perArticle = new HashMap<>();
        generations.keySet().forEach(id -> perArticle.merge(id.substring(0, id.indexOf('|')), 1, Integer::sum));
        return perArticle;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example.length() > 600 ? example.substring(0, 600) + "…" : example);
        }
    }

    /** The report as a Markdown table. */
    static String table(List<RowReport> reports) {
        StringBuilder table = new StringBuilder();
        table.append(
                "| row | fault landed at | lost | duplicated | dead-lettered (beyond poison) | poison dead-lettered | redelivered (wire, generations) | recovery | result |\n");
        table.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (RowReport report : reports) {
            table.append("| ")
                    .append(report.row())
                    .append(" | ")
                    .append(report.atFault())
                    .append(" | ")
                    .append(report.lost())
                    .append(" | ")
                    .append(report.duplicated())
                    .append(" | ")
                    .append(report.deadLettered())
                    .append(" | ")
                    .append(report.poisonDeadLettered())
                    .append('/')
                    .append(report.poisonInjected())
                    .append(" | ")
                    .append(report.redelivered())
                    .append(" | ")
                    .append(report.settled() ? seconds(report.recovery()) : "not settled")
                    .append(" | ")
                    .append(report.passed() ? "pass" : "FAIL")
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
