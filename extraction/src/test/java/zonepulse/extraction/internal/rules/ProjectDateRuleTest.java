package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.extraction.internal.text.Normalizer;

class ProjectDateRuleTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 8, 1);

    private static EventDate date(String text, LocalDate published, int reportYear) {
        String t = Normalizer.fold(text);
        DocContext ctx = new DocContext(text, t, published, reportYear, 0, 0, null, null, null, null, List.of());
        ProjectDateRule rule = new ProjectDateRule(ctx, new TimeResolver(published, ctx.docYear()));
        Statement st = Statements.of(text);
        Trigger tr = StageWordRule.STANDARD.find(t, st).get(0);
        int segStart = Spans.projectClauseStart(t, st.start(), tr.start());
        return rule.date(st, new ParagraphState(), segStart, tr, false);
    }

    @Test
    void theTimeInTheTriggersClauseDatesIt() {
        EventDate d = date("丽水半导体封装基地于4月开工。", PUBLISHED, 0);
        assertThat(d.value()).isEqualTo("2023-04");
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void theTimeTheSentenceOpensWithDatesALaterClause() {
        assertThat(date("2022年9月，丽水半导体封装基地在经开区开工。", PUBLISHED, 0).value()).isEqualTo("2022-09");
    }

    @Test
    void anOpeningDayBeatsAVagueYear() {
        assertThat(date("6月18日，丽水经开区今年新开工12个项目。", PUBLISHED, 0).value()).isEqualTo("2023-06-18");
    }

    @Test
    void anUndatedStageOfAnAnnualReportIsInItsYear() {
        EventDate d = date("丽水半导体封装基地竣工。", null, 2022);
        assertThat(d.value()).isEqualTo("2022");
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date("丽水半导体封装基地竣工。", PUBLISHED, 0)).isNull();
    }

    @Test
    void itSaysWhatItDoes() {
        String t = "x";
        DocContext ctx = new DocContext(t, t, null, 0, 0, 0, null, null, null, null, List.of());
        assertThat(new ProjectDateRule(ctx, new TimeResolver(null, 0)).toString())
                .startsWith("ProjectDateRule[");
    }
}
