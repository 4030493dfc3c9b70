package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTailRuleTest {
    private final CountedTailRule rule = CountedTailRule.STANDARD;

    @Test
    void aCountAtTheEndIsFound() {
        String t = "金沙物流园、银湖科创中心两个项目";
        assertThat(rule.startIn(t, 0, t.length())).isEqualTo(t.indexOf("两个"));
        String digits = "建成口袋公园12座";
        assertThat(rule.startIn(digits, 0, digits.length())).isEqualTo(digits.indexOf("12"));
    }

    @Test
    void aRoughCountStillCounts() {
        String t = "落户高端装备企业十余家";
        assertThat(rule.startIn(t, 0, t.length())).isEqualTo(t.indexOf("十余家"));
    }

    @Test
    void aNumberWithoutCounterOrAtTheStartIsNoTail() {
        String t = "泰山二期工程";
        assertThat(rule.startIn(t, 0, t.length())).isEqualTo(t.length());
        String lead = "3个";
        assertThat(rule.startIn(lead, 0, lead.length())).isEqualTo(lead.length());
        assertThat(rule.toString()).startsWith("CountedTailRule[");
    }
}
