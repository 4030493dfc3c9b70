package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicator;
import static zonepulse.extraction.Extract.text;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.Qualifier;
import zonepulse.events.Status;

/** One rule per test, on sentences written for it. */
class IndicatorRulesTest {

    @Test
    void aTotalOfWhatWasAddedTakesTheNameOfWhatWasCounted() {
        var r = text("2023年，柳州高新区新认定科技型中小企业85家，总数达到430家。", "2024-02-01");
        assertThat(indicator(r, Measure.COUNT, 85).indicator()).isEqualTo("新认定科技型中小企业");
        assertThat(indicator(r, Measure.COUNT, 430).indicator()).isEqualTo("科技型中小企业总数");
    }

    @Test
    void aRespectiveListOpeningWith其中NamesItsFirstItemWithoutIt() {
        var r = text("1-6月，株洲高新区工业投资同比增长9.2%，其中制造业投资、技改投资分别增长12.5%和20.1%。", "2024-07-16");
        assertThat(indicator(r, Measure.YOY_GROWTH, 12.5).indicator()).isEqualTo("制造业投资");
        assertThat(indicator(r, Measure.YOY_GROWTH, 20.1).indicator()).isEqualTo("技改投资");
    }

    @Test
    void aGapToTheWholeStatedRightAfterTheGrowthIsALevelWithItsYardstick() {
        var r = text("2023年，襄阳高新区规上工业增加值增长7.1%，高于全省2.3个百分点。", "2024-01-25");
        IndicatorEvent gap = indicator(r, Measure.LEVEL, 2.3);
        assertThat(gap.indicator()).isEqualTo("规上工业增加值");
        assertThat(gap.unit()).isEqualTo("个百分点");
        assertThat(gap.basis()).isEqualTo("高于全省");
    }

    @Test
    void levelAndGrowthInOneSentenceAreTwoEventsOfOneName() {
        ExtractionResult r = text("今年1-8月份，苏州工业园区规模以上工业总产值达3713.4亿元，同比增长31.9%。");
        IndicatorEvent level = indicator(r, Measure.LEVEL, 3713.4);
        IndicatorEvent growth = indicator(r, Measure.YOY_GROWTH, 31.9);
        assertThat(level.indicator()).isEqualTo("规模以上工业总产值");
        assertThat(growth.indicator()).isEqualTo("规模以上工业总产值");
        assertThat(level.unit()).isEqualTo("亿元");
        assertThat(level.normalized().value()).isEqualTo(3.7134e11);
        assertThat(level.normalized().unit()).isEqualTo("元");
        assertThat(level.region()).isEqualTo("苏州工业园区");
        assertThat(level.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(level.period().end()).isEqualTo(LocalDate.of(2021, 8, 31));
    }

    @Test
    void aFallIsNegative() {
        assertThat(indicator(text("园区规模以上工业总产值同比下降1.3%。"), Measure.YOY_GROWTH, -1.3)
                        .indicator())
                .isEqualTo("规模以上工业总产值");
        assertThat(text("出口额回落2.5%。").indicators().get(0).value()).isEqualTo(-2.5);
    }

    @Test
    void monthOnMonth() {
        assertThat(indicator(text("园区工业产值环比增长5.1%。"), Measure.MOM_GROWTH, 5.1).indicator())
                .isEqualTo("工业产值");
    }

    @Test
    void shareOfTheCity() {
        assertThat(indicator(text("工业增加值占全市的30%。"), Measure.SHARE, 30).indicator())
                .isEqualTo("工业增加值");
        assertThat(indicator(text("新一代信息技术产业全市占比32.6%。"), Measure.SHARE, 32.6).indicator())
                .isEqualTo("新一代信息技术产业");
        assertThat(indicator(text("以北京0.35%的土地贡献全市近30%的工业增加值。"), Measure.SHARE, 30)
                        .indicator())
                .isEqualTo("工业增加值");
    }

    @Test
    void shareOfAWholeNamesThePartSaidBefore() {
        IndicatorEvent e = indicator(text("前海实际使用外资18.6亿美元，占深圳全市的46%。"), Measure.SHARE, 46);
        assertThat(e.indicator()).startsWith("实际使用外资");
    }

    @Test
    void countNamedAfterTheNumber() {
        IndicatorEvent e = indicator(text("开发区汇聚77家世界500强企业。"), Measure.COUNT, 77);
        assertThat(e.indicator()).isEqualTo("世界500强企业");
        assertThat(e.unit()).isEqualTo("家");
    }

    @Test
    void countNamedBeforeTheNumber() {
        assertThat(indicator(text("国家高新技术企业达1868家。"), Measure.COUNT, 1868).indicator())
                .isEqualTo("国家高新技术企业");
    }

    @Test
    void aBatchIsNamedByTheStageItReached() {
        ExtractionResult r = text("信创园一期、华卓二期等7个项目已开工。");
        assertThat(indicator(r, Measure.COUNT, 7).indicator()).isEqualTo("开工项目");
    }

    @Test
    void ratiosAreLevelsNotCounts() {
        assertThat(indicator(text("万人发明专利拥有量675件。"), Measure.LEVEL, 675).unit()).isEqualTo("件");
        assertThat(indicator(text("千人医疗卫生机构床位数6.4张。"), Measure.LEVEL, 6.4).indicator())
                .contains("床位数");
    }

    @Test
    void chineseTenthsAndTimes() {
        assertThat(indicator(text("前八个月规上工业总产值同比增三成。"), Measure.YOY_GROWTH, 30).unit())
                .isEqualTo("%");
        assertThat(indicator(text("小学入学人数十年增长10倍。"), Measure.YOY_GROWTH, 1000).unit())
                .isEqualTo("%");
        assertThat(indicator(text("人均公园绿地面积28平方米，是全市1.5倍。"), Measure.LEVEL, 1.5).indicator())
                .isEqualTo("人均公园绿地面积");
    }

    @Test
    void growthWithoutAFigureIsNoEvent() {
        assertThat(text("投资保持合理增长，经济运行稳中向好。").indicators()).isEmpty();
    }

    @Test
    void planNamesIdiomsAndQuotedNamesAreNoEvents() {
        assertThat(text("坚持“两个维护”，打造“4+2+1”产业体系，落实“十四五”规划，实现“一张执照管准入”，推进“3个100”工程。")
                        .indicators())
                .isEmpty();
    }

    @Test
    void distancesAreNoIndicators() {
        assertThat(text("开发区距离首都机场25公里，距离天津港140公里。").indicators()).isEmpty();
    }

    @Test
    void thresholdsInsideANameAreNoFigures() {
        ExtractionResult r = text("工业企业产值超亿元185家，超十亿元54家。");
        assertThat(r.indicators()).extracting(IndicatorEvent::value).containsExactly(185.0, 54.0);
    }

    @Test
    void qualifiersAreCarried() {
        assertThat(indicator(text("高技术产业产值增长超过90%。"), Measure.YOY_GROWTH, 90).qualifier())
                .isEqualTo(Qualifier.OVER);
        assertThat(indicator(text("各单位到岗员工共计约22万人。"), Measure.COUNT, 22).qualifier())
                .isEqualTo(Qualifier.APPROX);
        assertThat(indicator(text("开发区首次突破千亿元工业总产值。"), Measure.LEVEL, 1000).qualifier())
                .isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void forecastFramesTheWholeStatement() {
        ExtractionResult r = text("2022 年，亦庄新城预计全年地区生产总值同比增长 8%（剔除疫苗因素）；工业产值同比增长 7%；地方级收入同比增长 2.7%（同口径增长 9.4%）。");
        assertThat(r.indicators()).hasSize(4).allMatch(e -> e.status() == Status.FORECAST);
        assertThat(indicator(r, Measure.YOY_GROWTH, 8).basis()).isEqualTo("剔除疫苗因素");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.4).basis()).isEqualTo("同口径");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.4).indicator()).isEqualTo("地方级收入");
        assertThat(indicator(r, Measure.YOY_GROWTH, 7).region()).isEqualTo("亦庄新城");
    }

    @Test
    void targetsByWillAndByAFutureYear() {
        assertThat(indicator(text("到2022年，经开区规模以上工业总产值将突破6000亿元。"), Measure.LEVEL, 6000)
                        .status())
                .isEqualTo(Status.TARGET);
        assertThat(indicator(text("园区力争全年地区生产总值增长6%以上。"), Measure.YOY_GROWTH, 6).status())
                .isEqualTo(Status.TARGET);
    }

    @Test
    void aPronounTakesTheNameOfTheParagraph() {
        ExtractionResult r = text("到2022年，亦庄规模以上工业总产值将突破6000亿元。2019年，亦庄这一数据是4183亿元。", null);
        IndicatorEvent e = indicator(r, Measure.LEVEL, 4183);
        assertThat(e.indicator()).isEqualTo("规模以上工业总产值");
        assertThat(e.period().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(e.status()).isEqualTo(Status.ACTUAL);
    }

    @Test
    void aFigureSaidOfSeveralSubjectsAndMeasuresIsOneEventEach() {
        ExtractionResult r = text("其中规上企业、规上工地、商务楼宇复工率、到岗率均达到100%。");
        assertThat(r.indicators())
                .extracting(IndicatorEvent::indicator)
                .containsExactlyInAnyOrder("规上企业复工率", "规上企业到岗率", "规上工地复工率", "规上工地到岗率", "商务楼宇复工率", "商务楼宇到岗率");
    }

    @Test
    void aRestatementIsOneEvent() {
        ExtractionResult r = text("开发区规划面积225平方公里。\n2019年1月26日，开发区统一规划和开发建设亦庄新城，规划面积225平方公里。");
        assertThat(Extract.indicators(r, Measure.LEVEL, 225)).hasSize(1);
    }

    @Test
    void stockFiguresEndAtTheirDate() {
        IndicatorEvent e = indicator(text("截至5月25日，经开区各类企业累计开复工10600余家。"), Measure.COUNT, 10600);
        assertThat(e.period().start()).isNull();
        assertThat(e.period().end()).isEqualTo(LocalDate.of(2021, 5, 25));
    }

    @Test
    void comparisonWithLastYearIsNotThePeriod() {
        IndicatorEvent e = indicator(text("今年1-8月份，规模以上工业总产值达3713.4亿元，同比去年增长31.9%。"), Measure.YOY_GROWTH, 31.9);
        assertThat(e.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void noKnownDateLeavesRelativePeriodsNull() {
        IndicatorEvent e = indicator(text("今年1-8月份，规模以上工业总产值达3713.4亿元。", null), Measure.LEVEL, 3713.4);
        assertThat(e.period()).isNull();
    }

    @Test
    void annualReportTitleGivesTheYear() {
        ExtractionResult r = text("某某高新区管委会 2022 年度工作总结\n全年实现52个项目落地，预计达产产值851亿元。", null);
        IndicatorEvent count = indicator(r, Measure.COUNT, 52);
        assertThat(count.period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(indicator(r, Measure.LEVEL, 851).status()).isEqualTo(Status.FORECAST);
        assertThat(count.status()).isEqualTo(Status.ACTUAL);
    }

    @Test
    void respectivelyOpeningItsClauseRefersToTheFiguresNamedBefore() {
        // 「A x亿元、B y亿元、C z亿元，分别增长…」 gave every growth to the last name
        var r = text("2023年，全县实现营业收入88.1亿元、税收收入9.6亿元和利润总额5.2亿元，分别增长7.4%、3.3%和12.5%。", "2024-01-20");
        assertThat(indicator(r, Measure.YOY_GROWTH, 7.4).indicator()).isEqualTo("营业收入");
        assertThat(indicator(r, Measure.YOY_GROWTH, 3.3).indicator()).isEqualTo("税收收入");
        assertThat(indicator(r, Measure.YOY_GROWTH, 12.5).indicator()).isEqualTo("利润总额");
    }

    @Test
    void aChangeFromOneValueToAnotherIsTwoFiguresOfOneName() {
        // GUIDELINES: 从214家扩充至457家 is two figures; 「…由2019年的41家增至2023年的118家」 named both after the verb
        var r = text("江宁开发区专精特新企业由2019年的41家增至2023年的118家。", "2024-03-01");
        assertThat(indicator(r, Measure.COUNT, 41).indicator()).isEqualTo("专精特新企业");
        assertThat(indicator(r, Measure.COUNT, 118).indicator()).isEqualTo("专精特新企业");
        assertThat(indicator(r, Measure.COUNT, 118).period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        var rate = text("全区研发投入强度从3.4%提高到4.2%。", "2024-03-01");
        assertThat(indicator(rate, Measure.LEVEL, 3.4).indicator()).isEqualTo("研发投入强度");
        assertThat(indicator(rate, Measure.LEVEL, 4.2).indicator()).isEqualTo("研发投入强度");
    }

    @Test
    void aGapToTheCitysAverageIsALevelInPointsWithTheComparisonAsBasis() {
        IndicatorEvent gap =
                indicator(text("1-9月，烟台开发区规上工业增加值同比增长9.6%，高于全市平均2.7个百分点。", "2024-10-20"), Measure.LEVEL, 2.7);
        assertThat(gap.indicator()).isEqualTo("规上工业增加值");
        assertThat(gap.unit()).isEqualTo("个百分点");
        assertThat(gap.basis()).isEqualTo("高于全市平均");
    }

    @Test
    void aGapToAProvincesAverageSaidWith高出() {
        IndicatorEvent gap = indicator(text("上半年，昆明经开区工业投资增长14%，高出全省平均5.1个百分点。", "2024-07-18"), Measure.LEVEL, 5.1);
        assertThat(gap.indicator()).isEqualTo("工业投资");
        assertThat(gap.basis()).isEqualTo("高出全省平均");
    }

    @Test
    void aGrowthRateAboveTheCitysIsTheGapOfTheFigureNamedBefore() {
        IndicatorEvent gap = indicator(text("前三季度，南昌高新区地区生产总值增长6.9%，增速高于全市1.5个百分点。", "2024-10-28"), Measure.LEVEL, 1.5);
        assertThat(gap.indicator()).isEqualTo("地区生产总值");
        assertThat(gap.basis()).isEqualTo("高于全市");
    }

    @Test
    void aBoundOfTheClassCountedAfterItIsPartOfItsName() {
        var r = text("今年以来，长春新区新签约项目42个，其中超5亿元项目11个。", "2024-06-12");
        IndicatorEvent big = indicator(r, Measure.COUNT, 11.0);
        assertThat(big.indicator()).isEqualTo("超5亿元项目");
        assertThat(r.indicators()).noneMatch(e -> e.measure() == Measure.LEVEL);
    }

    @Test
    void aFigureSinceTheStartOfTheYearCoversTheYearUpToTheArticle() {
        IndicatorEvent sales = indicator(text("年初至今，贵阳高新区社会消费品零售总额完成156亿元。", "2024-05-30"), Measure.LEVEL, 156.0);
        assertThat(sales.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(sales.period().end()).isEqualTo(LocalDate.of(2024, 5, 30));
    }

    @Test
    void aRateThatReachesAValueIsAGrowthOfThatValue() {
        var r = text("一季度，大连金普新区工业投资同比增长14.6%；上半年，这一增速回落至9.2%。", "2024-07-25");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.2).indicator()).isEqualTo("工业投资");
        IndicatorEvent narrowed = indicator(text("上半年，大连金普新区外贸进出口降幅收窄至4.5%。", "2024-07-25"), Measure.YOY_GROWTH, -4.5);
        assertThat(narrowed.indicator()).isEqualTo("外贸进出口");
    }
}
