package zonepulse.extraction.internal.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zonepulse.events.Qualifier;

class NumberScannerTest {

    private static Figure only(String raw) {
        String text = zonepulse.extraction.internal.text.Normalizer.fold(raw);
        List<Figure> figures = NumberScanner.scan(text, 0, text.length());
        assertThat(figures).as(text).hasSize(1);
        return figures.get(0);
    }

    /** 「分别增长12.3、8.5和6.7%」: numbers listed before the last share its unit; a list of months does not. */
    @Test
    void numbersListedBeforeTheLastShareItsUnit() {
        String text = zonepulse.extraction.internal.text.Normalizer.fold("分别增长12.3、8.5和6.7%，分别为3、5及8亿元。");
        List<Figure> figures = NumberScanner.scan(text, 0, text.length());
        assertThat(figures).extracting(Figure::value).containsExactly(12.3, 8.5, 6.7, 3.0, 5.0, 8.0);
        assertThat(figures).extracting(Figure::writtenUnit).containsExactly("%", "%", "%", "亿元", "亿元", "亿元");
        String months = zonepulse.extraction.internal.text.Normalizer.fold("3、5月份出口额为12亿元。");
        assertThat(NumberScanner.scan(months, 0, months.length()))
                .extracting(Figure::value)
                .containsExactly(12.0);
    }

    @Test
    void arabicDecimalWithMagnitudeKeepsTheMagnitudeInTheUnit() {
        Figure f = only("规模以上工业总产值达3713.4亿元");
        assertThat(f.value()).isEqualTo(3713.4);
        assertThat(f.writtenUnit()).isEqualTo("亿元");
        assertThat(f.baseValue()).isCloseTo(3.7134e11, within(1.0));
        assertThat(f.unit().base()).isEqualTo("元");
    }

    @Test
    void tenThousandsOfPeopleNormaliseToPeople() {
        Figure f = only("常住人口29万人");
        assertThat(f.writtenUnit()).isEqualTo("万人");
        assertThat(f.baseValue()).isEqualTo(290000);
        assertThat(f.unit().base()).isEqualTo("人");
    }

    @Test
    void squareKilometresNormaliseToSquareMetres() {
        Figure f = only("规划面积15平方公里");
        assertThat(f.baseValue()).isEqualTo(1.5e7);
        assertThat(f.unit().base()).isEqualTo("平方米");
    }

    @Test
    void trillionsAreOneMagnitude() {
        Figure f = only("企业总收入突破4.5万亿元");
        assertThat(f.writtenUnit()).isEqualTo("万亿元");
        assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(f.baseValue()).isCloseTo(4.5e12, within(1.0));
    }

    @Test
    void percentAndPercentagePoints() {
        assertThat(only("同比增长31.9%").writtenUnit()).isEqualTo("%");
        assertThat(only("同比增长31.9％").value()).isEqualTo(31.9);
        Figure points = only("拉动社零额增长3.2个百分点");
        assertThat(points.writtenUnit()).isEqualTo("个百分点");
    }

    @Test
    void chineseTenthsArePercent() {
        Figure f = only("同比增三成");
        assertThat(f.value()).isEqualTo(30);
        assertThat(f.writtenUnit()).isEqualTo("%");
        assertThat(f.chinese()).isTrue();
    }

    @Test
    void chineseTimesAndCounts() {
        assertThat(only("产能将提升一倍").unit().kind()).isEqualTo(Unit.Kind.TIMES);
        assertThat(only("两个项目已竣工").value()).isEqualTo(2);
        assertThat(only("三千五百家企业").value()).isEqualTo(3500);
    }

    @Test
    void chineseWithYuSuffixIsApprox() {
        // GUIDELINES section 1: 余 is approx (10600余家 gives approx), 多 is over
        Figure f = only("十余家企业");
        assertThat(f.value()).isEqualTo(10);
        assertThat(f.qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void fractionsArePercentRoundedToTwoDecimals() {
        assertThat(only("三分之一来自外地").value()).isEqualTo(33.33);
        assertThat(only("贡献了我国1/3的标准").value()).isEqualTo(33.33);
    }

    @Test
    void rangeKeepsItsUpperBound() {
        Figure f = only("投资3-5亿元");
        assertThat(f.value()).isEqualTo(3);
        assertThat(f.rangeEnd()).isEqualTo(5);
        assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void qualifiersBeforeAndAfter() {
        assertThat(only("投资近16.2亿元").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("到岗员工共计约22万人").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("开复工10600余家").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("40多个重点项目").qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(only("增长超过90%").qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(only("逾500家").qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(only("将突破6000亿元").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(only("不到10%").qualifier()).isEqualTo(Qualifier.UNDER);
        assertThat(only("入学率99%以上").qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(only("增长5%左右").qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void bareMagnitudeAfterAQualifierStandsForOne() {
        Figure f = only("开复工企业超万家");
        assertThat(f.bare()).isTrue();
        assertThat(f.value()).isEqualTo(1);
        assertThat(f.writtenUnit()).isEqualTo("万家");
    }

    @Test
    void personNounAfterTenThousandIsTheUnit() {
        Figure f = only("为 54 万参保人提供保障");
        assertThat(f.writtenUnit()).isEqualTo("万人");
        assertThat(f.value()).isEqualTo(54);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2022年",
                "1-8月份",
                "第一季度",
                "十四五",
                "4+2+1产业体系",
                "PM2.5浓度",
                "京东方B20项目",
                "5G基站",
                "二〇二二年",
                "1+13应急方案",
                "邮政编码100176",
                "第18次常务会议",
                "唯一一家",
                "5.0版政策",
                "8K显示"
            })
    void yearsDatesOrdinalsPlanNamesAndCodesAreNoFigures(String text) {
        List<Figure> figures = NumberScanner.scan(text, 0, text.length());
        assertThat(figures).as(text).isEmpty();
    }

    @Test
    void chineseNumeralValues() {
        assertThat(NumberScanner.chineseValue("十二")).isEqualTo(12);
        assertThat(NumberScanner.chineseValue("两万三千")).isEqualTo(23000);
        assertThat(NumberScanner.chineseValue("二〇二二")).isEqualTo(2022);
        assertThat(NumberScanner.chineseValue("一亿五千万")).isEqualTo(1.5e8);
        assertThat(NumberScanner.chineseValue("一一")).isNaN();
    }

    // ---- regressions: each failure of the old scanner, in sentences of other zones ----

    @Test
    void chineseDecimalKeepsFraction() {
        Figure f = only("苏州工业园区新增绿地一点二平方公里");
        assertThat(f.exact()).isEqualByComparingTo("1.2");
        assertThat(f.writtenUnit()).isEqualTo("平方公里");
        Figure share = only("研发投入占营收的百分之一点五七");
        assertThat(share.exact()).isEqualByComparingTo("1.57");
        assertThat(share.writtenUnit()).isEqualTo("%");
    }

    @Test
    void writtenMinusSignIsNegative() {
        assertThat(only("武汉东湖高新区进口额同比-5.1%").value()).isEqualTo(-5.1);
        assertThat(only("出口交货值增速为−0.8%").value()).isEqualTo(-0.8);
    }

    @Test
    void fuIsNegative() {
        Figure f = only("青岛西海岸新区外贸出口负增长3.2%");
        assertThat(f.value()).isEqualTo(-3.2);
        assertThat(only("利润增速为负4.6%").value()).isEqualTo(-4.6);
        assertThat(only("利润增速为负4.6%").start()).isEqualTo(5); // the sign belongs to the figure
    }

    @Test
    void dashBetweenNumbersIsNoMinus() {
        List<Figure> fs = NumberScanner.scan("1-9月份税收增长12%", 0, 12);
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).value()).isEqualTo(12);
    }

    @Test
    void magnitudeInsideNumber() {
        Figure f = only("人均补贴1万600元");
        assertThat(f.exact()).isEqualByComparingTo("10600");
        assertThat(f.writtenUnit()).isEqualTo("元");
        assertThat(only("奖励3万5千元").exact()).isEqualByComparingTo("35000");
    }

    @Test
    void decimalTrillions() {
        Figure f = only("长三角生态绿色一体化示范区经济总量3.2万亿元");
        assertThat(f.exact()).isEqualByComparingTo("3.2");
        assertThat(f.writtenUnit()).isEqualTo("万亿元");
        assertThat(f.exactBaseValue()).isEqualByComparingTo("3200000000000");
    }

    @Test
    void rangeIsOneFigure() {
        Figure f = only("南沙新区计划投入一百二十到一百五十万元");
        assertThat(f.value()).isEqualTo(120);
        assertThat(f.rangeEnd()).isEqualTo(150);
        assertThat(f.writtenUnit()).isEqualTo("万元");
        assertThat(f.isRange()).isTrue();
        assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void rangeWithMagnitudeOnBothBounds() {
        Figure f = only("每年新增税收3亿～5亿元");
        assertThat(f.value()).isEqualTo(3);
        assertThat(f.rangeEnd()).isEqualTo(5);
        assertThat(f.writtenUnit()).isEqualTo("亿元");
    }

    @Test
    void rangeWithUnitOnBothBoundsAndADash() {
        Figure f = only("合肥高新区企业研发费用增长10%—15%");
        assertThat(f.value()).isEqualTo(10);
        assertThat(f.rangeEnd()).isEqualTo(15);
        assertThat(f.writtenUnit()).isEqualTo("%");
        Figure g = only("单体投资3-5亿元");
        assertThat(g.exactEnd()).isEqualByComparingTo("5");
    }

    @Test
    void rangeOfTenths() {
        Figure f = only("能耗预计降低两到三成");
        assertThat(f.value()).isEqualTo(20);
        assertThat(f.rangeEnd()).isEqualTo(30);
        assertThat(f.writtenUnit()).isEqualTo("%");
    }

    @Test
    void qualifiedRangeKeepsItsQualifier() {
        assertThat(only("带动就业约2000至3000人").qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void changeFromOneFigureToAnotherIsTwoFigures() {
        String t = "孵化器由12家增至31家";
        assertThat(NumberScanner.scan(t, 0, t.length())).hasSize(2);
        String u = "从8亿元到15亿元";
        assertThat(NumberScanner.scan(u, 0, u.length())).hasSize(2);
    }

    @Test
    void hugeAmountsKeepAnExactValue() {
        Figure f = only("累计结算额123456789012345678.9元");
        assertThat(f.exact()).isEqualByComparingTo("123456789012345678.9");
    }

    @Test
    void yuIsApproxAndDuoIsOver() {
        assertThat(only("新区集聚科技企业3200余家").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("吸纳就业二十余万人").qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("吸纳就业二十余万人").writtenUnit()).isEqualTo("万人");
        assertThat(only("建成5G基站600多个").qualifier()).isEqualTo(Qualifier.OVER);
    }

    @Test
    void percentInAllThreeSpellings() {
        assertThat(only("百分之三十五的企业").exact()).isEqualByComparingTo("35");
        assertThat(only("增长8.4%").writtenUnit()).isEqualTo("%");
        assertThat(only("高出全省平均两个百分点").writtenUnit()).isEqualTo("个百分点");
    }

    @Test
    void tenthsAndTimesKeepTheirRepresentation() {
        Figure tenths = only("外资企业贡献了四成税收");
        assertThat(tenths.value()).isEqualTo(40);
        assertThat(tenths.writtenUnit()).isEqualTo("%");
        Figure once = only("营收翻了一倍");
        assertThat(once.unit().kind()).isEqualTo(Unit.Kind.TIMES); // the rules read 一倍 as 100 % growth
        assertThat(once.value()).isEqualTo(1);
        assertThat(only("产值增长1.1倍").value()).isEqualTo(1.1);
    }

    @Test
    void fractionsAndPermille() {
        assertThat(only("占全市的三分之二").value()).isEqualTo(66.67);
        assertThat(only("不良率控制在千分之五").exact()).isEqualByComparingTo("0.5");
    }

    @Test
    void mixedAndSectionedNumerals() {
        assertThat(only("带动就业1.2万人").writtenUnit()).isEqualTo("万人");
        Figure f = only("引资两千三百万元");
        assertThat(f.value()).isEqualTo(2300);
        assertThat(f.writtenUnit()).isEqualTo("万元");
        assertThat(only("建成一千零五十套人才公寓").value()).isEqualTo(1050);
        assertThat(only("建成十二座").value()).isEqualTo(12);
        assertThat(only("拨付二十万零三百元").exact()).isEqualByComparingTo("200300");
        assertThat(only("一亿五千万元").writtenUnit()).isEqualTo("万元");
        assertThat(only("一亿五千万元").value()).isEqualTo(15000);
    }

    @Test
    void thousandsSeparatorsAsciiAndFullWidth() {
        assertThat(only("实现营收1,234.5亿元").exact()).isEqualByComparingTo("1234.5");
        assertThat(only("登记市场主体12，345户").exact()).isEqualByComparingTo("12345");
    }

    @Test
    void fullWidthDigitsAreFoldedBeforeScanning() {
        Figure f = only("出口额增长１２.５％");
        assertThat(f.value()).isEqualTo(12.5);
    }

    @Test
    void magnitudesWanYiAndYiWan() {
        assertThat(only("市场规模突破2万亿元").writtenUnit()).isEqualTo("万亿元");
        assertThat(only("资产规模达两亿万元").exactBaseValue()).isEqualByComparingTo(new BigDecimal("2E+12"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"第三批", "2035年", "十四五规划", "4+2+1", "G15沈海高速", "5G网络", "1-8月份", "二〇三五年", "三五成群", "2020-2022年"})
    void namesAndDatesStayUnscanned(String text) {
        assertThat(NumberScanner.scan(text, 0, text.length())).as(text).isEmpty();
    }

    @Test
    void aSpaceAfterFuStillMakesTheFigureNegative() {
        // found by the Duckling suite: PDF text keeps a space after the sign word
        assertThat(only("出口额同比负 2.5%").value()).isEqualTo(-2.5);
        assertThat(only("出口额同比负 2.5%").start()).isEqualTo(5);
        assertThat(only("利润增长 2.5%").value()).isEqualTo(2.5);
    }

    @Test
    void aUnitStartingWithANumeralCharIsNoMagnitude() {
        // 「32亿千瓦时」 read 千 as a magnitude and gave no figure at all
        Figure energy = only("全年发电量41.5亿千瓦时");
        assertThat(energy.value()).isEqualTo(41.5);
        assertThat(energy.writtenUnit()).isEqualTo("亿千瓦时");
        assertThat(energy.baseValue()).isCloseTo(4.15e9, within(1.0));
        Figure weight = only("回收废钢3千克");
        assertThat(weight.writtenUnit()).isEqualTo("千克");
        Figure money = only("补贴3千万元");
        assertThat(money.baseValue()).isCloseTo(3e7, within(1.0));
        assertThat(only("装机容量120万千瓦").writtenUnit()).isEqualTo("万千瓦");
        assertThat(only("能耗下降至85万吨标准煤").writtenUnit()).isEqualTo("万吨标准煤");
    }
}
