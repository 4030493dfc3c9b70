package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.events.Period;
import zonepulse.extraction.internal.time.TimeMention;
import zonepulse.extraction.internal.time.TimeScanner;

class TimeResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 10, 14);
    private final TimeResolver resolver = new TimeResolver(PUBLISHED, 2021);
    private final TimeResolver undated = new TimeResolver(null, 0);

    private static TimeMention mention(String text) {
        List<TimeMention> found = TimeScanner.scan(text, 0, text.length());
        assertThat(found).as(text).isNotEmpty();
        return found.get(0);
    }

    private Period period(String text) {
        return resolver.period(mention(text), 0, 0, false);
    }

    @Test
    void monthRangeOfThisYear() {
        assertThat(period("今年1-8月份"))
                .isEqualTo(new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 8, 31), "今年1-8月份"));
        assertThat(period("1-11 月").end()).isEqualTo(LocalDate.of(2021, 11, 30));
    }

    @Test
    void firstMonthsHalvesAndQuarters() {
        assertThat(period("前八个月").end()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(period("上半年").end()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(period("一季度").end()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(period("前三季度").end()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(period("2020年四季度以来")).isEqualTo(new Period(LocalDate.of(2020, 10, 1), PUBLISHED, "2020年四季度以来"));
    }

    @Test
    void relativeYears() {
        assertThat(period("去年").start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(period("明年").end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(period("全年").end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(period("年末")).isEqualTo(new Period(null, LocalDate.of(2021, 12, 31), "年末"));
    }

    @Test
    void explicitYearsAndDays() {
        assertThat(period("2022年").start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(period("2002年8月8日"))
                .isEqualTo(new Period(LocalDate.of(2002, 8, 8), LocalDate.of(2002, 8, 8), "2002年8月8日"));
    }

    @Test
    void asOfIsAStock() {
        assertThat(period("截至5月25日")).isEqualTo(new Period(null, LocalDate.of(2021, 5, 25), "5月25日"));
        assertThat(period("目前")).isEqualTo(new Period(null, PUBLISHED, "目前"));
    }

    @Test
    void unknownYearGivesNoPeriod() {
        assertThat(undated.period(mention("今年1-8月份"), 0, 0, false)).isNull();
        assertThat(undated.period(mention("目前"), 0, 0, false)).isNull();
    }

    @Test
    void projectDates() {
        assertThat(resolver.date(mention("一个月前"), 0, 0))
                .isEqualTo(new EventDate("2021-09", DatePrecision.MONTH, "一个月前"));
        assertThat(resolver.date(mention("5月末"), 0, 0)).isEqualTo(new EventDate("2021-05", DatePrecision.MONTH, "5月末"));
        assertThat(resolver.date(mention("2025年"), 0, 0).precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(resolver.date(mention("2021年11月27日"), 0, 0).value()).isEqualTo("2021-11-27");
        assertThat(resolver.date(mention("明年"), 0, 0).value()).isEqualTo("2022");
    }

    @Test
    void sameYearTakesThePreviousYear() {
        TimeMention m = mention("同年12月7日");
        assertThat(undated.period(m, 0, 1991, false).start()).isEqualTo(LocalDate.of(1991, 12, 7));
    }

    // published 2021-10-14 throughout

    @Test
    void yearsAgoAndLaterCountFromTheYearTheTextIsAbout() {
        assertThat(first("三年前，这片园区还是一片盐碱地")).isEqualTo(p("2018-01-01", "2018-12-31", "三年前"));
        assertThat(first("5年后，新城将建成智能制造基地")).isEqualTo(p("2026-01-01", "2026-12-31", "5年后"));
        assertThat(first("两年以前，港区的吞吐量不足千万吨")).isEqualTo(p(null, "2019-12-31", "两年以前"));
        // a text about 2016: ten years before it
        assertThat(resolver.period(mention("十年前，园区只有企业20家"), 2016, 2016, false).start())
                .isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(resolver.date(mention("一年前落户的企业"), 0, 0))
                .isEqualTo(new EventDate("2020", DatePrecision.YEAR, "一年前"));
    }

    @Test
    void theMonthsBeforeOrAfterThisOne() {
        assertThat(first("上两个月，保税区出口额连续下降")).isEqualTo(p("2021-08-01", "2021-09-30", "上两个月"));
        assertThat(first("下三个月将有8个项目集中投产")).isEqualTo(p("2021-11-01", "2022-01-31", "下三个月"));
        // 前两个月 stays the year's first two, as economic news means it
        assertThat(first("前两个月，园区出口额增长6%")).isEqualTo(p("2021-01-01", "2021-02-28", "前两个月"));
    }

    @Test
    void theYearsBeforeOrAfterThisOne() {
        assertThat(first("前两年，园区受疫情影响投资放缓")).isEqualTo(p("2019-01-01", "2020-12-31", "前两年"));
        assertThat(first("下三年，高新区计划每年新增企业百家")).isEqualTo(p("2022-01-01", "2024-12-31", "下三年"));
        assertThat(first("今明两年，开发区将新建标准厂房60万平方米")).isEqualTo(p("2021-01-01", "2022-12-31", "今明两年"));
    }

    @Test
    void theComingMonthsRunFromThePublicationDate() {
        assertThat(first("未来2个月，综保区将新增跨境电商企业")).isEqualTo(p("2021-10-14", "2021-12-13", "未来2个月"));
        assertThat(first("未来三年园区计划投资80亿元")).isEqualTo(p("2021-10-14", "2024-10-13", "未来三年"));
        assertThat(resolver.date(mention("未来三年建成"), 0, 0)).isNull();
    }

    @Test
    void partsOfAQuarterAYearAndAMonth() {
        assertThat(first("明年一季度初，二期厂房交付使用")).isEqualTo(p("2022-01-01", "2022-01-31", "明年一季度初"));
        assertThat(first("2024年伊始，临空经济区迎来开门红")).isEqualTo(p(null, "2024-01-01", "2024年伊始"));
        assertThat(first("九月月底，园区入驻率达到九成")).isEqualTo(p(null, "2021-09-30", "九月月底"));
    }

    @Test
    void theFirstOrAnyMonthOfAStatedYear() {
        assertThat(first("2019年首月，物流园区货运量增长7%")).isEqualTo(p("2019-01-01", "2019-01-31", "2019年首月"));
        assertThat(first("2020年第10个月，项目完成主体封顶")).isEqualTo(p("2020-10-01", "2020-10-31", "2020年第10个月"));
    }

    @Test
    void theLastMonthsOfAStatedYear() {
        assertThat(first("今年后两个季度，园区力争新签项目40个")).isEqualTo(p("2021-07-01", "2021-12-31", "今年后两个季度"));
        assertThat(first("2020年后三个月，出口订单明显回升")).isEqualTo(p("2020-10-01", "2020-12-31", "2020年后三个月"));
    }

    @Test
    void thisYearAndThatMonth() {
        assertThat(first("这一年，园区引进外资企业15家")).isEqualTo(p("2021-01-01", "2021-12-31", "这一年"));
        assertThat(resolver.period(mention("这一年，园区引进外资企业15家"), 2017, 2017, false)
                        .start())
                .isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(first("当月，保税区完成进出口额20亿元")).isEqualTo(p("2021-10-01", "2021-10-31", "当月"));
    }

    @Test
    void aDayAloneIsOfThePublicationMonth() {
        assertThat(first("9日，高新区举行重点项目签约仪式")).isEqualTo(p("2021-10-09", "2021-10-09", "9日"));
        assertThat(resolver.date(mention("园区于26日举行开工仪式"), 0, 0))
                .isEqualTo(new EventDate("2021-10-26", DatePrecision.DAY, "26日"));
    }

    @Test
    void bookTitlesHoldNoTimeOfTheArticle() {
        String text = "发布《高质量发展行动计划(2020年-2022年)》";
        assertThat(TimeScanner.scan(text, 0, text.length())).isEmpty();
    }

    private static Period p(String start, String end, String label) {
        return new Period(
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), label);
    }

    private Period first(String text) {
        return resolver.period(mention(text), 0, 0, false);
    }

    @Test
    void nextYearMonthIsThatMonth() {
        assertThat(first("苏州工业园区明年九月将举办开放创新大会")).isEqualTo(p("2022-09-01", "2022-09-30", "明年九月"));
    }

    @Test
    void thisYearMonthIsThatMonth() {
        assertThat(first("今年六月，天津经开区新签约项目21个")).isEqualTo(p("2021-06-01", "2021-06-30", "今年六月"));
    }

    @Test
    void chineseNumeralMonth() {
        assertThat(first("三月，合肥高新区集成电路产值增长").start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(first("十二月份园区共引进企业8家").end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(first("十一月份外贸进出口额达12亿元").start()).isEqualTo(LocalDate.of(2021, 11, 1));
    }

    @Test
    void chineseNumeralDayAndYear() {
        assertThat(first("三月二十日，项目在青岛西海岸新区签约")).isEqualTo(p("2021-03-20", "2021-03-20", "三月二十日"));
        assertThat(first("二〇二一年五月园区税收达3亿元")).isEqualTo(p("2021-05-01", "2021-05-31", "二〇二一年五月"));
    }

    @Test
    void lastMonth() {
        assertThat(first("上个月，南沙开发区进出口额增长9%")).isEqualTo(p("2021-09-01", "2021-09-30", "上个月"));
        assertThat(first("上月园区实到外资1.2亿美元").end()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(first("本月新增市场主体300户")).isEqualTo(p("2021-10-01", "2021-10-31", "本月"));
        assertThat(first("下个月将有5个项目开工").start()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(undated.period(mention("上个月"), 2019, 2019, false)).isNull();
    }

    @Test
    void twoDigitYear() {
        assertThat(first("15年3月2日，长沙经开区首批企业入驻")).isEqualTo(p("2015-03-02", "2015-03-02", "15年3月2日"));
        String duration = "园区15年来累计引进项目300个";
        assertThat(TimeScanner.scan(duration, 0, duration.length()))
                .noneMatch(m -> m.hasExplicitYear() && m.year() == 2015);
    }

    @Test
    void firstTwoQuarters() {
        assertThat(first("2021年前两个季度，东湖高新区规上工业增加值增长20%")).isEqualTo(p("2021-01-01", "2021-06-30", "2021年前两个季度"));
        assertThat(first("前三季度实现地区生产总值900亿元").end()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void daySpanKeepsBothEnds() {
        assertThat(first("8月11日至22日，经开区开展招商推介活动")).isEqualTo(p("2021-08-11", "2021-08-22", "8月11日至22日"));
    }

    @Test
    void monthAndYearSpansKeepBothEnds() {
        assertThat(first("3月至5月，园区新增就业岗位2000个")).isEqualTo(p("2021-03-01", "2021-05-31", "3月至5月"));
        assertThat(first("2020年至2022年，园区将累计投资50亿元")).isEqualTo(p("2020-01-01", "2022-12-31", "2020年至2022年"));
        assertThat(first("1—5月，进出口总额同比增长18%")).isEqualTo(p("2021-01-01", "2021-05-31", "1—5月"));
        assertThat(first("2020年11月到2021年2月共接待企业考察60批")).isEqualTo(p("2020-11-01", "2021-02-28", "2020年11月到2021年2月"));
    }

    @Test
    void tenDayParts() {
        assertThat(first("5月上旬完成土地摘牌")).isEqualTo(p("2021-05-01", "2021-05-10", "5月上旬"));
        assertThat(first("九月中旬开展集中签约")).isEqualTo(p("2021-09-11", "2021-09-20", "九月中旬"));
        assertThat(first("2020年2月下旬复工复产率超过90%")).isEqualTo(p("2020-02-21", "2020-02-29", "2020年2月下旬"));
        assertThat(resolver.date(mention("6月下旬开工"), 0, 0))
                .isEqualTo(new EventDate("2021-06", DatePrecision.MONTH, "6月下旬"));
    }

    @Test
    void quarterForms() {
        assertThat(first("一季度园区税收增长15%")).isEqualTo(p("2021-01-01", "2021-03-31", "一季度"));
        assertThat(first("第二季度实现营收80亿元")).isEqualTo(p("2021-04-01", "2021-06-30", "第二季度"));
        assertThat(first("三季度末，在库项目达到126个")).isEqualTo(p(null, "2021-09-30", "三季度末"));
    }

    @Test
    void halves() {
        assertThat(first("上半年完成固定资产投资45亿元")).isEqualTo(p("2021-01-01", "2021-06-30", "上半年"));
        assertThat(first("2020年下半年外资到位率提高")).isEqualTo(p("2020-07-01", "2020-12-31", "2020年下半年"));
    }

    @Test
    void firstMonths() {
        assertThat(first("前八个月引进内资30亿元").end()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(first("前10个月实际利用外资增长")).isEqualTo(p("2021-01-01", "2021-10-31", "前10个月"));
        assertThat(first("1-8月份完成工业投资").end()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(first("1至8月，规上企业营收增长12%")).isEqualTo(p("2021-01-01", "2021-08-31", "1至8月"));
    }

    @Test
    void samePeriodLastYearIsNotTheFiguresPeriod() {
        String text = "今年1-8月，产值达310亿元，与去年同期相比增长9.5%";
        List<TimeMention> found = TimeScanner.scan(text, 0, text.length());
        assertThat(found).extracting(TimeMention::label).containsExactly("今年1-8月");
        List<TimeMention> all = TimeScanner.scanAll(text, 0, text.length());
        assertThat(all).extracting(TimeMention::kind).contains(TimeMention.Kind.SAME_PERIOD_EARLIER);
        Period figure = resolver.period(found.get(0), 0, 0, false);
        assertThat(TimeResolver.samePeriodEarlier(figure, 1, "去年同期")).isEqualTo(p("2020-01-01", "2020-08-31", "去年同期"));
    }

    @Test
    void yearsRelativeToThePreviouslyStatedYear() {
        TimeMention next = mention("次年3月建成投产");
        assertThat(resolver.period(next, 2018, 2018, false)).isEqualTo(p("2019-03-01", "2019-03-31", "次年3月"));
        assertThat(resolver.date(mention("翌年完工"), 2016, 2016).value()).isEqualTo("2017");
        assertThat(resolver.date(mention("同年10月投产"), 2019, 2019).value()).isEqualTo("2019-10");
        assertThat(resolver.date(mention("当年即实现盈利"), 2012, 2012).value()).isEqualTo("2012");
    }

    @Test
    void asOfWordsKeepOnlyTheEnd() {
        assertThat(first("截止到9月底，园区注册企业达1.2万家")).isEqualTo(p(null, "2021-09-30", "9月底"));
        assertThat(first("到2020年底为止，累计建成标准厂房80万平方米")).isEqualTo(p(null, "2020-12-31", "2020年底"));
        assertThat(first("截至6月30日，到位资金20亿元")).isEqualTo(p(null, "2021-06-30", "6月30日"));
        assertThat(first("5月末，贷款余额300亿元")).isEqualTo(p(null, "2021-05-31", "5月末"));
    }

    @Test
    void partsOfAYear() {
        assertThat(first("年初以来，新签约项目42个")).isEqualTo(p("2021-01-01", "2021-10-14", "年初以来"));
        assertThat(first("今年年中，园区企业达到800家")).isEqualTo(p(null, "2021-06-30", "今年年中"));
        assertThat(first("去年底，园区高新技术企业达620家")).isEqualTo(p(null, "2020-12-31", "去年底"));
        assertThat(resolver.date(mention("明年年初投产"), 0, 0)).isEqualTo(new EventDate("2022", DatePrecision.YEAR, "明年年初"));
    }

    @Test
    void recentYears() {
        assertThat(first("近三年，园区累计引进项目150个")).isEqualTo(p("2019-01-01", "2021-10-14", "近三年"));
        assertThat(first("近5年研发投入年均增长20%").start()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(first("过去五年，地区生产总值翻了一番").start()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(first("五年来，园区税收累计超过百亿元").end()).isEqualTo(PUBLISHED);
        // ending at the year the text is about
        assertThat(resolver.period(mention("近三年"), 2020, 2020, false)).isEqualTo(p("2018-01-01", "2020-12-31", "近三年"));
    }

    @Test
    void annualReportYear() {
        assertThat(first("2021年度，园区完成税收65亿元")).isEqualTo(p("2021-01-01", "2021-12-31", "2021年度"));
    }

    @Test
    void planPeriods() {
        assertThat(first("十三五期间，园区GDP年均增长8%")).isEqualTo(p("2016-01-01", "2020-12-31", "十三五期间"));
        String quoted = "“十四五”时期，力争培育千亿级产业集群2个";
        assertThat(resolver.period(mention(quoted), 0, 0, false)).isEqualTo(p("2021-01-01", "2025-12-31", "十四五”时期"));
        assertThat(mention(quoted).hasExplicitYear()).isFalse();
    }

    @Test
    void sinceTheStartOfThisYear() {
        assertThat(first("今年以来，开发区新增企业1800家")).isEqualTo(p("2021-01-01", "2021-10-14", "今年以来"));
    }

    @Test
    void undatedRelativeNeedsAStatedYear() {
        assertThat(undated.period(mention("今年6月"), 0, 0, false)).isNull();
        assertThat(undated.period(mention("今年6月"), 2019, 2019, false)).isEqualTo(p("2019-06-01", "2019-06-30", "今年6月"));
        assertThat(undated.period(mention("近三年"), 0, 0, false)).isNull();
        assertThat(undated.period(mention("去年"), 2019, 2019, false).start()).isEqualTo(LocalDate.of(2018, 1, 1));
    }

    @Test
    void projectDatePrecisions() {
        assertThat(resolver.date(mention("预计2025年建成"), 0, 0))
                .isEqualTo(new EventDate("2025", DatePrecision.YEAR, "2025年"));
        assertThat(resolver.date(mention("三季度末竣工"), 0, 0).value()).isEqualTo("2021-09");
        assertThat(resolver.date(mention("上个月签约"), 0, 0))
                .isEqualTo(new EventDate("2021-09", DatePrecision.MONTH, "上个月"));
        assertThat(resolver.date(mention("8月11日至22日试运行"), 0, 0).value()).isEqualTo("2021-08-11");
    }

    // Grammar gaps found by the public suites (scripts/suites): each fixed as a rule, each checked here in
    // sentences written for it. PUBLISHED is 2021-10-14.

    private static Period days(String text, int y1, int m1, int d1, int y2, int m2, int d2) {
        return new Period(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), text);
    }

    @Test
    void twoDigitYearsBeforeAQuarterAHalfOrTheYearsEnd() {
        assertThat(period("18年三季度")).isEqualTo(days("18年三季度", 2018, 7, 1, 2018, 9, 30));
        assertThat(period("零九年十月")).isEqualTo(days("零九年十月", 2009, 10, 1, 2009, 10, 31));
        assertThat(period("一九年上半年")).isEqualTo(days("一九年上半年", 2019, 1, 1, 2019, 6, 30));
        assertThat(period("20年前两个月")).isEqualTo(days("20年前两个月", 2020, 1, 1, 2020, 2, 29));
        assertThat(period("16年底").end()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(TimeScanner.scan("累计建成厂房16年", 0, 9)).isEmpty(); // a duration stays none
    }

    @Test
    void shouJiIsTheFirstQuarter() {
        assertThat(period("2019年首季度")).isEqualTo(days("2019年首季度", 2019, 1, 1, 2019, 3, 31));
        assertThat(period("首季")).isEqualTo(days("首季", 2021, 1, 1, 2021, 3, 31));
    }

    @Test
    void spansJoinedByADoubleDash() {
        String years = zonepulse.extraction.internal.text.Normalizer.fold("2016年——2019年");
        assertThat(period(years).start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(period(years).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(period(zonepulse.extraction.internal.text.Normalizer.fold("今年5——7月"))
                        .end())
                .isEqualTo(LocalDate.of(2021, 7, 31));
    }

    @Test
    void spansEndingInAYearRelativeToThePublication() {
        assertThat(period("去年10月至今年2月")).isEqualTo(days("去年10月至今年2月", 2020, 10, 1, 2021, 2, 28));
        assertThat(period("2015年6月到去年8月")).isEqualTo(days("2015年6月到去年8月", 2015, 6, 1, 2020, 8, 31));
        // 明年3月至今年5月 runs backwards: no span
        assertThat(mention("明年3月至今年5月").label()).isEqualTo("明年3月");
    }

    @Test
    void quartersRelativeToThePublication() {
        assertThat(period("本季度")).isEqualTo(days("本季度", 2021, 10, 1, 2021, 12, 31));
        assertThat(period("上个季度")).isEqualTo(days("上个季度", 2021, 7, 1, 2021, 9, 30));
        assertThat(period("截至上季度末")).isEqualTo(new Period(null, LocalDate.of(2021, 9, 30), "上季度末"));
        assertThat(resolver.date(mention("下季度投产"), 0, 0).value()).isEqualTo("2022");
    }

    @Test
    void daysOfAMonthRelativeToThePublication() {
        assertThat(period("本月8日")).isEqualTo(days("本月8日", 2021, 10, 8, 2021, 10, 8));
        assertThat(resolver.date(mention("上个月20号开工"), 0, 0))
                .isEqualTo(new EventDate("2021-09-20", DatePrecision.DAY, "上个月20号"));
        assertThat(period("本月底")).isEqualTo(new Period(null, LocalDate.of(2021, 10, 31), "本月底"));
        assertThat(period("上月30日")).isEqualTo(days("上月30日", 2021, 9, 30, 2021, 9, 30));
        assertThat(period("上月31日")).isNull(); // September has 30 days
    }

    @Test
    void aRangeOfDaysInOneMonth() {
        assertThat(period("2019年7月3-6日")).isEqualTo(days("2019年7月3-6日", 2019, 7, 3, 2019, 7, 6));
        assertThat(period("9月21至23日")).isEqualTo(days("9月21至23日", 2021, 9, 21, 2021, 9, 23));
    }

    @Test
    void shangYiNianIsLastYear() {
        assertThat(period("上一年").start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(period("上一个月")).isEqualTo(days("上一个月", 2021, 9, 1, 2021, 9, 30));
    }
}
