package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class StageWordRuleTest {
    private final StageWordRule rule = StageWordRule.STANDARD;

    private List<Trigger> find(String text) {
        return rule.find(text, Statements.of(text));
    }

    @Test
    void theLongestStageWordIsTheTrigger() {
        String t = "赣江新区光电产业园一期昨日开工建设。";
        List<Trigger> found = find(t);
        assertThat(found).hasSize(1);
        assertThat(Statements.span(t, found.get(0))).isEqualTo("开工建设");
        assertThat(found.get(0).stage()).isEqualTo(Stage.CONSTRUCTION_STARTED);
        assertThat(found.get(0).delimitsName()).isFalse();
    }

    @Test
    void aStageWordInsideANounOrQuotesStatesNoStage() {
        assertThat(find("园区企业开工率保持在九成以上。")).isEmpty();
        assertThat(find("推动科研成果落地转化。")).isEmpty();
        assertThat(find("该企业负责园区建设运营。")).isEmpty();
        assertThat(find("会上发布了《关于加快重大项目投产的若干措施》。")).isEmpty();
    }

    @Test
    void completedConstructionStandsWhereNoWordDoes() {
        String t = "今年完成北湖片区综合管廊建设。";
        List<Trigger> found = find(t);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).delimitsName()).isTrue();
        assertThat(t.substring(found.get(0).nameStart(), found.get(0).nameEnd()))
                .isEqualTo("北湖片区综合管廊");
    }

    @Test
    void theCheapTestSeesWordsAndTheCompletedPattern() {
        assertThat(rule.mayStandIn("海螺水泥签约", 0, 6)).isTrue();
        assertThat(rule.mayStandIn("完成年度目标", 0, 6)).isTrue();
        assertThat(rule.mayStandIn("税收增长8%", 0, 6)).isFalse();
        assertThat(rule.toString()).startsWith("StageWordRule[");
    }
}
