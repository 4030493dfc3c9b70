package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;
import zonepulse.extraction.internal.region.Places;
import zonepulse.extraction.internal.text.Trie;

/**
 * Whether the words before a figure name a measure of their own: a scope (全市, 去年同期), a pronoun (这一数据), a time
 * (1-8月份), a light verb (发布) or a comparison (较去年末, 增速比一季度) does not, and the figure is then about the
 * measure named before it. Immutable.
 */
final class MeasureWords {
    /** Chars a phrase made only of a time consists of (今年1-8月份, 前三季度, 全年). */
    private static final String TIME_CHARS = "-~年月份季度上下半全今去明前近过来以个多每一二三四五六七八九十两";

    private final Trie<Boolean> leading;
    private final Set<String> basisWords;
    private final Set<String> lightVerbs;
    private final Set<String> scopes;
    private final List<String> pronouns;

    MeasureWords(
            Trie<Boolean> leading,
            Set<String> basisWords,
            Set<String> lightVerbs,
            Set<String> scopes,
            List<String> pronouns) {
        this.leading = leading;
        this.basisWords = Set.copyOf(basisWords);
        this.lightVerbs = Set.copyOf(lightVerbs);
        this.scopes = Set.copyOf(scopes);
        this.pronouns = List.copyOf(pronouns);
    }

    static final MeasureWords STANDARD = new MeasureWords(
            Trie.ofWords(IndicatorLexicon.LEADING),
            Set.copyOf(IndicatorLexicon.BASIS_WORDS),
            Set.copyOf(IndicatorLexicon.LIGHT_VERBS),
            Set.copyOf(IndicatorLexicon.SCOPES),
            IndicatorLexicon.PRONOUNS);

    /**
     * Whether {@code words} only lead to, qualify or compare a figure (其中, 同口径, 发布, 较去年末, 增速比一季度): the
     * figure is about what was named before it.
     */
    boolean aboutFigureBefore(String words) {
        return leading.contains(words)
                || basisWords.contains(words)
                || lightVerbs.contains(words)
                || words.startsWith("较")
                || words.startsWith("比")
                || words.startsWith("同比")
                || words.startsWith("增速")
                || words.startsWith("增幅")
                || words.startsWith("降幅")
                || words.startsWith("涨幅")
                || changeVerb(words);
    }

    /** 「(由52家)增至2022年的163家」: a verb of change leads to the later value of the measure named before. */
    private static boolean changeVerb(String words) {
        for (String v : IndicatorLexicon.CHANGE_VERBS) {
            if (words.startsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** Yardstick words after a scope (全市平均水平, 全省平均, 全国水平): longest first. */
    private static final List<String> YARDSTICKS = List.of("平均水平", "平均", "水平");

    /**
     * Whether {@code words} name only a scope or a comparison (全市, 去年同期, 平均水平): a scope word, or a place of the
     * gazetteer, followed by a yardstick (全市平均, 江苏省平均水平, 成都的水平), or either alone (平均, 江苏省).
     */
    boolean scope(String words) {
        if (scopes.contains(words)) {
            return true;
        }
        String w = words.endsWith("的") ? words.substring(0, words.length() - 1) : words;
        for (String yardstick : YARDSTICKS) {
            if (w.endsWith(yardstick)) {
                w = w.substring(0, w.length() - yardstick.length());
                break;
            }
        }
        w = w.endsWith("的") ? w.substring(0, w.length() - 1) : w;
        if (w.isEmpty()) {
            return !words.equals("的"); // a yardstick alone: 「高于全市平均」 once 全市 is read as the scope
        }
        if (scopes.contains(w)) {
            return true;
        }
        var place = Places.standard().at(w, 0, w.length());
        return place != null && place.start() == 0 && place.end() == w.length();
    }

    /** Whether {@code words} end in a word pointing back (这一数据, 其). */
    boolean pronoun(String words) {
        for (String p : pronouns) {
            if (words.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} are a short time and nothing else (今年1-8月份, 前三季度). */
    static boolean timeOnly(String words) {
        if (words.isEmpty() || words.length() > 12) {
            return false;
        }
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (!Character.isDigit(c) && TIME_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code words} can name the figure's measure: not empty, a scope, a pronoun or a time. */
    boolean name(String words) {
        return !words.isEmpty() && !scope(words) && !pronoun(words) && !timeOnly(words);
    }

    /** How many chars of 增速, 增幅 or 增长率 end {@code words} (规上工业增加值增速 names a growth), or 0. */
    static int growthSuffix(String words) {
        if (words.endsWith("增长率")) {
            return 3;
        }
        return words.endsWith("增速") || words.endsWith("增幅") ? 2 : 0;
    }

    @Override
    public String toString() {
        return "MeasureWords[scopes, pronouns, times, light verbs and comparisons name no measure]";
    }
}
