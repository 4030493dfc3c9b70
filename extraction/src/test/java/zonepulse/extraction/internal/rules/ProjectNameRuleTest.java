package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class ProjectNameRuleTest {
    private final ProjectNameRule rule = ProjectNameRule.STANDARD;

    @Test
    void aFacilityNameIsAProject() {
        assertThat(rule.accepts("长沙北斗导航产业园", false, Stage.COMPLETED)).isTrue();
        assertThat(rule.accepts("“赣南脐橙”冷链物流中心", false, Stage.CONSTRUCTION_STARTED))
                .isTrue();
    }

    @Test
    void aShortPartyNeedsNoHeadOnlyWhenItSignsOrLands() {
        assertThat(rule.accepts("宁德时代", false, Stage.SIGNED)).isTrue();
        assertThat(rule.accepts("宁德时代", false, Stage.COMPLETED)).isFalse();
        assertThat(rule.accepts("宁德时代", true, Stage.COMPLETED)).isTrue();
    }

    @Test
    void genericAbstractCountedAndActivityPhrasesAreNoProjects() {
        assertThat(rule.accepts("一批重点项目", true, Stage.SIGNED)).isFalse();
        assertThat(rule.accepts("产业研究院9家", true, Stage.SIGNED)).isFalse();
        assertThat(rule.accepts("举办招商推介会", true, Stage.SIGNED)).isFalse();
        assertThat(rule.accepts("数字化", true, Stage.SIGNED)).isFalse();
    }

    @Test
    void aCodeIsNoCount() {
        assertThat(ProjectNameRule.quantified("京东方B12项目")).isFalse();
        assertThat(ProjectNameRule.quantified("孵化器3个")).isTrue();
    }

    @Test
    void oneCountedItemEmptiesTheList() {
        String t = "建成孵化器3个、众创空间5家";
        List<NameCandidate> items = List.of(new NameCandidate(2, 7, true), new NameCandidate(8, t.length(), true));
        assertThat(rule.candidates(t, items, true, Stage.COMPLETED)).isEmpty();
    }

    @Test
    void aZoneThatSignsIsTheParty() {
        String t = "苏州工业园区";
        List<NameCandidate> zone = List.of(new NameCandidate(0, t.length(), false));
        assertThat(rule.candidates(t, zone, false, Stage.SIGNED)).isEmpty();
        assertThat(rule.toString()).startsWith("ProjectNameRule[");
    }
}
