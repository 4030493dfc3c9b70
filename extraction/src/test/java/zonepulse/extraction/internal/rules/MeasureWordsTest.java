package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureWordsTest {
    private static final MeasureWords WORDS = MeasureWords.STANDARD;

    @Test
    void leadingBasisVerbAndComparisonWordsAreAboutTheFigureBefore() {
        assertThat(WORDS.aboutFigureBefore("其中")).isTrue();
        assertThat(WORDS.aboutFigureBefore("同口径")).isTrue();
        assertThat(WORDS.aboutFigureBefore("发布")).isTrue();
        assertThat(WORDS.aboutFigureBefore("较上年末")).isTrue();
        assertThat(WORDS.aboutFigureBefore("增幅比去年同期")).isTrue();
        assertThat(WORDS.aboutFigureBefore("进出口总额")).isFalse();
    }

    @Test
    void scopesPronounsAndTimesNameNoMeasure() {
        assertThat(WORDS.scope("全省")).isTrue();
        assertThat(WORDS.scope("全市平均")).isTrue();
        assertThat(WORDS.scope("江苏省平均水平")).isTrue();
        assertThat(WORDS.scope("成都市的")).isTrue();
        assertThat(WORDS.scope("平均")).isTrue();
        assertThat(WORDS.scope("平均工资")).isFalse();
        assertThat(WORDS.pronoun("这一指标")).isTrue();
        assertThat(MeasureWords.timeOnly("前三季度")).isTrue();
        assertThat(MeasureWords.timeOnly("三季度出口")).isFalse();
        assertThat(WORDS.name("全省")).isFalse();
        assertThat(WORDS.name("这一指标")).isFalse();
        assertThat(WORDS.name("今年1-9月")).isFalse();
        assertThat(WORDS.name("")).isFalse();
        assertThat(WORDS.name("进出口总额")).isTrue();
    }

    @Test
    void aGrowthSuffixIsMeasuredNotNamed() {
        assertThat(MeasureWords.growthSuffix("工业投资增速")).isEqualTo(2);
        assertThat(MeasureWords.growthSuffix("利润总额增长率")).isEqualTo(3);
        assertThat(MeasureWords.growthSuffix("营业收入")).isZero();
        assertThat(WORDS.toString()).startsWith("MeasureWords[");
    }

    @Test
    void aChangeOfTheRateOfTheFigureBeforeIsAboutThatFigure() {
        // 「降幅比1-2月收窄2.1个百分点」 was named 降幅比1-2月收窄
        assertThat(WORDS.aboutFigureBefore("降幅比1-2月收窄")).isTrue();
        assertThat(WORDS.aboutFigureBefore("涨幅较上月扩大")).isTrue();
        assertThat(WORDS.aboutFigureBefore("降本增效资金")).isFalse();
    }
}
