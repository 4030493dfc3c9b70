package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.events.Measure;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;

/**
 * What a figure measures and which name it takes, by its unit: a percentage is a growth (同比增长), month on month
 * (环比), a share (占, or a bare percentage of the thing after it: 「全市45%的企业」) or a level; a multiple is a growth
 * or a level; a count takes the name after it (77家世界500强企业) before the one before it, and is a level when it is a
 * ratio (人均, 每万人) or has a fraction; an amount takes the name right after it or the one before it. Immutable.
 */
final class MeasureRule {
    private final List<String> ratioWords;

    MeasureRule(List<String> ratioWords) {
        this.ratioWords = List.copyOf(ratioWords);
    }

    static final MeasureRule STANDARD = new MeasureRule(IndicatorLexicon.RATIO_NAMES);

    /**
     * What the words around a figure say.
     *
     * @param words the name before the figure, possibly empty
     * @param start where those words start
     * @param named whether they can name the measure ({@link MeasureWords#name})
     * @param scope whether they name only a scope (全市)
     * @param growth whether they or the connector state a growth
     * @param monthOnMonth whether they state 环比
     * @param share whether they state a share (占, 比重)
     * @param after the name after the figure, or null
     * @param partNamedBefore the figure named before, when the words name the whole of its share (占全市的), or null
     */
    record Clues(
            String words,
            int start,
            boolean named,
            boolean scope,
            boolean growth,
            boolean monthOnMonth,
            boolean share,
            IndicatorName after,
            IndicatorName partNamedBefore) {

        IndicatorName before(double confidence) {
            return new IndicatorName(words, start, start + words.length(), confidence);
        }
    }

    /** A measure and the name it is of (null when the words around the figure name none). */
    record Choice(Measure measure, IndicatorName name) {}

    Choice choose(Figure f, Clues c) {
        Unit.Kind kind = f.unit().kind();
        if (kind == Unit.Kind.PERCENT || kind == Unit.Kind.POINTS) {
            return percent(kind, c);
        }
        if (kind == Unit.Kind.TIMES) {
            return new Choice(c.growth() ? Measure.YOY_GROWTH : Measure.LEVEL, c.named() ? c.before(0.8) : null);
        }
        if (kind == Unit.Kind.COUNT) {
            return count(f, c);
        }
        boolean nameRightAfter =
                c.after() != null && c.after().text().length() >= 2 && c.after().start() == f.end();
        return new Choice(Measure.LEVEL, nameRightAfter ? c.after() : c.named() ? c.before(0.85) : c.after());
    }

    private static Choice percent(Unit.Kind kind, Clues c) {
        Measure measure;
        if (c.monthOnMonth()) {
            measure = Measure.MOM_GROWTH;
        } else if (c.growth()) {
            measure = Measure.YOY_GROWTH;
        } else if (c.share()) {
            measure = Measure.SHARE;
        } else if (!c.named()
                && c.after() != null
                && kind == Unit.Kind.PERCENT
                && (c.scope() || c.words().isEmpty())) {
            measure = Measure.SHARE; // 「全市45%的企业」: a share of what follows
        } else {
            measure = Measure.LEVEL;
        }
        IndicatorName name = c.named()
                ? c.before(0.85)
                : measure == Measure.SHARE && c.after() != null && !c.share() ? c.after() : null;
        if (c.partNamedBefore() != null && name != null) {
            name = c.partNamedBefore(); // 「实际使用外资18.6亿美元，占全市的46%」: the share is of the figure named before
        }
        return new Choice(measure, name);
    }

    private Choice count(Figure f, Clues c) {
        IndicatorName name;
        IndicatorName after = c.after();
        if (after != null
                && (after.text().length() >= 2
                        || c.words().endsWith("等")
                        || c.words().isEmpty())) {
            name = after;
        } else if (c.named()) {
            name = c.before(0.8);
        } else {
            name = after;
        }
        boolean ratio = name != null && Spans.containsAny(name.text(), ratioWords)
                || (f.magnitude().isEmpty() && f.value() != Math.rint(f.value()));
        return new Choice(ratio ? Measure.LEVEL : Measure.COUNT, name);
    }

    @Override
    public String toString() {
        return "MeasureRule[% → yoy_growth|mom_growth|share|level, 倍 → yoy_growth|level, 家 → count, ratios="
                + ratioWords + "]";
    }
}
