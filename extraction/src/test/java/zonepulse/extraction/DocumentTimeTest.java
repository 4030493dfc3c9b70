package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicator;
import static zonepulse.extraction.Extract.text;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;

/**
 * Time a document states for all its figures: a dateline when no metadata dates it, the title's period, a section
 * heading's year. Sentences written for these tests; each names the symptom it fixes (issue 8, dev corpus).
 */
class DocumentTimeTest {

    @Test
    void anAgencyDatelineDatesTheArticleInTheYearItReportsOn() {
        var r = text("芜湖经开区一季度工业稳中有进\n中安网芜湖4月12日讯 2023年一季度，芜湖经开区规上工业产值增长15.2%。今年以来，区内新签约项目21个。", null);
        assertThat(r.indicators()).isNotEmpty();
        IndicatorEvent growth = indicator(r, Measure.YOY_GROWTH, 15.2);
        assertThat(growth.source().publishedAt())
                .isEqualTo(LocalDate.of(2023, 4, 12)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(indicator(r, Measure.COUNT, 21).period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aLineOpeningWithAFullDateDatesTheArticle() {
        var r = text("——2023年2月15日在新区第三届人民代表大会上\n今年全区地区生产总值预期增长6%。", null);
        IndicatorEvent target = indicator(r, Measure.YOY_GROWTH, 6);
        assertThat(target.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aTitleReviewingAYearsEconomyDatesTheFiguresThatStateNoTime() {
        var r = text("漳州台商投资区2023年经济运行情况\n\n全区规上工业增加值增长9.2%。\n\n高新技术企业产值占规上工业比重达41.5%。", "2024-02-06");
        IndicatorEvent share = indicator(r, Measure.SHARE, 41.5);
        assertThat(share.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(share.period().end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void amongOpeningAParagraphDetailsThePeriodOfTheOneBefore() {
        var r = text(
                "今年以来，全市开发区新引进亿元以上项目86个。\n\n" + "前三季度，全市开发区实现规上工业总产值2310亿元，同比增长7.6%。\n\n"
                        + "其中，泉州经济技术开发区实现规上工业总产值612亿元，同比增长9.8%。",
                "2023-10-25");
        IndicatorEvent zone = indicator(r, Measure.LEVEL, 612);
        assertThat(zone.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(zone.period().end()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void theDayAfterADatelineDatesTheCeremonysCounts() {
        var r = text("本报讯（记者 王芳）6月12日，滁州经开区举行二季度重点项目集中签约仪式，共签约项目11个，总投资48亿元。", "2023-06-14");
        IndicatorEvent signed = indicator(r, Measure.COUNT, 11);
        assertThat(signed.period().start()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(signed.period().end()).isEqualTo(LocalDate.of(2023, 6, 12));
        // the dateline's own day (讯 follows it) is when it was reported, not what the statement is about
        var agency = text("中安网滁州6月13日讯 6月12日上午，滁州经开区集中签约项目11个。", "2023-06-14");
        assertThat(indicator(agency, Measure.COUNT, 11).period().start()).isEqualTo(LocalDate.of(2023, 6, 12));
    }

    @Test
    void aFigureWithoutTimeTakesTheTitlesPeriod() {
        // dev corpus: a title's 一季度 left every figure of the article without a period
        var r = text("嘉兴上半年工业经济稳步回升\n\n全市规上工业增加值1020亿元，增长8.1%。", "2023-07-20");
        IndicatorEvent level = indicator(r, Measure.LEVEL, 1020);
        assertThat(level.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(level.period().end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void aSectionHeadingsYearDatesItsParagraphs() {
        // dev corpus: a government work report of February 2023 reviews 2022 under 「一、2022年工作回顾」
        var r = text("一、2022年工作回顾\n全区实现地区生产总值356亿元，增长5.2%。\n二、2023年工作安排\n全区地区生产总值力争增长6.5%。", "2023-02-10");
        assertThat(indicator(r, Measure.LEVEL, 356).period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(indicator(r, Measure.YOY_GROWTH, 6.5).period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    private static LocalDate publishedOf(ExtractionResult r) {
        return r.indicators()
                .get(0)
                .source()
                .publishedAt()
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
    }

    @Test
    void aLabelledDateOnThePagesHeadDatesTheArticle() {
        var r = text("高新区上半年经济运行良好\n发布时间：2019年7月18日 09:12 浏览次数：316\n上半年，高新区完成工业投资41亿元。", null);
        assertThat(publishedOf(r)).isEqualTo(LocalDate.of(2019, 7, 18));
    }

    @Test
    void aYearAndAMonthDayOnLinesOfTheirOwnDateTheArticle() {
        var r = text("新闻\n开发区新签约项目12个\n2019\n08/26\n今年以来，开发区新签约项目12个。", null);
        assertThat(publishedOf(r)).isEqualTo(LocalDate.of(2019, 8, 26));
    }

    @Test
    void aReportersDatelineTakesTheYearTheTextStates() {
        var r = text("本报讯（记者 周敏）9月3日，2020年前8个月，常州经开区实现规上工业产值560亿元。", null);
        assertThat(publishedOf(r)).isEqualTo(LocalDate.of(2020, 9, 3));
    }

    @Test
    void aDateInsideASpanIsNoPublicationDate() {
        var r = text("截至2019年6月30日，全区累计引进外资项目310个。", null);
        assertThat(r.indicators().get(0).source().publishedAt()).isNull();
    }

    @Test
    void theDateAReportIsSignedWithDatesIt() {
        var r = text("开发区管委会关于上半年工作的报告\n上半年，全区完成固定资产投资42.6亿元。\n二〇一九年七月十二日", null);
        assertThat(publishedOf(r)).isEqualTo(LocalDate.of(2019, 7, 12));
    }

    @Test
    void aLeadsPeriodDatesTheFiguresOfAnArticleWithoutHeadline() {
        // dev corpus: 「…获悉，1—5月某高新区工业经济…」 opened an article whose later figures state no time
        var r = text("记者从区政府获悉，1—4月绵阳高新区工业经济稳中有升。\n一是总量扩大。完成规上工业总产值312亿元，增长9.7%。", "2023-05-20");
        IndicatorEvent level = indicator(r, Measure.LEVEL, 312);
        assertThat(level.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(level.period().end()).isEqualTo(LocalDate.of(2023, 4, 30));
    }

    @Test
    void aCeremonysCountsAndListedProjectsTakeTheDayTheStatementOpensWith() {
        // GUIDELINES §1: counts and totals of a ceremony held on a stated day cover that day; its projects date to it
        var r = text("6月18日，盐城经开区举行二季度重大项目集中签约活动，共签约项目14个，总投资152亿元，包括甲乙新能源电池项目、丙丁光伏组件项目等。", "2023-06-19");
        IndicatorEvent count = indicator(r, Measure.COUNT, 14);
        assertThat(count.period().start()).isEqualTo(LocalDate.of(2023, 6, 18));
        assertThat(count.period().end()).isEqualTo(LocalDate.of(2023, 6, 18));
        assertThat(r.projects())
                .filteredOn(p -> p.name().contains("新能源电池"))
                .extracting(p -> p.date().value())
                .containsOnly("2023-06-18");
    }

    @Test
    void anUndatedReportTakesTheYearItStatesMostForItsWholeYear() {
        // dev corpus: an undated annual statement of a zone opened 「2003 年,在…」 (PDF spacing) and its 全年 figures
        // got no period at all
        var r = text("园区年度工作汇报\n2009 年,园区上下团结一心，2009 年各项工作取得新进展。\n全年实现工业总产值 88 亿元，比2008年增长12%。", null);
        IndicatorEvent level = indicator(r, Measure.LEVEL, 88);
        assertThat(level.period().start()).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(level.period().end()).isEqualTo(LocalDate.of(2009, 12, 31));
    }

    @Test
    void anUndatedTextThatStatesNoYearLeavesRelativePeriodsOpen() {
        var r = text("开发区今年以来新签约项目14个。", null);
        assertThat(indicator(r, Measure.COUNT, 14).period()).isNull();
    }

    @Test
    void countsOfACeremonyNamedAfterItsDatedLeadCoverTheCeremonyDay() {
        // dev corpus: 「签约仪式上，…共签约项目15个」 a paragraph after 「6月27日，…举行签约仪式」 got no period
        var r = text("桐城经开区项目集中签约\n9月12日，桐城经开区举行重点项目集中签约仪式。\n签约仪式上，9家企业与园区共签约项目12个，总投资86亿元。", "2023-09-13");
        IndicatorEvent count = indicator(r, Measure.COUNT, 12);
        assertThat(count.period().start()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(count.period().end()).isEqualTo(LocalDate.of(2023, 9, 12));
    }

    @Test
    void theWholeYearAfterAYearIsThatYear() {
        // 「去年全年」 resolved to this year: 全年 after a year overrode it
        var r = text("去年全年，芜湖经开区实现营业收入1860亿元。", "2023-11-15");
        assertThat(indicator(r, Measure.LEVEL, 1860).period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        var written = text("2021年全年，芜湖经开区实现营业收入1520亿元。", "2023-11-15");
        assertThat(indicator(written, Measure.LEVEL, 1520).period().end()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void anUndatedRecentEventIsNotDatedByAnEarlierCeremonysDay() {
        // a batch reported 「日前」 took the day of the ceremony two paragraphs up
        var r = text(
                "常州经开区重大项目建设加速推进\n" + "3月28日，常州经开区举行重大项目集中签约仪式，签约项目18个。\n" + "日前，常州经开区又集中开工重大项目9个，总投资65亿元。",
                "2024-04-10");
        assertThat(indicator(r, Measure.COUNT, 18).period().start()).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(indicator(r, Measure.COUNT, 9).period()).isNull();
        assertThat(indicator(r, Measure.LEVEL, 65).period()).isNull();
    }
}
