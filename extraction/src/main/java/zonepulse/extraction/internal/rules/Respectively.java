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

    /** The list said in {@code subjects} (text before 分别), measured as its first figure. */
    static Respectively of(String subjects, List<String> heads, Measure measure, boolean fall) {
        String[] parts = subjects.split("[、和及与]");
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String item = items.isEmpty() ? NameBefore.withoutLeadingWords(part.strip()) : part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
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
                    if (!items.get(i).endsWith(head)) {
                        items.set(i, items.get(i) + head);
                    }
                }
            }
        }
        return new Respectively(items.size() >= 2 ? List.copyOf(items) : List.of(), measure, fall);
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
