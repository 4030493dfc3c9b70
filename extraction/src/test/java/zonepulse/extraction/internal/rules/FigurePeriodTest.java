package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.context;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;
import static zonepulse.extraction.internal.rules.IndicatorFixture.statement;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.Period;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.time.TimeScanner;

class FigurePeriodTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 20);

    private static Period period(String text, String written, ParagraphState ps) {
        String t = fold(text);
        Statement st = statement(t);
        DocContext ctx = context(t, PUBLISHED);
        FigurePeriod rule = FigurePeriod.standard(ctx, new TimeResolver(PUBLISHED, ctx.docYear()));
        int pos = figure(st, t, written).start();
        boolean stock = StockMarkers.STANDARD.first(t, st.start(), st.end()) < pos;
        return rule.of(st, ps, pos, stock, null);
    }

    private static Period period(String text, String written) {
        return period(text, written, new ParagraphState());
    }

    @Test
    void theTimeStatedBeforeTheFigure() {
        Period p = period("2022年，园区营收达300亿元。", "300亿元");
        assertThat(p.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aComparedYearIsNoPeriod() {
        assertThat(period("园区营收比上年增长8%。", "8%")).isNull();
    }

    @Test
    void aComparedTimeYearsAgoIsNoPeriod() {
        // 「是十年前的3倍」, 「与三年前相比」 name what is compared, not the figure's period
        assertThat(period("园区营收是十年前的3倍，达到450亿元。", "450亿元")).isNull();
        assertThat(period("与三年前相比，园区企业增加到500家。", "500家")).isNull();
        Period p = period("三年前，园区企业仅有80家。", "80家");
        assertThat(p.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void qizhongDoesNotDetailAComparedTime() {
        String t = fold("园区产值是五年前的2倍。其中，工业产值达90亿元。");
        int second = t.indexOf("其中");
        ParagraphState ps = new ParagraphState();
        ps.previous = TimeScanner.scan(t, 0, second).get(0);
        Statement st = Statement.of(
                t,
                second,
                t.length(),
                TimeScanner.scan(t, second, t.length()),
                NumberScanner.scan(t, second, t.length()));
        DocContext ctx = context(t, PUBLISHED);
        FigurePeriod rule = FigurePeriod.standard(ctx, new TimeResolver(PUBLISHED, ctx.docYear()));
        assertThat(rule.of(st, ps, figure(st, t, "90亿元").start(), false, null)).isNull();
    }

    @Test
    void aStockIsAsOfThePeriodsEnd() {
        Period p = period("截至2023年底，园区企业达2100家。", "2100家");
        assertThat(p.start()).isNull();
        assertThat(p.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void theCountsOfACeremonyCoverItsDay() {
        Period p = period("5月18日，经开区集中开工项目16个。", "16个");
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 5, 18));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 5, 18));
    }

    @Test
    void withoutATimeOfItsOwnTheSectionsYear() {
        ParagraphState ps = new ParagraphState();
        ps.sectionYear = 2021;
        Period p = period("园区营收达300亿元。", "300亿元", ps);
        assertThat(p.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(period("园区营收达300亿元。", "300亿元")).isNull();
    }

    @Test
    void qizhongDetailsThePeriodOfTheStatementBefore() {
        ParagraphState ps = new ParagraphState();
        String before = fold("2023年上半年，全区营收增长9%。");
        ps.previous = statement(before).times().get(0);
        Period p = period("其中，工业营收增长11%。", "11%", ps);
        assertThat(p.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }
}
