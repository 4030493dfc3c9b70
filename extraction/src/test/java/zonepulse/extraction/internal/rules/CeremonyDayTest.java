package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;

class CeremonyDayTest {
    private final TimeResolver times = new TimeResolver(LocalDate.of(2024, 4, 10), 2024);

    private static CeremonyDay after(CeremonyDay last, String text) {
        return CeremonyDay.after(last, text, Statements.of(text), new ParagraphState(), 2024);
    }

    @Test
    void theLastDayStatedIsTheCeremonyDay() {
        CeremonyDay day = after(null, "3月29日，鄂州临空经济区举行一季度重大项目集中开工仪式。");
        assertThat(day).isNotNull();
        assertThat(day.over(null, times).value()).isEqualTo("2024-03-29");
    }

    @Test
    void aStatementWithoutDayOrAFutureYearKeepsTheLastOne() {
        CeremonyDay day = after(null, "3月29日，开工仪式举行。");
        assertThat(after(day, "本次开工项目共计18个。")).isSameAs(day);
        assertThat(after(day, "2026年6月，二期将建成。")).isSameAs(day);
    }

    @Test
    void anUndatedRecentEventEndsTheLastCeremony() {
        CeremonyDay day = after(null, "3月29日，开工仪式举行。");
        assertThat(after(day, "近日，园区又签约项目6个。")).isNull();
        assertThat(after(day, "近日，即4月2日，园区又签约项目6个。").over(null, times).value()).isEqualTo("2024-04-02");
    }

    @Test
    void theCeremonyReplacesOnlyAMissingOrEnclosingYear() {
        CeremonyDay day = after(null, "3月29日，开工仪式举行。");
        EventDate thisYear = new EventDate("2024", DatePrecision.YEAR, "今年");
        EventDate lastYear = new EventDate("2023", DatePrecision.YEAR, "去年");
        EventDate may = new EventDate("2024-05", DatePrecision.MONTH, "5月");
        assertThat(day.over(thisYear, times).value()).isEqualTo("2024-03-29");
        assertThat(day.over(lastYear, times)).isEqualTo(lastYear);
        assertThat(day.over(may, times)).isEqualTo(may);
    }
}
