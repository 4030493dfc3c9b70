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

    @Test
    void bookTitlesHoldNoTimeOfTheArticle() {
        String text = "发布《高质量发展行动计划(2020年-2022年)》";
        assertThat(TimeScanner.scan(text, 0, text.length())).isEmpty();
    }
}
