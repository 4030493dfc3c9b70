package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.text.Trie;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * The phrase before a figure that may name its measure: from the clause's start (or the last 、 or the previous
 * figure) to the figure, the connecting words at its end (达, 同比增长, 占…的) set apart, and the scope words at its
 * start (places, zones, times, 其中, 全年) stripped — 「2022年，宁德第二产业增加值同比增长」 → 第二产业增加值 | 同比增长.
 * A place followed by a proper-name head (宁德时代, 苏州银行) is part of the name. Examples before 等 are not the name
 * (「百济神州、粤芯半导体等重大项目32个」 → 重大项目). Immutable.
 */
final class NameBefore {
    private final Trie<Boolean> connectors;
    private final Trie<Boolean> leading;
    private final Trie<Boolean> properNameHeads;
    private final Gazetteer gazetteer;

    /**
     * @param connectors the connecting words, as a reversed-word trie
     * @param leading the scope and filler words stripped from the start
     * @param properNameHeads words that after a place make a proper name
     * @param gazetteer the zones stripped from the start
     */
    NameBefore(Trie<Boolean> connectors, Trie<Boolean> leading, Trie<Boolean> properNameHeads, Gazetteer gazetteer) {
        this.connectors = connectors;
        this.leading = leading;
        this.properNameHeads = properNameHeads;
        this.gazetteer = gazetteer;
    }

    private static final Trie<Boolean> STANDARD_CONNECTORS = Trie.ofReversedWords(IndicatorLexicon.CONNECTORS);
    private static final Trie<Boolean> STANDARD_LEADING = Trie.ofWords(IndicatorLexicon.LEADING);
    /** Words a leading word starts that stay whole (就业, 在建): {@code lexicon/indicator-leading-exceptions.txt}. */
    private static final Trie<Boolean> KEPT_WORDS = Trie.ofWords(IndicatorLexicon.LEADING_EXCEPTIONS);

    private static final Trie<Boolean> STANDARD_PROPER_NAME_HEADS = Trie.ofWords(IndicatorLexicon.PROPER_NAME_HEADS);

    /** The lexicons' rule over the zones of {@code gazetteer}. */
    static NameBefore standard(Gazetteer gazetteer) {
        return new NameBefore(STANDARD_CONNECTORS, STANDARD_LEADING, STANDARD_PROPER_NAME_HEADS, gazetteer);
    }

    /**
     * Where the phrase before a figure stands, all offsets into the text.
     *
     * @param clause start of the figure's clause
     * @param segment start of the phrase: the clause, the last 、 or the previous figure, whichever is later
     * @param connector start of the connecting words, which end at the figure
     * @param name start of the name, after the scope words
     */
    record Phrase(int clause, int segment, int connector, int name) {}

    /** The phrase before figure {@code f} of statement {@code st}, not reaching before {@code floor}. */
    Phrase read(String t, Statement st, DocContext ctx, int floor, Figure f) {
        int clause = Spans.clauseStart(t, st.start(), f.start());
        int segment = Math.max(clause, segmentStart(t, Math.max(floor, clause), f.start()));
        int connector = Spans.stripTrailing(t, segment, f.start(), connectors);
        if (connector > segment && connector < f.start() && t.charAt(connector) == '均') {
            String word = t.substring(connector - 1, connector + 1);
            if (IndicatorLexicon.AVERAGE_WORDS.contains(word)) {
                connector++; // 「高于全市平均4.1个百分点」: the 均 of 平均 is the name's, not 'each'
            }
        }
        for (var m : st.times()) {
            if (m.end() == connector && m.start() > segment) {
                int before = Spans.stripTrailing(t, segment, m.start(), connectors);
                if (before < m.start()) {
                    connector = before; // 「数量由2018年的52家」: 由 and its time join the name to the figure
                }
            }
        }
        int name = stripLeading(t, st, ctx, segment, connector);
        int etc = Spans.lastIndexOf(t, '等', name, connector);
        if (etc >= name && connector - etc > 2) {
            name = etc + 1; // 「百济神州、粤芯半导体等重大项目32个」: the examples are not the name
        }
        return new Phrase(clause, segment, connector, name);
    }

    /** Whether a place alone fills the name from {@code name} to {@code connector} (「昆山市30例」). */
    static boolean placeOnly(DocContext ctx, int name, int connector) {
        var named = ctx.regionStartingAt(name);
        return named != null && named.end() >= connector;
    }

    /** Start of the name segment: after the last 、 or the previous figure, whichever is later. */
    private static int segmentStart(String t, int floor, int pos) {
        int i = pos;
        while (i > floor && t.charAt(i - 1) != '、') {
            i--;
        }
        return i;
    }

    private int stripLeading(String t, Statement st, DocContext ctx, int start, int end) {
        int s = start;
        boolean changed = true;
        while (changed && s < end) {
            changed = false;
            while (s < end && (t.charAt(s) == ' ' || Spans.isPunct(t.charAt(s)) && t.charAt(s) != '“')) {
                s++;
                changed = true;
            }
            int next = scopeEnd(t, st, ctx, s, end);
            if (next > s) {
                s = next;
                changed = true;
            }
        }
        return s;
    }

    /** End of the time, zone, place or leading word at {@code s} that leaves a name before {@code end}, or s. */
    private int scopeEnd(String t, Statement st, DocContext ctx, int s, int end) {
        TimeMention m = st.timeAt(s);
        if (m != null && m.end() <= end) {
            return m.end();
        }
        Gazetteer.ZoneMention z = gazetteer.at(t, s, end);
        if (z != null && z.end() < end) {
            return z.end();
        }
        var place = ctx.regionStartingAt(s);
        if (place != null && place.end() < end && !startsName(t, place.end(), end)) {
            return place.end(); // 「宁德第二产业占比」: the place is the figure's region, not part of its measure
        }
        Trie.Match<Boolean> w = leading.longestAt(t, s, end);
        if (w != null && w.end() < end) {
            Trie.Match<Boolean> word = KEPT_WORDS.longestAt(t, s, end);
            return word != null && word.end() > w.end() ? s : w.end(); // 就业人员: 就 starts a word here
        }
        return s;
    }

    /**
     * {@code name} without the scope and filler words it opens with (「其中工业投资」: 工业投资), as {@link #scopeEnd}
     * strips them from a phrase; a word they start stays whole (就业), and two chars are always left.
     */
    static String withoutLeadingWords(String name) {
        String rest = name;
        Trie.Match<Boolean> w = STANDARD_LEADING.longestAt(rest, 0, rest.length());
        while (w != null && rest.length() - w.end() >= 2) {
            Trie.Match<Boolean> kept = KEPT_WORDS.longestAt(rest, 0, rest.length());
            if (kept != null && kept.end() > w.end()) {
                break;
            }
            rest = rest.substring(w.end()).strip();
            w = STANDARD_LEADING.longestAt(rest, 0, rest.length());
        }
        return rest;
    }

    /** Whether the words after a place make it part of a proper name (宁德时代, 苏州银行) rather than a scope. */
    private boolean startsName(String t, int pos, int end) {
        return pos < end && properNameHeads.longestAt(t, pos, end) != null;
    }

    @Override
    public String toString() {
        return "NameBefore[<scope><name><connector><figure> → name; 甲、乙等<name> → name]";
    }
}
