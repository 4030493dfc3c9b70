package zonepulse.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.extraction.internal.time.TimeMention.Kind;

class TimeScannerTest {
    private static List<TimeMention> scan(String text) {
        return TimeScanner.scan(text, 0, text.length());
    }

    private static List<String> labels(String text) {
        return scan(text).stream().map(TimeMention::label).toList();
    }

    @Test
    void aYearBeforeChineseTextIsOnlyAYear() {
        assertThat(labels("2021年中国经济稳中向好")).containsExactly("2021年");
        assertThat(labels("2021年初步核算，园区产值增长")).containsExactly("2021年");
        assertThat(scan("2021年初，廊坊开发区新开工项目12个").get(0).kind()).isEqualTo(Kind.YEAR_PART);
    }

    @Test
    void countsOfMonthsAreNoMonths() {
        assertThat(labels("项目建设周期为三个月")).isEmpty();
        assertThat(labels("两月一次的例会")).isEmpty();
    }

    @Test
    void durationsOfYearsAreRecentYearsNotDates() {
        TimeMention m = scan("园区建设18年来累计引进企业800家").get(0);
        assertThat(m.kind()).isEqualTo(Kind.RECENT_YEARS);
        assertThat(m.a()).isEqualTo(18);
        assertThat(m.hasExplicitYear()).isFalse();
    }

    @Test
    void averagesPerYearStartNothing() {
        assertThat(labels("五年年均增长12%")).isEmpty();
        assertThat(scan("每年举办两次推介会").get(0).kind()).isEqualTo(Kind.EVERY_YEAR);
    }

    @Test
    void relativeYearWords() {
        assertThat(scan("次年3月建成").get(0).yearShift()).isEqualTo(TimeMention.AFTER_PREVIOUS);
        assertThat(scan("翌年投产").get(0).yearShift()).isEqualTo(TimeMention.AFTER_PREVIOUS);
        assertThat(scan("当年即达产").get(0).yearShift()).isEqualTo(TimeMention.SAME_AS_PREVIOUS);
        assertThat(scan("前年引进的项目").get(0).yearShift()).isEqualTo(-2);
    }

    @Test
    void yearsApartAreYearsCountedFromTheContext() {
        TimeMention m = scan("园区三年前引进的项目已全部投产").get(0);
        assertThat(m.kind()).isEqualTo(Kind.YEAR);
        assertThat(m.yearShift()).isEqualTo(TimeMention.CONTEXT);
        assertThat(m.a()).isEqualTo(-3);
        assertThat(scan("20年后，这里将成为新城核心区").get(0).a()).isEqualTo(20);
        assertThat(labels("三五年前，这里多是农田")).isEmpty(); // three or five: vague
        assertThat(labels("十年前后，港口吞吐量翻番")).isEmpty();
        assertThat(labels("项目投产3年后产值将达百亿")).isEmpty(); // counted from the start of production
    }

    @Test
    void yearsAroundThisOneOnlyStandingAlone() {
        assertThat(labels("前两年，园区着力招引龙头企业")).containsExactly("前两年");
        assertThat(labels("规划实施前两年完成投资60亿元")).isEmpty();
        assertThat(labels("上半年园区税收增长")).containsExactly("上半年");
    }

    @Test
    void aDayAloneTakesTheMonthStatedBeforeIt() {
        TimeMention day = scan("3月5日签约，8日正式开工").get(1);
        assertThat(day.kind()).isEqualTo(Kind.DAY);
        assertThat(day.a()).isEqualTo(3);
        assertThat(day.b()).isEqualTo(8);
        TimeMention alone = scan("12日，综保区举行推介会").get(0);
        assertThat(alone.kind()).isEqualTo(Kind.RELATIVE_MONTH);
        assertThat(alone.a()).isZero();
        assertThat(alone.b()).isEqualTo(12);
    }

    @Test
    void theSameDayIsTheDayStatedBeforeIt() {
        TimeMention same = scan("5月16日，烟台开发区举行招商推介会，同日还有3个项目集中签约").get(1);
        assertThat(same.kind()).isEqualTo(Kind.DAY);
        assertThat(same.a()).isEqualTo(5);
        assertThat(same.b()).isEqualTo(16);
        assertThat(same.label()).isEqualTo("同日");
        TimeMention next = scan("2024年1月31日签约，次日即开工").get(1);
        assertThat(next.year()).isEqualTo(2024);
        assertThat(next.a()).isEqualTo(2);
        assertThat(next.b()).isEqualTo(1);
    }

    @Test
    void theSameDayWithoutADayBeforeItIsLeftToTheCaller() {
        TimeMention alone = scan("当天，嘉兴经开区还签约了两个项目").get(0);
        assertThat(alone.kind()).isEqualTo(Kind.RELATIVE_DAY);
        assertThat(alone.a()).isZero();
        assertThat(scan("2023年6月开工，同日投产").get(1).kind()).isEqualTo(Kind.RELATIVE_DAY);
    }

    @Test
    void theNextDayOnlyWhereItsMonthIsKnown() {
        TimeMention next = scan("次日").get(0);
        assertThat(TimeScanner.onDayOf(next, scan("12月31日").get(0))).isNull();
        assertThat(TimeScanner.onDayOf(next, scan("2月28日").get(0))).isNull();
        TimeMention leap = TimeScanner.onDayOf(next, scan("2024年2月28日").get(0));
        assertThat(leap.a()).isEqualTo(2);
        assertThat(leap.b()).isEqualTo(29);
        TimeMention april = TimeScanner.onDayOf(next, scan("4月30日").get(0));
        assertThat(april.a()).isEqualTo(5);
        assertThat(april.b()).isEqualTo(1);
        assertThat(TimeScanner.onDayOf(scan("当日").get(0), scan("20日，").get(0)).b())
                .isEqualTo(20);
        assertThat(TimeScanner.onDayOf(next, scan("20日，").get(0))).isNull();
    }

    @Test
    void theStartOfTheYearUpToNowIsSinceThen() {
        TimeMention m = scan("年初至今，高新区实际使用外资").get(0);
        assertThat(m.kind()).isEqualTo(Kind.YEAR_PART);
        assertThat(m.since()).isTrue();
        assertThat(m.label()).isEqualTo("年初至今");
        assertThat(labels("年初至3月，")).containsExactly("年初", "3月");
    }

    @Test
    void countsOfDaysAreNoDays() {
        assertThat(labels("项目工期30日")).isEmpty();
        assertThat(labels("审批在15日内办结")).isEmpty();
        assertThat(labels("，30日内完成整改")).isEmpty();
        assertThat(labels("一日三餐由园区食堂供应")).isEmpty();
    }

    @Test
    void thatMonthTakesTheMonthStatedBeforeIt() {
        TimeMention m = scan("2019年7月项目获批，当月即开工建设").get(1);
        assertThat(m.kind()).isEqualTo(Kind.MONTH);
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.a()).isEqualTo(7);
        assertThat(scan("这一年园区营收破百亿").get(0).yearShift()).isEqualTo(TimeMention.SAME_AS_PREVIOUS);
    }

    @Test
    void firstAndLastMonthsNeedAStatedYear() {
        assertThat(labels("企业投产首月即实现盈利")).isEmpty();
        assertThat(labels("出口额连续第8个月增长")).isEmpty();
        assertThat(labels("设备调试后三个月内达产")).isEmpty();
        assertThat(scan("19年第3个月").get(0).year()).isEqualTo(2019);
    }

    @Test
    void asOfWords() {
        assertThat(scan("截止到10月底，园区共有企业900家").get(0).asOf()).isTrue();
        assertThat(scan("到2022年底为止，完成投资40亿元").get(0).asOf()).isTrue();
        assertThat(scan("到2025年，园区产值将达到千亿元").get(0).asOf()).isFalse();
    }

    @Test
    void planPeriodsNeedAPeriodWord() {
        assertThat(scan("十四五期间").get(0).kind()).isEqualTo(Kind.PLAN_PERIOD);
        assertThat(scan("“十三五”时期").get(0).a()).isEqualTo(2016);
        assertThat(scan("十四五末").get(0).asOf()).isTrue();
        assertThat(labels("编制十四五规划纲要")).isEmpty();
    }

    @Test
    void comparisonBasesAreLeftOutOfScan() {
        String text = "上半年园区税收增长8%，比上年同期提高2个百分点";
        assertThat(labels(text)).containsExactly("上半年");
        assertThat(TimeScanner.scanAll(text, 0, text.length()))
                .extracting(TimeMention::kind)
                .containsExactly(Kind.HALF, Kind.SAME_PERIOD_EARLIER);
    }

    @Test
    void scanningStaysWithinTheRange() {
        String text = "今年1-8月份，经开区产值增长";
        assertThat(TimeScanner.scan(text, 3, text.length()))
                .extracting(TimeMention::label)
                .containsExactly("8月份");
    }
}
