package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameEdgeRuleTest {
    private final NameEdgeRule rule = NameEdgeRule.STANDARD;

    private String name(String text, int end) {
        Statement st = Statements.of(text);
        int e = rule.tail(text, st, 0, end);
        int s = rule.head(text, st, 0, e);
        return text.substring(s, e);
    }

    @Test
    void governingWordsAndTimesLeaveTheHead() {
        String t = "今年，加快推进绵阳光电显示基地建设";
        assertThat(name(t, t.length() - 2)).isEqualTo("绵阳光电显示基地");
    }

    @Test
    void adverbsAndTimesLeaveTheTail() {
        String t = "洪山环保装备产业园已经于5月正式";
        assertThat(name(t, t.length())).isEqualTo("洪山环保装备产业园");
        String plain = "洪山环保装备产业园";
        assertThat(name(plain, plain.length())).isEqualTo(plain);
    }

    @Test
    void quotesAndBookMarksBelongToTheName() {
        String t = "“云谷”数字经济产业园";
        assertThat(name(t, t.length())).isEqualTo(t);
        assertThat(rule.toString()).startsWith("NameEdgeRule[");
    }
}
