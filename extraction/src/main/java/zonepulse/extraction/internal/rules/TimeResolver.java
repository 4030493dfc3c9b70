package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.events.Period;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * Resolves time mentions against the article's date and the year the surrounding text is about. Where the year
 * cannot be known, the result is null rather than a guess.
 */
final class TimeResolver {
    private final LocalDate published;
    private final int docYear;

    TimeResolver(LocalDate published, int docYear) {
        this.published = published;
        this.docYear = docYear;
    }

    /**
     * The year a mention is about.
     *
     * @param contextYear the year the surrounding text is about (an earlier 「2022年」), or 0
     * @param previousYear the year of the previous dated mention, for 「同年」, or 0
     */
    int yearOf(TimeMention m, int contextYear, int previousYear) {
        if (m.hasExplicitYear()) {
            return m.year();
        }
        if (m.yearShift() == TimeMention.CONTEXT) {
            return contextYear > 0 ? contextYear : docYear;
        }
        if (m.yearShift() == TimeMention.SAME_AS_PREVIOUS) {
            return previousYear > 0 ? previousYear : contextYear;
        }
        return docYear > 0 ? docYear + m.yearShift() : 0;
    }

    /** The period an indicator figure covers, given the mention that governs it; null when unknown. */
    Period period(TimeMention m, int contextYear, int previousYear, boolean stock) {
        Period p = rawPeriod(m, contextYear, previousYear);
        if (p == null) {
            return null;
        }
        if (stock && p.end() != null) {
            return new Period(null, p.end(), p.label());
        }
        return p;
    }

    private Period rawPeriod(TimeMention m, int contextYear, int previousYear) {
        String label = m.label();
        if (m.kind() == TimeMention.Kind.NOW) {
            return published == null ? null : new Period(null, published, label);
        }
        if (m.kind() == TimeMention.Kind.EVERY_YEAR
                || m.kind() == TimeMention.Kind.MONTHS_AGO
                || m.kind() == TimeMention.Kind.DAYS_AGO) {
            return null;
        }
        int y = yearOf(m, contextYear, previousYear);
        if (y <= 0) {
            return null;
        }
        try {
            return switch (m.kind()) {
                case DAY -> {
                    LocalDate d = LocalDate.of(y, m.a(), m.b());
                    yield m.asOf() ? new Period(null, d, label) : new Period(d, d, label);
                }
                case MONTH, MONTH_END -> {
                    YearMonth ym = YearMonth.of(y, m.a());
                    if (m.since()) {
                        yield new Period(ym.atDay(1), published, label);
                    }
                    yield m.asOf() || m.kind() == TimeMention.Kind.MONTH_END
                            ? new Period(null, ym.atEndOfMonth(), label)
                            : new Period(ym.atDay(1), ym.atEndOfMonth(), label);
                }
                case MONTH_RANGE ->
                    new Period(
                            LocalDate.of(y, m.a(), 1),
                            m.since() ? published : YearMonth.of(y, m.b()).atEndOfMonth(),
                            label);
                case FIRST_MONTHS ->
                    new Period(LocalDate.of(y, 1, 1), YearMonth.of(y, m.a()).atEndOfMonth(), label);
                case QUARTER -> {
                    LocalDate start = LocalDate.of(y, (m.a() - 1) * 3 + 1, 1);
                    yield m.since()
                            ? new Period(start, published, label)
                            : new Period(start, YearMonth.of(y, m.a() * 3).atEndOfMonth(), label);
                }
                case HALF ->
                    m.a() == 1
                            ? new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), label)
                            : new Period(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31), label);
                case YEAR ->
                    m.since()
                            ? new Period(LocalDate.of(y, 1, 1), published, label)
                            : new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), label);
                case YEAR_END -> new Period(null, LocalDate.of(y, 12, 31), label);
                default -> null;
            };
        } catch (java.time.DateTimeException e) {
            return null; // 2月30日 and the like: no period rather than a wrong one
        }
    }

    /** The period of a whole year, labelled as the text labels it. */
    Period yearPeriod(int year, String label, boolean stock) {
        if (year <= 0) {
            return null;
        }
        return stock
                ? new Period(null, LocalDate.of(year, 12, 31), label)
                : new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), label);
    }

    /** When a project stage was reached or is due; null when unknown. */
    EventDate date(TimeMention m, int contextYear, int previousYear) {
        String label = m.label();
        switch (m.kind()) {
            case MONTHS_AGO -> {
                if (published == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(published).minusMonths(m.a());
                return new EventDate(ym.toString(), DatePrecision.MONTH, label);
            }
            case DAYS_AGO -> {
                return published == null
                        ? null
                        : new EventDate(published.minusDays(m.a()).toString(), DatePrecision.DAY, label);
            }
            case NOW -> {
                return published == null ? null : new EventDate(published.toString(), DatePrecision.DAY, label);
            }
            case EVERY_YEAR -> {
                return null;
            }
            default -> {
                // resolved below
            }
        }
        int y = yearOf(m, contextYear, previousYear);
        if (y <= 0) {
            return null;
        }
        try {
            return switch (m.kind()) {
                case DAY -> new EventDate(LocalDate.of(y, m.a(), m.b()).toString(), DatePrecision.DAY, label);
                case MONTH, MONTH_END -> new EventDate(YearMonth.of(y, m.a()).toString(), DatePrecision.MONTH, label);
                case MONTH_RANGE, FIRST_MONTHS ->
                    new EventDate(
                            YearMonth.of(y, m.kind() == TimeMention.Kind.FIRST_MONTHS ? m.a() : m.b())
                                    .toString(),
                            DatePrecision.MONTH,
                            label);
                case QUARTER, HALF, YEAR, YEAR_END -> new EventDate(Integer.toString(y), DatePrecision.YEAR, label);
                default -> null;
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    LocalDate published() {
        return published;
    }
}
