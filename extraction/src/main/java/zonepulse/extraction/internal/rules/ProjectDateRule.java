package zonepulse.extraction.internal.rules;

import java.util.regex.Pattern;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * When a stage is (to be) reached: the last time stated in the trigger's clause before it, else in the rest of that
 * clause, else at the head of its sentence (「2021年11月27日，小米汽车落户亦庄」, not a future year); then the
 * paragraph's opening date, then an annual report's year. A statement opening with a day (「3月29日，…举行…开工仪式」)
 * dates its stages when nothing finer than an unwritten year is stated. Immutable; one per document.
 */
final class ProjectDateRule {
    /** A label that writes out its year (2023年, 2023 年). */
    private static final Pattern WRITTEN_YEAR = Pattern.compile(".*\\d{4}\\s*年.*");

    private final DocContext ctx;
    private final TimeResolver times;

    ProjectDateRule(DocContext ctx, TimeResolver times) {
        this.ctx = ctx;
        this.times = times;
    }

    /**
     * The date of trigger {@code tr} in statement {@code st}, its clause starting at {@code segStart}; or null. A
     * planned stage is never dated by the day the statement opens with: that is the day of what the statement
     * reports (「6月18日，…封顶，预计明年三季度投产」), not when the plan is due.
     */
    EventDate date(Statement st, ParagraphState ps, int segStart, Trigger tr, boolean planned) {
        EventDate found = stated(st, ps, segStart, tr);
        TimeMention day = planned ? null : st.openingDay(ctx.text());
        boolean vague = found == null
                || found.precision() == DatePrecision.YEAR
                        && (found.label() == null
                                || !WRITTEN_YEAR.matcher(found.label()).matches());
        if (day != null && vague) {
            EventDate opening = times.date(day, st.explicitYearBefore(day.end()), st.explicitYearBefore(day.end()));
            if (opening != null) {
                return opening;
            }
        }
        return found;
    }

    private EventDate stated(Statement st, ParagraphState ps, int segStart, Trigger tr) {
        TimeMention m = st.lastTimeIn(segStart, tr.start());
        if (m == null) {
            int clauseEnd = Spans.clauseEnd(ctx.text(), tr.end(), st.end());
            m = st.lastTimeIn(tr.end(), clauseEnd);
        }
        if (m == null) {
            m = sentenceHead(st, segStart);
        }
        if (m != null) {
            int context = 0;
            for (TimeMention y : st.times()) {
                if (y.end() <= m.start() && y.hasExplicitYear() && (ctx.docYear() == 0 || y.year() <= ctx.docYear())) {
                    context = y.year();
                }
            }
            int year =
                    context > 0 ? context : ps.opening != null && ps.opening.hasExplicitYear() ? ps.opening.year() : 0;
            return times.date(m, year, year);
        }
        if (ps.opening != null) {
            return times.date(ps.opening, ps.opening.year(), ps.opening.year());
        }
        if (ctx.reportYear() > 0) {
            return new EventDate(Integer.toString(ctx.reportYear()), DatePrecision.YEAR, ctx.reportYear() + "年");
        }
        return null;
    }

    /** The time an earlier clause of the trigger's sentence opens with; a future year is only a plan, so none. */
    private TimeMention sentenceHead(Statement st, int segStart) {
        int sentence = segStart;
        while (sentence > st.start() && !Spans.endsSentence(ctx.text().charAt(sentence - 1))) {
            sentence--;
        }
        TimeMention before = st.lastTimeIn(sentence, Spans.projectClauseStart(ctx.text(), st.start(), segStart));
        if (before != null
                && before.start() - sentence <= 1
                && before.kind() != TimeMention.Kind.EVERY_YEAR
                && !(before.hasExplicitYear() && ctx.docYear() > 0 && before.year() > ctx.docYear())) {
            return before;
        }
        return null;
    }

    @Override
    public String toString() {
        return "ProjectDateRule[clause time, sentence head, paragraph opening, report year; an opening day first]";
    }
}
