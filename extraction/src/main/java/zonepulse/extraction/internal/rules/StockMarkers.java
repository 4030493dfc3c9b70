package zonepulse.extraction.internal.rules;

import java.util.List;

/**
 * Where a statement first says 累计, 截至 or 年末: figures after it are stocks at the period's end, not flows over it.
 * 累计 counts only before a figure or a verb (累计完成, 累计达), not inside a name (累计浓度); 至今 not where it ends a span
 * from a time (年初至今, 2018年至今: a flow over the span). Immutable.
 */
final class StockMarkers {
    /** Chars that after 累计 show it accumulates a figure (累计达, 累计完成, 累计引进). */
    private static final String ACCUMULATING = "达完实建部引开形超有共近约逾";

    private final List<String> markers;
    private final String firstChars;

    StockMarkers(List<String> markers) {
        this.markers = List.copyOf(markers);
        StringBuilder sb = new StringBuilder();
        for (String w : markers) {
            if (sb.indexOf(w.substring(0, 1)) < 0) {
                sb.append(w.charAt(0));
            }
        }
        this.firstChars = sb.toString();
    }

    static final StockMarkers STANDARD = new StockMarkers(IndicatorLexicon.STOCK_MARKERS);

    /** Where the first stock marker of {@code t[from, to)} starts, or {@code to}. */
    int first(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (firstChars.indexOf(c) < 0) {
                continue;
            }
            for (String w : markers) {
                if (w.charAt(0) == c
                        && t.startsWith(w, i)
                        && i + w.length() <= to
                        && (!w.equals("累计") || accumulates(t, i + 2))
                        && !(w.equals("至今") && endsATime(t, i))) {
                    return i;
                }
            }
        }
        return to;
    }

    /** Chars a time ends with (年, 月, 日, 初, 底, 末, 度): a 至今 after one ends a span from it (年初至今), a flow. */
    private static final String TIME_ENDS = "年月日号初底末度";

    private static boolean endsATime(String t, int i) {
        return i > 0 && TIME_ENDS.indexOf(t.charAt(i - 1)) >= 0;
    }

    /** Whether a figure or a verb follows 累计 at {@code a} (past one space). */
    private static boolean accumulates(String t, int a) {
        if (a < t.length() && t.charAt(a) == ' ') {
            a++;
        }
        return a < t.length() && (Character.isDigit(t.charAt(a)) || ACCUMULATING.indexOf(t.charAt(a)) >= 0);
    }

    @Override
    public String toString() {
        return "StockMarkers" + markers + "[figures after one are stocks; 累计 only before a figure or verb]";
    }
}
