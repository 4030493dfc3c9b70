package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.context;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;
import static zonepulse.extraction.internal.rules.IndicatorFixture.statement;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.region.Gazetteer;

class NameBeforeTest {
    private static final NameBefore RULE = NameBefore.standard(Gazetteer.standard());

    /** {name, connector} before the figure written {@code written}. */
    private static String[] read(String text, String written) {
        String t = fold(text);
        Statement st = statement(t);
        Figure f = figure(st, t, written);
        NameBefore.Phrase p = RULE.read(t, st, context(t, LocalDate.of(2024, 3, 1)), 0, f);
        return new String[] {t.substring(p.name(), p.connector()), t.substring(p.connector(), f.start())};
    }

    @Test
    void placesAndTimesBeforeTheNameAndTheConnectorAfterItAreSetApart() {
        assertThat(read("成都市2023年规模以上工业增加值同比增长9.6%。", "9.6%")).containsExactly("规模以上工业增加值", "同比增长");
    }

    @Test
    void leadingWordsAreStripped() {
        assertThat(read("其中，全年新增市场主体达到5600户。", "5600户")).containsExactly("新增市场主体", "达到");
    }

    @Test
    void aPlaceBeforeAProperNameHeadIsPartOfTheName() {
        assertThat(read("厦门银行存款余额达1200亿元。", "1200亿元")[0]).isEqualTo("厦门银行存款余额");
    }

    @Test
    void examplesBeforeEtcAreNotTheName() {
        assertThat(read("华星光电、天马微电子等重点企业产值达500亿元。", "500亿元")[0]).isEqualTo("重点企业产值");
    }

    @Test
    void theNameStopsAtTheClauseAndTheListComma() {
        assertThat(read("外贸稳中有进，进出口总额、出口额分别为300亿元和180亿元。", "300亿元")[0]).isEqualTo("出口额");
    }

    @Test
    void aPlaceAloneNamesNoMeasure() {
        String t = fold("其中南宁市42家。");
        Statement st = statement(t);
        DocContext ctx = context(t, null);
        NameBefore.Phrase p = RULE.read(t, st, ctx, 0, figure(st, t, "42家"));
        assertThat(NameBefore.placeOnly(ctx, p.name(), p.connector())).isTrue();
        assertThat(RULE.toString()).startsWith("NameBefore[");
    }
}
