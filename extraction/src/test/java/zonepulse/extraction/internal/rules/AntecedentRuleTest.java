package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.events.Stage;

class AntecedentRuleTest {
    private final AntecedentRule rule = AntecedentRule.STANDARD;
    private final Drafts.Project plant = new Drafts.Project(
            0,
            10,
            0,
            30,
            "湖北省襄阳市",
            "汉江轴承智能工厂",
            "汉江轴承智能工厂",
            Stage.CONSTRUCTION_STARTED,
            false,
            null,
            null,
            List.of("汉江轴承"),
            0.75);

    @Test
    void aBarePhaseIsTheLastProjectsPhase() {
        assertThat(rule.name("二期", plant)).isEqualTo("汉江轴承智能工厂二期");
        assertThat(rule.name("3期工程", plant)).isEqualTo("汉江轴承智能工厂3期工程");
        assertThat(rule.name("二期", null)).isEqualTo("二期");
        assertThat(rule.name("二期研发楼", plant)).isEqualTo("二期研发楼");
    }

    @Test
    void onlyADatedOrPlannedTriggerContinuesTheLastProject() {
        assertThat(rule.continues(plant, true, false)).isTrue();
        assertThat(rule.continues(plant, false, true)).isTrue();
        assertThat(rule.continues(plant, false, false)).isFalse();
        assertThat(rule.continues(null, true, true)).isFalse();
    }

    @Test
    void theDraftIsTheLastProjectAtTheNewStage() {
        String t = "汉江轴承智能工厂上月开工，预计明年6月投产。";
        int trigger = t.indexOf("投产");
        Trigger tr = Trigger.word(trigger, trigger + 2, Stage.IN_PRODUCTION);
        EventDate june = new EventDate("2026-06", DatePrecision.MONTH, "明年6月");
        Drafts.Project d = rule.draft(plant, tr, t.indexOf("预计"), new int[] {0, t.length()}, true, june);
        assertThat(d.name()).isEqualTo(plant.name());
        assertThat(d.stage()).isEqualTo(Stage.IN_PRODUCTION);
        assertThat(d.expected()).isTrue();
        assertThat(d.date()).isEqualTo(june);
        assertThat(t.substring(d.quoteStart(), d.quoteEnd())).isEqualTo("预计明年6月投产");
        assertThat(rule.toString()).startsWith("AntecedentRule[");
    }
}
