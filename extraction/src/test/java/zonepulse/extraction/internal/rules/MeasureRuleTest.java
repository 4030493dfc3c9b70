package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;

import org.junit.jupiter.api.Test;
import zonepulse.events.Measure;
import zonepulse.extraction.internal.number.Figure;

class MeasureRuleTest {
    private static final MeasureRule RULE = MeasureRule.STANDARD;
    private static final IndicatorName AFTER = new IndicatorName("科技型中小企业", 20, 27, 0.75);

    /** Clues of named words {@code words} at offset 0 and the given flags. */
    private static MeasureRule.Clues clues(String words, boolean growth, boolean share, IndicatorName after) {
        boolean named = MeasureWords.STANDARD.name(words);
        return new MeasureRule.Clues(
                words, 0, named, MeasureWords.STANDARD.scope(words), growth, false, share, after, null);
    }

    @Test
    void aPercentageIsAGrowthAShareOrALevel() {
        Figure pct = figure("12.5%");
        assertThat(RULE.choose(pct, clues("出口额", true, false, null)))
                .isEqualTo(new MeasureRule.Choice(Measure.YOY_GROWTH, new IndicatorName("出口额", 0, 3, 0.85)));
        assertThat(RULE.choose(pct, clues("服务业增加值", false, true, null)).measure())
                .isEqualTo(Measure.SHARE);
        assertThat(RULE.choose(pct, clues("城镇化率", false, false, null)).measure())
                .isEqualTo(Measure.LEVEL);
        var month = new MeasureRule.Clues("社零总额", 0, true, false, true, true, false, null, null);
        assertThat(RULE.choose(pct, month).measure()).isEqualTo(Measure.MOM_GROWTH);
    }

    @Test
    void aBarePercentageOfWhatFollowsIsAShareOfIt() {
        MeasureRule.Choice c = RULE.choose(figure("45%"), clues("全市", false, false, AFTER));
        assertThat(c).isEqualTo(new MeasureRule.Choice(Measure.SHARE, AFTER));
    }

    @Test
    void aShareOfAWholeNamedAfterZhanIsOfThePartNamedBefore() {
        IndicatorName part = new IndicatorName("实际利用外资", 0, 6, 0.8);
        var c = new MeasureRule.Clues("全省", 12, false, true, false, false, true, null, part);
        assertThat(RULE.choose(figure("38%"), c).name()).isNull(); // the whole alone names nothing
        var named = new MeasureRule.Clues("全省外资", 12, true, false, false, false, true, null, part);
        assertThat(RULE.choose(figure("38%"), named).name()).isEqualTo(part);
    }

    @Test
    void aMultipleIsAGrowthOrALevel() {
        assertThat(RULE.choose(figure("1.5倍"), clues("软件收入", true, false, null)).measure())
                .isEqualTo(Measure.YOY_GROWTH);
        assertThat(RULE.choose(figure("1.5倍"), clues("软件收入", false, false, null))
                        .measure())
                .isEqualTo(Measure.LEVEL);
    }

    @Test
    void aCountPrefersTheNameAfterIt() {
        assertThat(RULE.choose(figure("45家"), clues("新增", false, false, AFTER)))
                .isEqualTo(new MeasureRule.Choice(Measure.COUNT, AFTER));
        assertThat(RULE.choose(figure("45家"), clues("专利授权量", false, false, null))
                        .name()
                        .text())
                .isEqualTo("专利授权量");
    }

    @Test
    void aRatioOrAFractionalCountIsALevel() {
        assertThat(RULE.choose(figure("62件"), clues("每万人发明专利拥有量", false, false, null))
                        .measure())
                .isEqualTo(Measure.LEVEL);
        assertThat(RULE.choose(figure("3.5个"), clues("平均到岗天数", false, false, null))
                        .measure())
                .isEqualTo(Measure.LEVEL);
    }

    @Test
    void anAmountTakesTheNameRightAfterIt() {
        IndicatorName rightAfter = new IndicatorName("技改投资", 3, 7, 0.75);
        Figure amount = figure("8亿元"); // ends at 3
        assertThat(RULE.choose(amount, clues("完成", false, false, rightAfter)).name())
                .isEqualTo(rightAfter);
        assertThat(RULE.choose(amount, clues("工业投资", false, false, null)))
                .isEqualTo(new MeasureRule.Choice(Measure.LEVEL, new IndicatorName("工业投资", 0, 4, 0.85)));
        assertThat(RULE.toString()).startsWith("MeasureRule[");
    }
}
