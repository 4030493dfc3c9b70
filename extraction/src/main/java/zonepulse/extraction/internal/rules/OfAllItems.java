package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * 「规上企业、规上工地、商务楼宇复工率、到岗率均达到100%」: subjects and measures listed with one figure said of all (均,
 * 都, 全部) give one name per subject and measure — the measures are the trailing items of one length and head char
 * (复工率、到岗率), the subjects the items before; otherwise the one name. Stateless.
 */
final class OfAllItems {
    private OfAllItems() {}

    /** The names of a figure joined by {@code connector} to the list {@code t[from, to)}, or {@code single}. */
    static List<String> names(String t, int from, int to, String connector, String single) {
        if (!Connector.ofAll(connector)) {
            return List.of(single);
        }
        String segment = t.substring(from, to);
        for (String lead : IndicatorLexicon.LIST_LEADS) {
            if (segment.startsWith(lead)) {
                segment = segment.substring(lead.length());
            }
        }
        String[] items = segment.split("、");
        if (items.length < 3) {
            return List.of(single);
        }
        String measure = items[items.length - 1].strip();
        if (measure.length() < 2 || measure.length() > 4) {
            return List.of(single);
        }
        char head = measure.charAt(measure.length() - 1);
        List<String> measures = new ArrayList<>();
        int i = items.length - 1;
        while (i >= 0
                && items[i].strip().length() == measure.length()
                && items[i].strip().charAt(measure.length() - 1) == head) {
            measures.add(0, items[i].strip());
            i--;
        }
        if (i < 1) {
            return List.of(single);
        }
        String mixed = items[i].strip();
        if (mixed.length() <= measure.length() || mixed.charAt(mixed.length() - 1) != head) {
            return List.of(single);
        }
        measures.add(0, mixed.substring(mixed.length() - measure.length()));
        List<String> subjects = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            subjects.add(items[k].strip());
        }
        subjects.add(mixed.substring(0, mixed.length() - measure.length()));
        return crossed(subjects, measures, single);
    }

    /** Every non-empty subject with every measure, or {@code single} when there is none. */
    private static List<String> crossed(List<String> subjects, List<String> measures, String single) {
        List<String> names = new ArrayList<>();
        for (String subject : subjects) {
            for (String m : measures) {
                if (!subject.isEmpty()) {
                    names.add(subject + m);
                }
            }
        }
        return names.isEmpty() ? List.of(single) : names;
    }
}
