package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.Period;
import zonepulse.events.Status;

class PastActualsTest {
    private final PastActuals rule = PastActuals.STANDARD;
    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 6);

    private static Period year(int y, String label) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), label);
    }

    @Test
    void aWholeYearsActualInAFebruaryArticleIsLastYears() {
        Period p = rule.adjust(year(2024, "全年"), Status.ACTUAL, FEBRUARY);
        assertThat(p.start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2023, 12, 31));
        Period secondHalf = new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), "下半年");
        assertThat(rule.adjust(secondHalf, Status.ACTUAL, FEBRUARY).start()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aYearNearlyDoneAWrittenOrSaidYearAndTargetsStay() {
        assertThat(rule.adjust(year(2024, "全年"), Status.ACTUAL, LocalDate.of(2024, 12, 20)))
                .isEqualTo(year(2024, "全年"));
        assertThat(rule.adjust(year(2024, "2024年"), Status.ACTUAL, FEBRUARY)).isEqualTo(year(2024, "2024年"));
        assertThat(rule.adjust(year(2024, "今年"), Status.ACTUAL, FEBRUARY)).isEqualTo(year(2024, "今年"));
        assertThat(rule.adjust(year(2024, "全年"), Status.TARGET, FEBRUARY)).isEqualTo(year(2024, "全年"));
        assertThat(rule.adjust(year(2024, "全年"), Status.ACTUAL, null)).isEqualTo(year(2024, "全年"));
        assertThat(rule.toString()).startsWith("PastActuals[");
    }
}
