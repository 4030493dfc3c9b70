package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;
import static zonepulse.extraction.internal.rules.IndicatorFixture.statement;

import org.junit.jupiter.api.Test;
import zonepulse.events.Status;

class StatusRuleTest {
    private static final StatusRule RULE = StatusRule.STANDARD;

    private static Status status(String text, String written, int docYear) {
        return status(text, written, docYear, "产值");
    }

    private static Status status(String text, String written, int docYear, String name) {
        String t = fold(text);
        Statement st = statement(t);
        return RULE.status(t, st, figure(st, t, written), name, RULE.markers(t, st, docYear));
    }

    @Test
    void aForecastBeforeTheFirstFigureFramesTheStatement() {
        String text = "预计全年地区生产总值增长7%；工业投资增长10%。";
        assertThat(status(text, "7%", 2024)).isEqualTo(Status.FORECAST);
        assertThat(status(text, "10%", 2024)).isEqualTo(Status.FORECAST);
    }

    @Test
    void aMarkerOfAnotherSentenceAfterTheFirstFigureDoesNotReach() {
        String text = "上半年营收增长9%；力争全年增长10%；外贸下降3%。";
        assertThat(status(text, "9%", 2024)).isEqualTo(Status.ACTUAL);
        assertThat(status(text, "10%", 2024)).isEqualTo(Status.TARGET);
        assertThat(status(text, "3%", 2024)).isEqualTo(Status.ACTUAL);
    }

    @Test
    void aFutureYearAfterDaoIsAGoal() {
        String text = "到2030年，园区产值达到2000亿元。";
        assertThat(status(text, "2000亿元", 2024)).isEqualTo(Status.TARGET);
        assertThat(status(text, "2000亿元", 2031)).isEqualTo(Status.ACTUAL);
    }

    @Test
    void aPlanCompletedIsAYardstickAndJiangjinIsNoMarker() {
        assertThat(status("固定资产投资完成全年计划108%。", "108%", 2024)).isEqualTo(Status.ACTUAL);
        assertThat(status("将近300家企业入驻园区。", "300家", 2024)).isEqualTo(Status.ACTUAL);
    }

    @Test
    void aGoalNamedOrRightAfterTheFigureIsATarget() {
        assertThat(status("营收增长6%的目标。", "6%", 2024)).isEqualTo(Status.TARGET);
        assertThat(status("营收增长6%，超过目标。", "6%", 2024)).isEqualTo(Status.ACTUAL);
        assertThat(status("年度招商600亿元。", "600亿元", 2024, "招商目标")).isEqualTo(Status.TARGET);
        assertThat(RULE.toString()).startsWith("StatusRule[");
    }

    @Test
    void aGoalCompletedInTheNameIsAYardstickNotATarget() {
        // a name carrying 目标 made 「完成年度目标的78%」 a target
        assertThat(status("出口额完成年度目标的91%。", "91%", 2024, "年度目标")).isEqualTo(Status.ACTUAL);
        assertThat(status("全年目标产值120亿元。", "120亿元", 2024, "目标产值")).isEqualTo(Status.TARGET);
    }
}
