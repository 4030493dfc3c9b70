package zonepulse.extraction.internal.rules;

import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * 「3月29日，一季度重大项目集中开工仪式举行。…包括A、B…」: the last day or month stated so far in the document, with
 * the year it is in; a list found by a pattern rule reports the ceremony held then, when the list's own clause
 * states no finer date. Immutable: each statement yields the next one.
 *
 * @param time the day or month mention
 * @param year the year it is in (stated, else the statement's or paragraph's), or 0
 */
record CeremonyDay(TimeMention time, int year) {

    private static final Trie<Boolean> RECENCY = Trie.ofWords(Lexicons.words("recency-words.txt"));

    /**
     * Whether statement {@code st} says its event happened lately (日前, 近日) and states no day or month of it: it
     * reports an event of its own, which an earlier ceremony's day does not date.
     */
    static boolean undatedRecent(CharSequence text, Statement st) {
        for (TimeMention m : st.times()) {
            if (m.kind() == TimeMention.Kind.DAY || m.kind() == TimeMention.Kind.MONTH) {
                return false;
            }
        }
        return RECENCY.find(text, st.start(), st.end()) != null;
    }

    /**
     * The ceremony day after statement {@code st}: its last day or month not after the document's year; none after a
     * statement of an undated recent event; else {@code last}.
     */
    static CeremonyDay after(CeremonyDay last, CharSequence text, Statement st, ParagraphState ps, int docYear) {
        if (undatedRecent(text, st)) {
            return null;
        }
        CeremonyDay day = last;
        for (TimeMention m : st.times()) {
            boolean dated = m.kind() == TimeMention.Kind.DAY || m.kind() == TimeMention.Kind.MONTH;
            if (dated && !(m.hasExplicitYear() && docYear > 0 && m.year() > docYear)) {
                int year = m.hasExplicitYear()
                        ? m.year()
                        : st.explicitYearBefore(m.start()) > 0 ? st.explicitYearBefore(m.start()) : ps.year;
                day = new CeremonyDay(m, year);
            }
        }
        return day;
    }

    /** The ceremony's date in place of {@code stated} when that is missing or a year the ceremony falls in. */
    EventDate over(EventDate stated, TimeResolver times) {
        if (stated != null && stated.precision() != DatePrecision.YEAR) {
            return stated;
        }
        EventDate ceremony = times.date(time, year, year);
        return ceremony != null && (stated == null || ceremony.value().startsWith(stated.value())) ? ceremony : stated;
    }
}
