package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;

import org.junit.jupiter.api.Test;

class StockMarkersTest {
    private static int first(String text) {
        String t = fold(text);
        return StockMarkers.STANDARD.first(t, 0, t.length());
    }

    @Test
    void figuresAfterJiezhiOrNianmoAreStocks() {
        assertThat(first("截至6月底，园区企业达2100家。")).isZero();
        assertThat(first("新增企业300家，年末实有企业2100家。")).isEqualTo(9);
    }

    @Test
    void leijiMarksAStockOnlyBeforeAFigureOrAVerb() {
        assertThat(first("全年累计完成投资30亿元。")).isEqualTo(2);
        assertThat(first("累计 12个项目开工。")).isZero();
        String concentration = "细颗粒物累计浓度下降5%。";
        assertThat(first(concentration)).isEqualTo(concentration.length());
        assertThat(StockMarkers.STANDARD.toString()).startsWith("StockMarkers[");
    }
}
