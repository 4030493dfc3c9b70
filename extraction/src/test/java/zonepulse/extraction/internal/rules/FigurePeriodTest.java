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
        return period(text, written, ps, PUBLISHED, true);
    }

    private static Period period(
            String text, String written, ParagraphState ps, LocalDate published, boolean reported) {
        String t = fold(text);
        Statement st = statement(t);
        DocContext ctx = context(t, published);
        FigurePeriod rule = FigurePeriod.standard(ctx, new TimeResolver(published, ctx.docYear()));
        int pos = figure(st, t, written).start();
        boolean stock = StockMarkers.STANDARD.first(t, st.start(), st.end()) < pos;
        return rule.of(st, ps, pos, stock, reported, null);
    }

    private static Period reportedOn(LocalDate published, String text, String written) {
        return period(text, written, new ParagraphState(), published, true);
    }

    @Test
    void aResultWhoseAssumedYearWouldPutItAfterPublicationIsOfTheYearBefore() {
        LocalDate january = LocalDate.of(2025, 1, 22);
        Period december = reportedOn(january, "12月，高新区实现工业用电量4.3亿千瓦时。", "4.3亿千瓦时");
        assertThat(december.start()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(december.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        Period wholeYear = reportedOn(january, "全年新引进外资项目27个。", "27个");
        assertThat(wholeYear.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(wholeYear.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        Period secondHalf = reportedOn(LocalDate.of(2023, 2, 8), "下半年，园区实现进出口额96亿元。", "96亿元");
        assertThat(secondHalf.start()).isEqualTo(LocalDate.of(2022, 7, 1));
        Period stock = reportedOn(LocalDate.of(2023, 1, 10), "截至12月底，园区市场主体达3.2万户。", "3.2万户");
        assertThat(stock.start()).isNull();
        assertThat(stock.end()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aResultForTheMonthJustEndingOrAStatedYearKeepsItsYear() {
        // published in the last days of October: 1-10月 is this year's
        Period months = reportedOn(LocalDate.of(2023, 10, 29), "1-10月，开发区税收收入增长6.1%。", "6.1%");
        assertThat(months.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(months.end()).isEqualTo(LocalDate.of(2023, 10, 31));
        // a year stated earlier in the statement is the text's word, not an assumption
        Period stated = reportedOn(LocalDate.of(2023, 1, 18), "2023年开发区计划开工项目40个，12月已开工12个。", "12个");
        assertThat(stated.start()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    /** A period mostly past when the article came out reports the year so far, not the year before. */
    @Test
    void aPeriodMostlyPastAtPublicationIsThisYearsSoFar() {
        Period firstHalf = reportedOn(LocalDate.of(2024, 5, 20), "上半年，园区新签约项目21个。", "21个");
        assertThat(firstHalf.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        Period wholeYear = reportedOn(LocalDate.of(2024, 11, 12), "全年新增市场主体1.2万户。", "1.2万户");
        assertThat(wholeYear.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        // barely begun: a review's year
        Period early = reportedOn(LocalDate.of(2024, 2, 20), "全年新增市场主体1.2万户。", "1.2万户");
        assertThat(early.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aTargetMayCoverTimeAfterPublication() {
        Period target = period("全年力争实现规上工业产值1000亿元。", "1000亿元", new ParagraphState(), LocalDate.of(2025, 2, 14), false);
        assertThat(target.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(target.end()).isEqualTo(LocalDate.of(2025, 12, 31));
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
        assertThat(rule.of(st, ps, figure(st, t, "90亿元").start(), false, true, null))
                .isNull();
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
