package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;

class AfterPublicationRuleTest {
    private final AfterPublicationRule rule = AfterPublicationRule.STANDARD;
    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 20);

    @Test
    void aStatedYearAfterPublicationIsAPlan() {
        EventDate date = new EventDate("2024-06", DatePrecision.MONTH, "2024年6月");
        AfterPublicationRule.Timing timing = rule.timing(date, false, JANUARY);
        assertThat(timing.expected()).isTrue();
        assertThat(timing.date()).isEqualTo(date);
    }

    @Test
    void aMonthWithoutYearAfterPublicationWasLastYears() {
        EventDate march = new EventDate("2024-03-15", DatePrecision.DAY, "3月15日");
        AfterPublicationRule.Timing timing = rule.timing(march, false, JANUARY);
        assertThat(timing.expected()).isFalse();
        assertThat(timing.date().value()).isEqualTo("2023-03-15");
        assertThat(timing.date().label()).isEqualTo("3月15日");
    }

    @Test
    void aDateBeforePublicationOrAPlanStaysAsItIs() {
        EventDate december = new EventDate("2023-12", DatePrecision.MONTH, "12月");
        assertThat(rule.timing(december, false, JANUARY)).isEqualTo(new AfterPublicationRule.Timing(false, december));
        EventDate may = new EventDate("2024-05", DatePrecision.MONTH, "5月");
        assertThat(rule.timing(may, true, JANUARY)).isEqualTo(new AfterPublicationRule.Timing(true, may));
        assertThat(rule.timing(may, false, null)).isEqualTo(new AfterPublicationRule.Timing(false, may));
        assertThat(rule.toString()).startsWith("AfterPublicationRule[");
    }
}
