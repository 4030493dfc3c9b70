package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.text.Trie;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * A name does not start with punctuation, a time or the verbs and adverbs that govern it (推动…, 今年…), nor end with
 * the adverbs, auxiliaries and times between it and its trigger (…已经, …年底前). Quotes and book-title marks stay:
 * they belong to the name. Immutable.
 */
final class NameEdgeRule {
    private final Trie<Boolean> leadingWords;
    private final Trie<Boolean> trailingWords;

    /** {@code trailingWords} is a reversed-word trie. */
    NameEdgeRule(Trie<Boolean> leadingWords, Trie<Boolean> trailingWords) {
        this.leadingWords = leadingWords;
        this.trailingWords = trailingWords;
    }

    static final NameEdgeRule STANDARD = new NameEdgeRule(Lexicon.LEADING_VERBS, Lexicon.TRAILING_ADVERBS);

    /** Where the name in {@code t[start, end)} starts. */
    int head(String t, Statement st, int start, int end) {
        int s = start;
        boolean changed = true;
        while (changed && s < end) {
            changed = false;
            while (s < end
                    && (t.charAt(s) == ' '
                            || t.charAt(s) == '、'
                            || (Spans.isPunct(t.charAt(s)) && t.charAt(s) != '“' && t.charAt(s) != '《'))) {
                s++;
                changed = true;
            }
            TimeMention m = st.timeAt(s);
            if (m != null && m.end() < end) {
                s = m.end();
                changed = true;
                continue;
            }
            int v = Spans.stripLeading(t, s, end, leadingWords);
            if (v != s) {
                s = v;
                changed = true;
            }
        }
        return s;
    }

    /** Where the name in {@code t[start, end)} ends. */
    int tail(String t, Statement st, int start, int end) {
        int e = end;
        boolean changed = true;
        while (changed && e > start) {
            changed = false;
            int stripped = Spans.stripTrailing(t, start, e, trailingWords);
            if (stripped != e) {
                e = stripped;
                changed = true;
            }
            for (TimeMention m : st.times()) {
                if (m.end() == e && m.start() >= start) {
                    e = m.start();
                    changed = true;
                }
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return "NameEdgeRule[strip punctuation, times and governing words at the head; adverbs and times at the tail]";
    }
}
