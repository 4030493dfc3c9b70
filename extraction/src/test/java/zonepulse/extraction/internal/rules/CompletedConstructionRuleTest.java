package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class CompletedConstructionRuleTest {
    private final CompletedConstructionRule rule = CompletedConstructionRule.STANDARD;

    @Test
    void theThingBetweenCompletedAndConstructionIsNamed() {
        String t = "年内完成滨江污水提标改造工程建设，出水水质达到一级A标准。";
        Trigger tr = rule.at(t, t.indexOf("完成"), t.length());
        assertThat(tr).isNotNull();
        assertThat(tr.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(t.substring(tr.nameStart(), tr.nameEnd())).isEqualTo("滨江污水提标改造工程");
        assertThat(Statements.span(t, tr)).isEqualTo("完成滨江污水提标改造工程建设");
    }

    @Test
    void aClauseBreakOrAListEndsTheSearch() {
        String t = "完成投资12亿元，建设进度过半。";
        assertThat(rule.at(t, 0, t.length())).isNull();
        String list = "完成道路、管网建设";
        assertThat(rule.at(list, 0, list.length())).isNull();
    }

    @Test
    void aOneCharThingIsNoName() {
        String t = "完成桥建设";
        assertThat(rule.at(t, 0, t.length())).isNull();
        assertThat(rule.mayStandIn(t, 0, t.length())).isTrue();
        assertThat(rule.mayStandIn("全面建成", 0, 4)).isFalse();
        assertThat(rule.toString()).startsWith("CompletedConstructionRule[完成X建设");
    }
}
