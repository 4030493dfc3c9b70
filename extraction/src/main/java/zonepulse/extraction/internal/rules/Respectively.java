package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import zonepulse.events.Measure;

/**
 * A list of subjects with one figure each, in order (「集成电路、前沿新材料产值分别增长24.9%和28.3%」): the items share the
 * head noun the last one carries (产值), every figure is measured alike, and the n-th figure belongs to the n-th item.
 * A cursor over one statement's list; not shared between statements.
 */
final class Respectively {
    private final List<String> items;
    private final Measure measure;
    private final boolean fall;
    private int next;

    private Respectively(List<String> items, Measure measure, boolean fall) {
        this.items = items;
        this.measure = measure;
        this.fall = fall;
    }

    /** 「两大主导产业」, 「三大板块」, 「两个行业」: a count of the items, perhaps a qualifier, and a class noun. */
    private static final java.util.regex.Pattern CLASS_PHRASE =
            java.util.regex.Pattern.compile("[两二三四五六七八九十0-9]+[大个类][^、，,和及与]{0,4}$");

    /** The list said in {@code subjects} (text before 分别), measured as its first figure. */
    static Respectively of(String subjects, List<String> heads, Measure measure, boolean fall) {
        return new Respectively(listed(subjects, heads), measure, fall);
    }

    /**
     * 「电子信息、装备制造两大主导产业分别实现产值…」: the list before 分别, each item measured by {@code measureName}, the
     * words after it (产值); a class phrase closing the list (两大主导产业) completes each item with its class noun.
     */
    static Respectively ofMeasureAfter(String subjects, String measureName, Measure measure, boolean fall) {
        List<String> items = listed(subjects, List.of());
        List<String> named = new ArrayList<>(items.size());
        for (String item : items) {
            named.add(item + measureName);
        }
        return new Respectively(named.size() >= 2 ? List.copyOf(named) : List.of(), measure, fall);
    }

    /**
     * This list's items from the first, measured as {@code measure}: a list said again by a later 分别 of the statement
     * (「…，分别增长5.6%和3.9%」), or measured as the first figure after it.
     */
    Respectively with(Measure measure, boolean fall) {
        return new Respectively(items, measure, fall);
    }

    private static List<String> listed(String subjects, List<String> heads) {
        String[] parts = subjects.split("[、和及与]");
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String item = items.isEmpty() ? NameBefore.withoutLeadingWords(part.strip()) : part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.size() >= 2) {
            classNoun(items);
        }
        if (items.size() >= 2) {
            String last = items.get(items.size() - 1);
            String head = null;
            for (String h : heads) {
                if (last.endsWith(h) && last.length() > h.length() && (head == null || h.length() > head.length())) {
                    head = h;
                }
            }
            if (head != null) {
                for (int i = 0; i < items.size() - 1; i++) {
                    if (!endsWithAny(items.get(i), heads)) {
                        items.set(i, items.get(i) + head); // 「规上工业产值、税收收入」: 产值 is a head of its own
                    }
                }
            }
        }
        return items.size() >= 2 ? List.copyOf(items) : List.of();
    }

    private static boolean endsWithAny(String item, List<String> heads) {
        for (String h : heads) {
            if (item.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    /** Drops a class phrase closing the last item (装备制造两大主导产业) and gives every item its class noun. */
    private static void classNoun(List<String> items) {
        int last = items.size() - 1;
        java.util.regex.Matcher m = CLASS_PHRASE.matcher(items.get(last));
        if (!m.find() || m.start() == 0) {
            return;
        }
        String phrase = m.group();
        String noun = null;
        for (String h : IndicatorLexicon.CLASS_HEADS) {
            if (phrase.endsWith(h) && (noun == null || h.length() > noun.length())) {
                noun = h;
            }
        }
        if (noun == null) {
            return;
        }
        items.set(last, items.get(last).substring(0, m.start()));
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).endsWith(noun)) {
                items.set(i, items.get(i) + noun);
            }
        }
    }

    /**
     * The list the figures before 分别 name (「地区生产总值215亿元、工业产值508亿元，分别增长6.5%和11.2%」): 分别 opens its
     * clause, so its items are the names of the statement's earlier figures, in order. Empty unless there are two.
     */
    static Respectively ofEarlierFigures(List<String> names, Measure measure, boolean fall) {
        return new Respectively(names.size() >= 2 ? List.copyOf(names) : List.of(), measure, fall);
    }

    /** Whether the list has items to give. */
    boolean named() {
        return !items.isEmpty();
    }

    /** Whether the text between two figures only separates items of one list (、, 和, 及, a comma). */
    static boolean continues(String t, int from, int to) {
        if (to - from > 2 || to <= from) {
            return false;
        }
        String gap = t.substring(from, to).strip();
        return gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("，") || gap.equals(",");
    }

    /** The item the next figure belongs to, or null when the list names fewer items than figures. */
    String next() {
        return next < items.size() ? items.get(next++) : null;
    }

    Measure measure() {
        return measure;
    }

    boolean fall() {
        return fall;
    }

    @Override
    public String toString() {
        return "Respectively" + items + " " + measure.wire();
    }
}
