package zonepulse.extraction.internal.time;

import java.util.HashMap;
import java.util.Map;

/**
 * The years (19xx年, 20xx年, spaced or not) a text states, counted: what an undated article is most likely about.
 * A report or news story names its own year more often than any year it looks back or ahead to; a year reached
 * by 到 or ending a span (到2025年, 2020年-2022年) is a horizon and does not count.
 */
public final class StatedYears {
    private StatedYears() {}

    /** The year {@code text} states most often, the later one on a tie; 0 when it states none. */
    public static int mostStated(CharSequence text) {
        Map<Integer, Integer> counts = new HashMap<>();
        int n = text.length();
        for (int i = 4; i < n; i++) {
            if (text.charAt(i) != '年') {
                continue;
            }
            int end = text.charAt(i - 1) == ' ' ? i - 1 : i; // 「2003 年」: PDF spacing
            int start = end - 4;
            if (start < 0 || start > 0 && Character.isDigit(text.charAt(start - 1))) {
                continue;
            }
            if (start > 0 && "到至-—~～".indexOf(text.charAt(start - 1)) >= 0) {
                continue; // 到2025年, 2020年-2022年: a horizon or a span's end, not the year the text is about
            }
            int year = 0;
            for (int j = start; j < end && year >= 0; j++) {
                char c = text.charAt(j);
                year = c >= '0' && c <= '9' ? year * 10 + (c - '0') : -1;
            }
            if (year >= 1900 && year <= 2099) {
                counts.merge(year, 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
