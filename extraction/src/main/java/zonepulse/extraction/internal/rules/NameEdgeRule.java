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

    /** Words a leading word starts that are names' own ({@code lexicon/name-leading-exceptions.txt}: 新能源). */
    private static final Trie<Boolean> LEADING_EXCEPTIONS =
            Trie.ofWords(zonepulse.extraction.internal.lexicon.Lexicons.words("name-leading-exceptions.txt"));

    /** Where the name in {@code t[start, end)} starts. */
    int head(String t, Statement st, int start, int end) {
        int s = afterApposition(t, start, end);
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
            // one word at a time: 「加快服务外包产业园」 loses 加快, then keeps 服务外包
            Trie.Match<Boolean> lead =
                    LEADING_EXCEPTIONS.longestAt(t, s, end) != null ? null : leadingWords.longestAt(t, s, end);
            if (lead != null && lead.end() < end) {
                s = lead.end();
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
            int aside = asideStart(t, start, e);
            if (aside > start) {
                e = aside;
                changed = true;
            }
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

    /** 「全省首个氢能产业园——某某产业园一期」: after a dash the name restates what stands before it. */
    private static int afterApposition(String t, int start, int end) {
        for (int i = end - 4; i >= start; i--) {
            char c = t.charAt(i);
            if ((c == '-' || c == '—') && t.charAt(i + 1) == c) {
                return i + 2;
            }
        }
        return start;
    }

    /**
     * Where a parenthesised aside with a figure ends the span (某某项目（总投资23.5亿元）已投产): the start of the aside,
     * or -1. A bracket without a digit (某某（深圳）, 二期（扩建）) is part of the name.
     */
    private static int asideStart(String t, int start, int end) {
        if (end - start < 3 || (t.charAt(end - 1) != '）' && t.charAt(end - 1) != ')')) {
            return -1;
        }
        for (int i = end - 2; i > start; i--) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                for (int j = i + 1; j < end - 1; j++) {
                    if (Character.isDigit(t.charAt(j))) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "NameEdgeRule[strip punctuation, times, governing words and what precedes a dash at the head; adverbs, times"
                + " and a bracketed aside with a figure at the tail]";
    }
}
