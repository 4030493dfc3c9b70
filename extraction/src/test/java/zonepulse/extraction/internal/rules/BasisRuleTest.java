package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;

import org.junit.jupiter.api.Test;

class BasisRuleTest {

    /** The basis of the figure at {@code figureStart}, the name starting at {@code nameStart}. */
    private static String basis(String text, int nameStart, int connectorStart, int figureStart, int figureEnd) {
        String t = fold(text);
        var phrase = new NameBefore.Phrase(0, 0, connectorStart, nameStart);
        String name = t.substring(nameStart, connectorStart);
        boolean scope = MeasureWords.STANDARD.scope(name);
        String connector = t.substring(connectorStart, figureStart);
        return BasisRule.of(t, phrase, connector, nameStart, name, scope, figureEnd, t.length());
    }

    @Test
    void tongkoujingIsTheBasis() {
        // 规上工业产值|同口径增长|9%
        assertThat(basis("规上工业产值同口径增长9%。", 0, 6, 11, 13)).isEqualTo("同口径");
    }

    @Test
    void aParenthesisRightAfterTheFigureStatesWhatIsExcluded() {
        // 工业投资|增长|15%（剔除土地购置费）
        assertThat(basis("工业投资增长15%（剔除土地购置费）。", 0, 4, 6, 9)).isEqualTo("剔除土地购置费");
        assertThat(basis("工业投资增长15%（全省第一）。", 0, 4, 6, 9)).isNull();
    }

    @Test
    void aComparisonWithAnAverageNamesItsYardstick() {
        // 高于|全省平均水平|2.1个百分点
        assertThat(basis("高于全省平均水平2.1个百分点。", 2, 8, 8, 15)).isEqualTo("高于全省平均水平");
    }
}
