package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import zonepulse.events.Period;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * The period a figure is about: the day of a ceremony the statement opens with (集中开工 on 3月29日: its counts cover
 * that day); else the last time stated before the figure in its statement (not a comparison: 比上年, 同比去年; not a
 * future year of another sentence), or for 「其中，…」 the one of the statement before; else the paragraph's opening
 * date, the section heading's year, the title's period, an annual report's year. A time without a year takes the
 * statement's, the paragraph's or the document's; a result's assumed year is the one before when the article's own
 * would put the result after its publication. Stocks (after 累计, 截至) are as of the period's end, unless
 * accumulated over a stated span (全年…累计). Immutable; one per document.
 */
final class FigurePeriod {
    private final DocContext ctx;
    private final TimeResolver times;
    private final List<String> ceremonies;

    FigurePeriod(DocContext ctx, TimeResolver times, List<String> ceremonies) {
        this.ctx = ctx;
        this.times = times;
        this.ceremonies = List.copyOf(ceremonies);
    }

    static FigurePeriod standard(DocContext ctx, TimeResolver times) {
        return new FigurePeriod(ctx, times, IndicatorLexicon.CEREMONIES);
    }

    /**
     * The period of the figure at {@code pos} of statement {@code st}; {@code stock}: it stands after a stock marker;
     * {@code reported}: the figure is a result, not a target or forecast.
     */
    Period of(Statement st, ParagraphState ps, int pos, boolean stock, boolean reported, CeremonyDay lastDay) {
        Period ceremony = ceremonyDay(st, ps, pos, lastDay);
        if (ceremony != null) {
            return ceremony;
        }
        TimeMention m = governingTime(st, pos);
        if (m != null
                && stock
                && (m.label().contains("全年")
                        || m.kind() == TimeMention.Kind.MONTH_RANGE
                        || m.kind() == TimeMention.Kind.FIRST_MONTHS)) {
            stock = false; // 「全年…累计达41场次」: accumulated over the stated period, a flow
        }
        if (m == null
                && ps.previous != null
                && !comparison(ps.previous)
                && ctx.text().startsWith("其中", st.start())) {
            m = ps.previous; // 「其中，…」 details the figures of the statement before
        }
        int statedYear = contextYear(st, m == null ? pos : m.start(), ps);
        if (m != null) {
            if (m.kind() == TimeMention.Kind.EVERY_YEAR
                    || m.kind() == TimeMention.Kind.MONTHS_AGO
                    || m.kind() == TimeMention.Kind.DAYS_AGO) {
                return null;
            }
            return reportedBefore(m, statedYear, stock || m.asOf(), reported);
        }
        return surrounding(ps, statedYear, stock, reported);
    }

    /**
     * The period of {@code m}, a year earlier when only the article's own year was assumed for it and a result would
     * then cover time after the article was published: 「12月，工业用电量5.1亿千瓦时」 and 「全年引进项目63个」 in a
     * review published in January are of the year before. A month's slack lets a figure for a month come out in its
     * last days, and a period mostly past reports so far (全年 in November). {@code statedYear} is the year the text
     * states for it, or 0.
     */
    private Period reportedBefore(TimeMention m, int statedYear, boolean stock, boolean reported) {
        int year = statedYear > 0 ? statedYear : ctx.docYear();
        Period p = times.period(m, year, year, stock);
        LocalDate published = times.published();
        boolean assumedYear = statedYear == 0 && !m.hasExplicitYear() && m.yearShift() == TimeMention.CONTEXT;
        if (p == null || !reported || !assumedYear || published == null || year <= 0) {
            return p;
        }
        boolean future = (p.start() != null && p.start().isAfter(published))
                || (p.end() != null && p.end().isAfter(published.plusMonths(1)) && !mostlyPast(p, published));
        return future ? times.period(m, year - 1, year - 1, stock) : p;
    }

    /**
     * Whether most of period {@code p} lay before {@code published}: 「上半年，新签约项目15个」 in May, 「全年引进项目63个」
     * in November report the year so far, not the year before.
     */
    private static boolean mostlyPast(Period p, LocalDate published) {
        if (p.start() == null || p.end() == null) {
            return false;
        }
        long length = ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
        long past = ChronoUnit.DAYS.between(p.start(), published);
        return past * 2 >= length;
    }

    /** GUIDELINES: counts and totals of a ceremony held on a stated day cover that day; null when there is none. */
    private Period ceremonyDay(Statement st, ParagraphState ps, int pos, CeremonyDay lastDay) {
        TimeMention day = st.openingDay(ctx.text());
        if (day == null
                && lastDay != null
                && lastDay.time().kind() == TimeMention.Kind.DAY
                && st.times().isEmpty()
                && !CeremonyDay.undatedRecent(ctx.text(), st)
                && ceremonyBefore(st, pos)) {
            // 「6月27日，某县举行签约仪式。」 … 「签约仪式上，…共签约项目15个」: the ceremony named is the one dated before
            return times.period(lastDay.time(), lastDay.year(), lastDay.year(), false);
        }
        if (day == null || !ceremonyBefore(st, pos)) {
            return null;
        }
        int year = st.explicitYearBefore(day.end());
        year = year > 0 ? year : contextYear(st, day.start(), ps);
        year = year > 0 ? year : ctx.docYear();
        return times.period(day, year, year, false);
    }

    /** The period of a figure whose statement states none: the paragraph's, the section's, the title's, the report's. */
    private Period surrounding(ParagraphState ps, int statedYear, boolean stock, boolean reported) {
        if (ps.opening != null) {
            return reportedBefore(ps.opening, statedYear, stock, reported);
        }
        if (ps.sectionYear > 0) {
            return times.yearPeriod(ps.sectionYear, ps.sectionYear + "年", stock);
        }
        if (ctx.titleTime() != null) {
            // 「苏州一季度GDP同比增4.4%」: a figure that states no time of its own is about the title's period
            return reportedBefore(ctx.titleTime(), 0, stock, reported);
        }
        if (ctx.reportYear() > 0) {
            return times.yearPeriod(ctx.reportYear(), ctx.reportYear() + "年", stock);
        }
        return null;
    }

    /** Whether a ceremony (集中开工, 签约仪式) is named in the statement before {@code pos}. */
    private boolean ceremonyBefore(Statement st, int pos) {
        for (String w : ceremonies) {
            if (Spans.indexOfIn(ctx.text(), w, st.start(), pos) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The time mention a figure at {@code pos} is about; 「同比去年」, 「比上年」 name a comparison, not the period. */
    private TimeMention governingTime(Statement st, int pos) {
        String t = ctx.text();
        TimeMention last = null;
        for (TimeMention m : st.times()) {
            if (m.end() > pos) {
                break;
            }
            boolean comparison = comparison(m);
            boolean future = m.hasExplicitYear()
                    && ctx.docYear() > 0
                    && m.year() > ctx.docYear()
                    && Spans.sentenceStart(t, m.start()) != Spans.sentenceStart(t, pos);
            if (!comparison && !future && !wholeOfTheYearBefore(t, last, m)) {
                last = m;
            }
        }
        return last;
    }

    /** 「去年全年」, 「2022年全年」: 全年 right after a year is the whole of that year, which the year already says. */
    private static boolean wholeOfTheYearBefore(String t, TimeMention before, TimeMention m) {
        return before != null
                && before.end() == m.start()
                && before.kind() == TimeMention.Kind.YEAR
                && t.startsWith("全年", m.start())
                && m.end() - m.start() == 2;
    }

    /**
     * Whether {@code m} names what a figure is compared with: 「比上年」, 「较2020年」, 「高于去年」, 「是十年前的3倍」,
     * 「为2015年的2倍」, 「与三年前相比」.
     */
    private boolean comparison(TimeMention m) {
        String t = ctx.text();
        char before = m.start() > 0 ? t.charAt(m.start() - 1) : 0;
        if (before == '比' || before == '较' || before == '于') {
            return true;
        }
        int e = m.end();
        if ((before == '是' || before == '为') && e < t.length() && t.charAt(e) == '的') {
            return true;
        }
        return "与同和跟".indexOf(before) >= 0 && (t.startsWith("相比", e) || t.startsWith("比", e) || t.startsWith("相较", e));
    }

    /** The year the text states for a mention without one of its own (全年, 1-8月), or 0 when it states none. */
    private int contextYear(Statement st, int pos, ParagraphState ps) {
        int year = 0;
        for (TimeMention m : st.times()) {
            if (m.end() <= pos && m.hasExplicitYear() && (ctx.docYear() == 0 || m.year() <= ctx.docYear())) {
                year = m.year();
            }
        }
        if (year > 0) {
            return year;
        }
        if (ps.year > 0 && (ctx.docYear() == 0 || ps.year <= ctx.docYear())) {
            return ps.year;
        }
        if (ps.opening != null && ps.opening.hasExplicitYear()) {
            return ps.opening.year();
        }
        return 0;
    }

    @Override
    public String toString() {
        return "FigurePeriod[ceremony day, else the statement's time, else paragraph, section, title, report; ceremonies="
                + ceremonies + "]";
    }
}
