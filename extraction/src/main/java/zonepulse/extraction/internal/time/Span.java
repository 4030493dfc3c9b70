package zonepulse.extraction.internal.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span combinator: a time X followed by 至, 到, -, —, ~ and a time Y (「8月11日至22日」, 「2020年3月至2021年5月」,
 * 「2020年至2022年」) spans from X to Y; Y inherits the year and month it does not state from X. 「X至今」 runs to the
 * publication date.
 */
final class Span {
    /** Chars that join the two ends of a span. */
    static final String CONNECTORS = "-~～〜—–－至到";

    private static final Pattern END = Pattern.compile("(?:(?<year>" + TimeScanner.YEAR4 + ")\\s*年\\s*|(?<rel>"
            + TimeWords.alternation(TimeWords.Category.YEAR) + ")\\s*)?(?:(?<m>" + TimeScanner.MONTH_NUM
            + ")\\s*月份?\\s*)?(?:(?<d>" + TimeScanner.DAY_NUM + ")\\s*[日号])?");

    private Span() {}

    /** Offset past a connector at {@code i} (spaces around it allowed), or -1. */
    static int connectorAt(String text, int i, int to) {
        int j = skipSpaces(text, i, to);
        if (j >= to || CONNECTORS.indexOf(text.charAt(j)) < 0) {
            return -1;
        }
        if ((text.charAt(j) == '—' || text.charAt(j) == '-') && j + 1 < to && text.charAt(j + 1) == text.charAt(j)) {
            j++; // ——, folded to --
        }
        return skipSpaces(text, j + 1, to);
    }

    /** {@code m} extended over 「至Y」 when Y follows it, else null. Days span to days, months to months, years to years. */
    static TimeMention extend(String text, TimeMention m, int to) {
        int unit = unitOf(m);
        boolean sinceOnly = unit == 0 && m.kind() == TimeMention.Kind.YEAR_PART; // 年初至今, but no 年初至3月
        if (unit == 0 && !sinceOnly || m.isSpan() || m.since()) {
            return null;
        }
        int j = connectorAt(text, m.end(), to);
        if (j < 0) {
            return null;
        }
        for (String now : new String[] {"今", "目前", "现在"}) {
            if (text.startsWith(now, j) && !(now.equals("今") && j + 1 < to && "年天日".indexOf(text.charAt(j + 1)) >= 0)) {
                int e = j + now.length();
                return m.sinceTo(e, text.substring(m.start(), e));
            }
        }
        if (sinceOnly) {
            return null;
        }
        Matcher e = END.matcher(text);
        e.region(j, to);
        if (!e.lookingAt() || e.end() == j) {
            return null;
        }
        String ys = e.group("year");
        String rel = e.group("rel"); // 去年11月至今年3月: the end says its year relative to the publication date
        String ms = e.group("m");
        String ds = e.group("d");
        int endUnit = ds != null ? 3 : ms != null ? 2 : 1;
        if (endUnit != unit || unit == 3 && (ys != null || rel != null) && ms == null || rel != null && ms == null) {
            return null;
        }
        int year = ys != null ? ChineseDigits.year(ys) : rel != null ? 0 : m.year();
        int shift = ys != null ? 0 : rel != null ? TimeWords.get(rel).value() : m.yearShift();
        if (rel != null && !m.hasExplicitYear() && (!isShift(m.yearShift()) || shift < m.yearShift())) {
            // 去年11月至今年3月: a relative end runs forward from a relative start; an explicit start year (2014年11月到
            // 去年3月) is taken to be earlier, a start whose year comes from the context cannot be compared
            return null;
        }
        int month = ms != null ? ChineseDigits.value(ms) : unit == 3 ? m.a() : 0;
        int day = ds != null ? ChineseDigits.value(ds) : 0;
        if (unit >= 2 && (month < 1 || month > 12) || unit == 3 && (day < 1 || day > 31) || unit == 1 && year <= 0) {
            return null;
        }
        boolean sameYear =
                rel != null ? !m.hasExplicitYear() && shift == m.yearShift() : ys == null || year == m.year();
        if (year > 0 && m.year() > 0 && year < m.year()
                || sameYear && unit == 1 && year <= m.year()
                || sameYear && unit == 2 && month <= m.a()
                || sameYear && unit == 3 && (month < m.a() || month == m.a() && day <= m.b())) {
            return null; // a span runs forward
        }
        int end = e.end();
        TimeMention.Kind kind = m.kind();
        TimeMention last = new TimeMention(
                j,
                end,
                kind,
                year > 0 ? year : 0,
                shift,
                unit == 1 ? 0 : month,
                day,
                false,
                false,
                text.substring(j, end));
        return m.spanningTo(last, end, text.substring(m.start(), end));
    }

    /** Whether a yearShift is a number of years from the publication date, not one of TimeMention's markers. */
    private static boolean isShift(int yearShift) {
        return yearShift > TimeMention.AFTER_PREVIOUS;
    }

    /** 3 for a day, 2 for a month, 1 for a year, 0 for what does not start a span. */
    private static int unitOf(TimeMention m) {
        return switch (m.kind()) {
            case DAY -> 3;
            case MONTH -> m.label().endsWith("月") || m.label().endsWith("月份") ? 2 : 0;
            case YEAR -> m.hasExplicitYear() && m.label().endsWith("年") ? 1 : 0;
            default -> 0;
        };
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
