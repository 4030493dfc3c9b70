package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Status;

class RestatementsTest {

    private static Drafts.Indicator indicator(String name, double value, double confidence) {
        return new Drafts.Indicator(
                0,
                1,
                0,
                1,
                "某市",
                name,
                Measure.LEVEL,
                value,
                null,
                "亿元",
                new Quantity(value * 1e8, "元"),
                Qualifier.EXACT,
                Status.ACTUAL,
                null,
                null,
                confidence);
    }

    @Test
    void aFigureRestatedUnderAnAgreeingNameIsKeptOnce() {
        var lead = indicator("规上工业产值", 512.3, 0.85);
        var body = indicator("规模以上工业产值", 512.3, 0.85);
        assertThat(Restatements.dedupe(List.of(lead, body))).containsExactly(lead);
    }

    @Test
    void otherValuesOrOtherNamesStay() {
        var a = indicator("工业产值", 512.3, 0.85);
        var b = indicator("工业产值", 498.0, 0.85);
        var c = indicator("服务业营收", 500, 0.85);
        var d = indicator("外贸进出口", 500, 0.85);
        assertThat(Restatements.dedupe(List.of(a, b, c, d))).containsExactly(a, b, c, d);
    }

    @Test
    void aWeaklyNamedDistinctiveValueRepeatsTheFirst() {
        var strong = indicator("工业产值", 512.3, 0.85);
        var weak = indicator("其他", 512.3, 0.6);
        var round = indicator("其他", 500, 0.6);
        var roundBefore = indicator("服务业营收", 500, 0.85);
        assertThat(Restatements.dedupe(List.of(strong, weak, roundBefore, round)))
                .containsExactly(strong, roundBefore, round);
    }

    /** Two weakly named figures of one value are two figures, not a restatement of each other. */
    @Test
    void twoWeaklyNamedFiguresOfOneValueStay() {
        var industry = indicator("规上工业增加值", 6.3, 0.65);
        var retail = indicator("社会消费品零售总额", 6.3, 0.65);
        assertThat(Restatements.dedupe(List.of(industry, retail))).containsExactly(industry, retail);
    }

    /** A lead (a title: 「8个项目集中开工」) states no time; the body restating it does, and the kept event takes it. */
    @Test
    void aKeptFigureWithoutPeriodTakesItsRestatementsPeriod() {
        var lead = indicator("开工项目", 8, 0.85);
        var march = new Period(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 18), "3月18日");
        var body = indicator("集中开工项目", 8, 0.85).withPeriod(march);
        List<Drafts.Indicator> kept = Restatements.dedupe(List.of(lead, body));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).name()).isEqualTo("开工项目");
        assertThat(kept.get(0).period()).isEqualTo(march);
        var april = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "4月");
        var stated = indicator("开工项目", 8, 0.85).withPeriod(april);
        assertThat(Restatements.dedupe(List.of(stated, body))).containsExactly(stated);
    }
}
