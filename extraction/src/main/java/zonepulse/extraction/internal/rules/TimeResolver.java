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
        if (m.kind() == TimeMention.Kind.YEAR && m.yearShift() == TimeMention.CONTEXT && m.a() != 0) {
            // 三年前, 11年后: counted from the year the text is about, as 次年 is; without one, the article's
            int base = previousYear > 0 ? previousYear : contextYear > 0 ? contextYear : docYear;
            return base <= 0 ? 0 : base + m.a();
        }
        if (m.yearShift() == TimeMention.CONTEXT) {
            return contextYear > 0 ? contextYear : docYear;
        }
        if (m.yearShift() == TimeMention.SAME_AS_PREVIOUS || m.yearShift() == TimeMention.AFTER_PREVIOUS) {
            int base = previousYear > 0 ? previousYear : contextYear > 0 ? contextYear : docYear;
            return base <= 0 ? 0 : m.yearShift() == TimeMention.AFTER_PREVIOUS ? base + 1 : base;
        }
        // 今年, 去年: against the article's year; an undated article's only anchor is a year stated before
        int anchor = docYear > 0 ? docYear : contextYear;
        return anchor > 0 ? anchor + m.yearShift() : 0;
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
        Period p = pointPeriod(m, contextYear, previousYear);
        if (p == null) {
            return null;
        }
        if (m.isSpan()) {
            // 8月11日至22日: from the start of the first to the end of the last
            Period last = pointPeriod(m.until(), contextYear, previousYear);
            LocalDate start = p.start() != null ? p.start() : p.end();
            return last == null || last.end() == null ? null : new Period(start, last.end(), m.label());
        }
        if (m.since() && m.kind() != TimeMention.Kind.RECENT_YEARS) {
            // 2020年四季度以来, 2018年至今: from its start to the article's date (open when the date is unknown)
            LocalDate start = p.start() != null ? p.start() : p.end();
            return published != null && start.isAfter(published) ? null : new Period(start, published, m.label());
        }
        return p;
    }

    /** The period of a mention on its own, ignoring a span's end and 以来. */
    private Period pointPeriod(TimeMention m, int contextYear, int previousYear) {
        String label = m.label();
        switch (m.kind()) {
            case NOW -> {
                return published == null ? null : new Period(null, published, label);
            }
            case EVERY_YEAR, MONTHS_AGO, DAYS_AGO, SAME_PERIOD_EARLIER, RELATIVE_DAY -> {
                return null;
            }
            case RELATIVE_MONTH -> {
                if (published == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(published).plusMonths(m.a());
                if (m.b() > 0) { // 本月9日
                    if (m.b() > ym.lengthOfMonth()) {
                        return null;
                    }
                    LocalDate d = ym.atDay(m.b());
                    return m.asOf() ? new Period(null, d, label) : new Period(d, d, label);
                }
                return m.asOf()
                        ? new Period(null, ym.atEndOfMonth(), label)
                        : new Period(ym.atDay(1), ym.atEndOfMonth(), label);
            }
            case RELATIVE_QUARTER -> {
                if (published == null) {
                    return null;
                }
                YearMonth first = quarterStart(published, m.a());
                LocalDate end = first.plusMonths(2).atEndOfMonth();
                return m.asOf() ? new Period(null, end, label) : new Period(first.atDay(1), end, label);
            }
            case PLAN_PERIOD -> {
                LocalDate end = LocalDate.of(m.b(), 12, 31);
                return m.asOf() ? new Period(null, end, label) : new Period(LocalDate.of(m.a(), 1, 1), end, label);
            }
            case COMING -> {
                // 未来2个月: from the article's date on
                return published == null
                        ? null
                        : new Period(published, published.plusMonths(m.a()).minusDays(1), label);
            }
            case RECENT_YEARS -> {
                // 近三年: the last three years up to the article's date, or up to the end of the year the text is about
                LocalDate end = published != null && (contextYear <= 0 || contextYear >= published.getYear())
                        ? published
                        : contextYear > 0 ? LocalDate.of(contextYear, 12, 31) : null;
                return end == null ? null : new Period(LocalDate.of(end.getYear() - m.a() + 1, 1, 1), end, label);
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
                case DAY -> {
                    LocalDate d = LocalDate.of(y, m.a(), m.b());
                    yield m.asOf() ? new Period(null, d, label) : new Period(d, d, label);
                }
                case MONTH, MONTH_END -> {
                    YearMonth ym = YearMonth.of(y, m.a());
                    yield m.asOf() || m.kind() == TimeMention.Kind.MONTH_END
                            ? new Period(null, ym.atEndOfMonth(), label)
                            : new Period(ym.atDay(1), ym.atEndOfMonth(), label);
                }
                case TEN_DAYS -> {
                    YearMonth ym = YearMonth.of(y, m.a());
                    LocalDate end = m.b() == 3 ? ym.atEndOfMonth() : ym.atDay(m.b() * 10);
                    yield m.asOf() ? new Period(null, end, label) : new Period(ym.atDay(m.b() * 10 - 9), end, label);
                }
                case MONTH_RANGE ->
                    new Period(LocalDate.of(y, m.a(), 1), YearMonth.of(y, m.b()).atEndOfMonth(), label);
                case FIRST_MONTHS ->
                    m.asOf()
                            ? new Period(null, YearMonth.of(y, m.a()).atEndOfMonth(), label)
                            : new Period(
                                    LocalDate.of(y, 1, 1),
                                    YearMonth.of(y, m.a()).atEndOfMonth(),
                                    label);
                case QUARTER -> {
                    LocalDate start = LocalDate.of(y, (m.a() - 1) * 3 + 1, 1);
                    LocalDate end = YearMonth.of(y, m.a() * 3).atEndOfMonth();
                    yield m.asOf() ? new Period(null, end, label) : new Period(start, end, label);
                }
                case HALF -> {
                    LocalDate start = LocalDate.of(y, m.a() == 1 ? 1 : 7, 1);
                    LocalDate end = m.a() == 1 ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
                    yield m.asOf() ? new Period(null, end, label) : new Period(start, end, label);
                }
                case YEAR ->
                    m.asOf()
                            ? new Period(null, LocalDate.of(y, 12, 31), label)
                            : new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), label);
                case YEAR_END -> new Period(null, LocalDate.of(y, 12, 31), label);
                case YEAR_PART ->
                    m.since()
                            ? new Period(LocalDate.of(y, 1, 1), null, label)
                            : new Period(null, m.b() == 1 ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 6, 30), label);
                default -> null;
            };
        } catch (java.time.DateTimeException e) {
            return null; // 2月30日 and the like: no period rather than a wrong one
        }
    }

    /** The first month of the quarter {@code shift} quarters from the one {@code date} lies in. */
    private static YearMonth quarterStart(LocalDate date, int shift) {
        return YearMonth.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1)
                .plusMonths(3L * shift);
    }

    /** 去年同期: {@code p} moved {@code years} years earlier (a comparison basis, never a figure's own period). */
    static Period samePeriodEarlier(Period p, int years, String label) {
        if (p == null) {
            return null;
        }
        return new Period(
                p.start() == null ? null : p.start().minusYears(years),
                p.end() == null ? null : p.end().minusYears(years),
                label);
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
            case RELATIVE_MONTH -> {
                if (published == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(published).plusMonths(m.a());
                return m.b() > 0 && m.b() <= ym.lengthOfMonth()
                        ? new EventDate(ym.atDay(m.b()).toString(), DatePrecision.DAY, label)
                        : new EventDate(ym.toString(), DatePrecision.MONTH, label);
            }
            case RELATIVE_QUARTER -> {
                return published == null
                        ? null
                        : new EventDate(
                                Integer.toString(quarterStart(published, m.a()).getYear()), DatePrecision.YEAR, label);
            }
            case EVERY_YEAR, RECENT_YEARS, SAME_PERIOD_EARLIER, COMING, RELATIVE_DAY -> {
                return null;
            }
            case PLAN_PERIOD -> {
                // 「十四五」期末: the plan's last year; a whole plan period dates nothing
                return m.asOf() ? new EventDate(Integer.toString(m.b()), DatePrecision.YEAR, label) : null;
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
                case MONTH, MONTH_END, TEN_DAYS ->
                    new EventDate(YearMonth.of(y, m.a()).toString(), DatePrecision.MONTH, label);
                case MONTH_RANGE, FIRST_MONTHS ->
                    new EventDate(
                            YearMonth.of(y, m.kind() == TimeMention.Kind.FIRST_MONTHS ? m.a() : m.b())
                                    .toString(),
                            DatePrecision.MONTH,
                            label);
                case QUARTER, HALF, YEAR, YEAR_END, YEAR_PART ->
                    new EventDate(Integer.toString(y), DatePrecision.YEAR, label);
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
