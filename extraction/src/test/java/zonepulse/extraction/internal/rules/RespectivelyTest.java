package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zonepulse.events.Measure;

class RespectivelyTest {

    @Test
    void itemsShareTheHeadTheLastOneCarriesInOrder() {
        Respectively list = Respectively.of("生物医药、高端装备营业收入", IndicatorLexicon.MEASURE_HEADS, Measure.YOY_GROWTH, false);
        assertThat(list.next()).isEqualTo("生物医药营业收入");
        assertThat(list.next()).isEqualTo("高端装备营业收入");
        assertThat(list.next()).isNull();
        assertThat(list.measure()).isEqualTo(Measure.YOY_GROWTH);
    }

    @Test
    void aSingleSubjectIsNoList() {
        Respectively list = Respectively.of("外贸出口", IndicatorLexicon.MEASURE_HEADS, Measure.LEVEL, false);
        assertThat(list.next()).isNull();
    }

    @Test
    void onlyASeparatorBetweenTwoFiguresContinuesTheList() {
        String t = "12%和9%，外贸增长3%";
        assertThat(Respectively.continues(t, 3, 4)).isTrue();
        assertThat(Respectively.continues(t, 6, 11)).isFalse();
    }
}
