package zonepulse.extraction.internal.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
