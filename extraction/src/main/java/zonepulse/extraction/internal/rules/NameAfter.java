package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.text.Trie;

/**
 * The name after a figure (「77家世界500强企业」 → 世界500强企业), up to a stop word, a clause boundary, 、 or the next
 * figure; a batch is named by the stage it reached (「54个项目已签约落地」 → 签约落地项目). What an amount is spent on
 * (「投资15亿元建设研发中心」) names no measure. Immutable.
 */
final class NameAfter {
    private final Trie<Boolean> stops;
    private final Trie<Boolean> purposeVerbs;
    private final Trie<Stage> stageTriggers;

    NameAfter(Trie<Boolean> stops, Trie<Boolean> purposeVerbs, Trie<Stage> stageTriggers) {
        this.stops = stops;
        this.purposeVerbs = purposeVerbs;
        this.stageTriggers = stageTriggers;
    }

    /** Words joining a figure to the next item (和, 及): {@code lexicon/indicator-item-joiners.txt}. */
    private static final Trie<Boolean> JOINERS = Trie.ofWords(IndicatorLexicon.ITEM_JOINERS);

    /** Verbs of change to a later value (增至, 提高到): {@code lexicon/indicator-change-verbs.txt}. */
    private static final Trie<Boolean> CHANGE_VERBS = Trie.ofWords(IndicatorLexicon.CHANGE_VERBS);

    static final NameAfter STANDARD = new NameAfter(
            Trie.ofWords(IndicatorLexicon.FOLLOW_STOPS),
            Trie.ofWords(IndicatorLexicon.PURPOSE_VERBS),
            Lexicon.STAGE_TRIGGERS);

    /** The name after figure {@code k} of {@code figures}, before {@code limit}, or null. */
    IndicatorName read(String t, List<Figure> figures, int k, int limit) {
        Figure f = figures.get(k);
        int s = f.end();
        if (s < limit && t.charAt(s) == ' ') {
            s++;
        }
        if (s < limit && t.charAt(s) == '的') {
            s++;
        }
        if (purposeVerbs.longestAt(t, s, limit) != null) {
            return null; // 「投资15亿元建设研发中心」, 「9000万元扩建二期工厂」: what the money is for, not what it measures
        }
        int stop = k + 1 < figures.size() ? Math.min(limit, figures.get(k + 1).start()) : limit;
        if (JOINERS.longestAt(t, s, stop) != null || CHANGE_VERBS.longestAt(t, s, stop) != null) {
            return null; // 「9.6亿元和利润总额5.2亿元」, 「由52家增至163家」: what follows names or is the next figure
        }
        int e = end(t, s, stop);
        if (e > s
                && stops.longestAt(t, s, e) != null
                && stops.longestAt(t, s, e).end() == e) {
            return null;
        }
        String text = t.substring(s, e);
        if (Spans.loose(text).isEmpty() || !Spans.isHan(text.charAt(0)) && text.charAt(0) != '“') {
            return null;
        }
        return withStage(t, text, s, e, limit);
    }

    /** Where a name starting at {@code s} ends: a boundary, 、, a space, an opening quote or a stop word. */
    private int end(String t, int s, int stop) {
        int e = s;
        while (e < stop && e - s < 16) {
            char c = t.charAt(e);
            if (Spans.clauseBoundary(c) || c == '、' || c == ' ' || (c == '“' && e > s)) {
                break;
            }
            if (e > s && stops.longestAt(t, e, stop) != null) {
                break;
            }
            e++;
        }
        return e;
    }

    /** 54个项目已签约落地 → 签约落地项目: the batch is named by the stage (one or two triggers) it reached. */
    private IndicatorName withStage(String t, String text, int s, int e, int limit) {
        int a = e;
        for (String adv : IndicatorLexicon.BATCH_ADVERBS) {
            if (t.startsWith(adv, a)) {
                a += adv.length();
                break;
            }
        }
        Trie.Match<Stage> trigger = stageTriggers.longestAt(t, a, limit);
        if (trigger == null) {
            return new IndicatorName(text, s, e, 0.75);
        }
        int te = trigger.end();
        Trie.Match<Stage> second = stageTriggers.longestAt(t, te, limit);
        if (second != null) {
            te = second.end();
        }
        return new IndicatorName(t.substring(trigger.start(), te) + text, s, te, 0.75);
    }

    @Override
    public String toString() {
        return "NameAfter[<figure><name> → name; <figure><name>已<stage> → <stage><name>]";
    }
}
