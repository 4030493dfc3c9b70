package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectNamesRuleTest {
    private final ObjectNamesRule rule = ObjectNamesRule.STANDARD;

    private List<String> after(String t) {
        Statement st = Statements.of(t);
        List<Trigger> triggers = StageWordRule.STANDARD.find(t, st);
        return rule.after(t, st, triggers.get(0), triggers).stream()
                .map(c -> t.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void theObjectsOfABuildTriggerAreItsProjects() {
        assertThat(after("开发区去年建成了潇湘智算中心、湘江检测实验室。")).containsExactly("潇湘智算中心", "湘江检测实验室");
    }

    @Test
    void aLongAndSplitsTwoNames() {
        assertThat(after("今年引进西南医疗器械研发中心和华中冷链分拨基地。")).containsExactly("西南医疗器械研发中心", "华中冷链分拨基地");
    }

    @Test
    void aCountedClassIsNoName() {
        assertThat(after("全年建成口袋公园项目9个。")).isEmpty();
    }

    @Test
    void aTriggerThatTakesNoObjectGivesNothing() {
        assertThat(after("开工仪式在园区举行。")).isEmpty();
        assertThat(rule.toString()).startsWith("ObjectNamesRule[");
    }
}
