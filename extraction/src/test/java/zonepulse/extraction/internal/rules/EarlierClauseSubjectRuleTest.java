package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlierClauseSubjectRuleTest {
    private final EarlierClauseSubjectRule rule = EarlierClauseSubjectRule.STANDARD;

    private String lastIn(String t) {
        NameCandidate c = rule.lastIn(t, 0, t.indexOf("计划") > 0 ? t.lastIndexOf("，") + 1 : t.length());
        return c == null ? null : t.substring(c.start(), c.end());
    }

    @Test
    void aClauseDescribingAFacilityNamesIt() {
        assertThat(lastIn("滨海储能电站总投资约18亿元，计划2027年并网。")).isEqualTo("滨海储能电站");
        assertThat(lastIn("鹭岛航材产业园占地300亩，计划年内投产。")).isEqualTo("鹭岛航材产业园");
    }

    @Test
    void aClauseWithoutFacilityHeadNamesNothing() {
        assertThat(lastIn("这家企业总投资约18亿元，计划2027年投产。")).isNull();
        assertThat(rule.toString()).startsWith("EarlierClauseSubjectRule[");
    }
}
