package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * One statement (text up to 。！？): the unit over which a figure's period and status, and a project's date, carry
 * from one clause to the next.
 *
 * @param start offset of its first char
 * @param end offset past its last char (its 。 included)
 * @param times the time mentions in it
 * @param figures the figures in it
 * @param quoted which chars (by offset from start) stand inside quotes
 */
record Statement(int start, int end, List<TimeMention> times, List<Figure> figures, java.util.BitSet quoted) {

    /** A statement of {@code text[start, end)}, with which of its chars stand inside “…” or 《…》. */
    static Statement of(String text, int start, int end, List<TimeMention> times, List<Figure> figures) {
        java.util.BitSet quoted = new java.util.BitSet();
        int quotes = 0;
        int book = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「') {
                quotes++;
            } else if ((c == '”' || c == '」') && quotes > 0) {
                quotes--;
            } else if (c == '《') {
                book++;
            } else if (c == '》' && book > 0) {
                book--;
            }
            // a char counts as quoted when a quote opened before it is still open (the opening mark included)
            if (quotes > 0 || book > 0) {
                quoted.set(i - start + 1);
            }
        }
        return new Statement(start, end, times, figures, quoted);
    }

    /** True when {@code pos} is inside “…” or 《…》 opened in this statement. */
    boolean insideQuotes(int pos) {
        return pos > start && quoted.get(pos - start);
    }

    /** The last time mention ending at or before {@code pos}, or null. */
    TimeMention lastTimeBefore(int pos) {
        TimeMention last = null;
        for (TimeMention m : times) {
            if (m.end() <= pos) {
                last = m;
            }
        }
        return last;
    }

    /** The last time mention inside {@code [from, to)}, or null. */
    TimeMention lastTimeIn(int from, int to) {
        TimeMention last = null;
        for (TimeMention m : times) {
            if (m.start() >= from && m.end() <= to) {
                last = m;
            }
        }
        return last;
    }

    /** The last explicit year stated before {@code pos}, or 0. */
    int explicitYearBefore(int pos) {
        int year = 0;
        for (TimeMention m : times) {
            if (m.end() <= pos && m.hasExplicitYear()) {
                year = m.year();
            }
        }
        return year;
    }

    /** The day the statement of {@code text} opens with (「3月29日，…」, 「2023年5月10日，…」), or null. */
    TimeMention openingDay(String text) {
        if (times.isEmpty()) {
            return null;
        }
        TimeMention first = times.get(0);
        if (first.kind() == TimeMention.Kind.DAY && first.start() - start <= 1 && !first.isSpan()) {
            return first;
        }
        // 「本报讯（记者 张三）3月27日，…」, 「新华社合肥4月2日电 4月1日上午，…」: after a dateline the statement's
        // first clause opens with its day
        for (TimeMention m : times) {
            if (m.kind() == TimeMention.Kind.DAY
                    && !m.isSpan()
                    && m.start() > start
                    && DATELINE_ENDS.indexOf(text.charAt(m.start() - 1)) >= 0
                    && m.end() < end
                    && DAY_FOLLOWERS.indexOf(text.charAt(m.end())) >= 0) {
                return m;
            }
        }
        return null;
    }

    /** What closes a dateline before the day a statement opens with: its bracket, 讯, 电 or a space. */
    private static final String DATELINE_ENDS = ")）]】讯电 \u3000";
    /** What follows the day a clause opens with: its comma, or the part of the day (上午, 下午, 晚, 早). */
    private static final String DAY_FOLLOWERS = "，,上下晚早";

    /** The time mention starting exactly at {@code pos}, or null. */
    TimeMention timeAt(int pos) {
        for (TimeMention m : times) {
            if (m.start() == pos) {
                return m;
            }
        }
        return null;
    }
}
