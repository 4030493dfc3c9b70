package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import zonepulse.events.Period;
import zonepulse.events.Status;

/**
 * An actual figure reports what has happened: a period its words resolved to that lies ahead of the publication
 * (「全年实现…」 or 「下半年完成…」 in an article of February, with no year written or said: 今年 stays this year) is
 * last year's, the year a review
 * published early in the next year is about. A period ending within half a year after publication (全年 in a December
 * article) is kept: it is the year nearly done. Periods with a written year and targets or forecasts are left as they
 * are. Immutable.
 */
final class PastActuals {
    static final PastActuals STANDARD = new PastActuals(183);

    /** How far after publication an actual's period may end before it is read as last year's. */
    private final int graceDays;

    PastActuals(int graceDays) {
        this.graceDays = graceDays;
    }

    /** {@code period} of a figure of {@code status} in an article published on {@code published} (or null). */
    Period adjust(Period period, Status status, LocalDate published) {
        if (period == null
                || status != Status.ACTUAL
                || published == null
                || period.end() == null
                || writesYear(period.label())
                || namesItsYear(period.label())) {
            return period;
        }
        boolean ahead = period.start() != null && period.start().isAfter(published)
                || period.end().isAfter(published.plusDays(graceDays));
        if (!ahead) {
            return period;
        }
        return new Period(
                period.start() == null ? null : period.start().minusYears(1),
                period.end().minusYears(1),
                period.label());
    }

    /**
     * Words that say which year a period is in (今年 is this year, whatever the status): the {@code year} and
     * {@code prev_year} words of {@code lexicon/time-words.tsv}.
     */
    private static final java.util.List<String> RELATIVE_YEARS = relativeYears();

    private static java.util.List<String> relativeYears() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String[] row : zonepulse.extraction.internal.lexicon.Lexicons.rows("time-words.tsv")) {
            if (row.length > 1 && (row[1].equals("year") || row[1].equals("prev_year"))) {
                out.add(row[0]);
            }
        }
        return java.util.List.copyOf(out);
    }

    private static boolean namesItsYear(String label) {
        if (label == null) {
            return false;
        }
        for (String w : RELATIVE_YEARS) {
            if (label.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period's words name its year (2023年, 二〇二三年), which then stands as written. */
    private static boolean writesYear(String label) {
        if (label == null) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isDigit(c) || "〇零一二三四五六七八九".indexOf(c) >= 0) {
                digits++;
                if (digits >= 2 && i + 1 < label.length() && label.charAt(i + 1) == '年') {
                    return true;
                }
            } else {
                digits = 0;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PastActuals[an actual's unwritten year ahead of publication (beyond " + graceDays
                + " days) is last year]";
    }
}
