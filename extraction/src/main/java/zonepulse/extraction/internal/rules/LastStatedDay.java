package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import zonepulse.extraction.internal.time.TimeMention;
import zonepulse.extraction.internal.time.TimeMention.Kind;
import zonepulse.extraction.internal.time.TimeScanner;

/**
 * The last day of a month a document has stated so far, for the 同日, 当天 and 次日 of later statements
 * (「3月28日，…开工。同日，…签约。」): {@link TimeScanner} resolves those against the days of the statement it
 * scans; one that opens a statement refers to a day stated before it. Read statement by statement in text order;
 * one per document.
 */
final class LastStatedDay {
    private TimeMention day;

    /**
     * The statement's time mentions with each 同日 or 次日 that its own text left unresolved as the day it refers to,
     * or left out when the text before stated none (it dates nothing then); the day is then that of the statement's
     * last day.
     */
    List<TimeMention> resolve(List<TimeMention> times) {
        List<TimeMention> out = times;
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i).kind() == Kind.RELATIVE_DAY) {
                if (out == times) {
                    out = new ArrayList<>(times.subList(0, i));
                }
                TimeMention resolved = day == null ? null : TimeScanner.onDayOf(times.get(i), day);
                if (resolved != null) {
                    out.add(resolved);
                }
            } else if (out != times) {
                out.add(times.get(i));
            }
        }
        note(out);
        return out;
    }

    /** Notes the last day of a month among a statement's time mentions. */
    void note(List<TimeMention> times) {
        for (int i = times.size() - 1; i >= 0; i--) {
            TimeMention m = times.get(i).isSpan() ? times.get(i).until() : times.get(i);
            boolean ofMonth = m.kind() == Kind.DAY && m.b() >= 1 || m.kind() == Kind.RELATIVE_MONTH && m.b() >= 1;
            if (ofMonth) {
                day = m;
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "LastStatedDay[" + (day == null ? "none" : day.label()) + "]";
    }
}
