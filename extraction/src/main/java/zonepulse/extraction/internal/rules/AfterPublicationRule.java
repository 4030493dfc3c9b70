package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;

/**
 * A stage dated after the article was published was not reached yet: with its year stated (2025年建成) it is a plan;
 * without (「3月开工」 in a review published in January) it was reached in the year before. Immutable.
 */
final class AfterPublicationRule {
    static final AfterPublicationRule STANDARD = new AfterPublicationRule();

    /** Whether a stage is expected, and its date. */
    record Timing(boolean expected, EventDate date) {}

    /** The timing of a stage dated {@code date}, {@code expected} or not, in an article published on {@code published}. */
    Timing timing(EventDate date, boolean expected, LocalDate published) {
        if (date != null && published != null && !expected && isAfter(date, published)) {
            return statesYear(date) ? new Timing(true, date) : new Timing(false, yearBefore(date));
        }
        return new Timing(expected, date);
    }

    private static boolean statesYear(EventDate date) {
        return date.label() == null || date.label().contains("年") || date.precision() == DatePrecision.YEAR;
    }

    private static EventDate yearBefore(EventDate date) {
        String earlier = date.precision() == DatePrecision.DAY
                ? LocalDate.parse(date.value()).minusYears(1).toString()
                : YearMonth.parse(date.value()).minusYears(1).toString();
        return new EventDate(earlier, date.precision(), date.label());
    }

    private static boolean isAfter(EventDate date, LocalDate published) {
        String v = date.value();
        String p = published.toString().substring(0, v.length());
        return v.compareTo(p) > 0;
    }

    @Override
    public String toString() {
        return "AfterPublicationRule[dated after publication: year stated → expected, else the year before]";
    }
}
