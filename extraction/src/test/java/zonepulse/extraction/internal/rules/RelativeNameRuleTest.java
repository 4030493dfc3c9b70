package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeNameRuleTest {
    private final RelativeNameRule rule = RelativeNameRule.STANDARD;

    private String after(String t) {
        Statement st = Statements.of(t);
        List<Trigger> triggers = StageWordRule.STANDARD.find(t, st);
        NameCandidate c = rule.after(t, triggers.get(0), st.end(), triggers);
        return c == null ? null : t.substring(c.start(), c.end());
    }

    @Test
    void theNameAfterTriggerDeStopsAtThePredicate() {
        assertThat(after("上月开工的滇池数字文创园将于明年建成。")).isEqualTo("滇池数字文创园");
        assertThat(after("此次签约的黔南大数据灾备中心总投资6亿元。")).isEqualTo("黔南大数据灾备中心");
    }

    @Test
    void withoutDeThereIsNoRelativeName() {
        assertThat(after("滇池数字文创园开工。")).isNull();
    }

    @Test
    void aOneCharPhraseIsNoName() {
        assertThat(after("已经投产的，共有三家。")).isNull();
        assertThat(rule.toString()).startsWith("RelativeNameRule[");
    }

    @Test
    void whoBuildsTheProjectIsNoPartOfItsName() {
        assertThat(after("本次签约的沿江冷链物流中心由港城物流有限公司投资建设。")).isEqualTo("沿江冷链物流中心");
    }
}
