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

    /** 新, 保障, 服务 govern a name, but 新能源, 保障性, 服务外包 start one: the name keeps them. */
    @Test
    void aWordOfItsOwnThatALeadingWordStartsStaysInTheName() {
        String energy = "新能源重卡电驱系统产业园";
        assertThat(name(energy, energy.length())).isEqualTo(energy);
        String housing = "保障性租赁住房项目";
        assertThat(name(housing, housing.length())).isEqualTo(housing);
        String outsourcing = "加快服务外包产业园";
        assertThat(name(outsourcing, outsourcing.length())).isEqualTo("服务外包产业园");
        String fresh = "新建智能网联测试场";
        assertThat(name(fresh, fresh.length())).isEqualTo("智能网联测试场");
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

    @Test
    void aBracketedAsideWithAFigureLeavesTheTailAndABracketedPlaceStays() {
        String t = "芜湖储能电池产业园(总投资42亿元)已";
        assertThat(name(t, t.length())).isEqualTo("芜湖储能电池产业园");
        String place = "京东方(昆明)显示基地";
        assertThat(name(place, place.length())).isEqualTo(place);
        String phase = "京东方显示基地(二期)";
        assertThat(name(phase, phase.length())).isEqualTo(phase);
    }

    @Test
    void whatADashRestatesIsTheName() {
        String t = "西部首个氢能产业园--渝北氢能产业园一期";
        assertThat(name(t, t.length())).isEqualTo("渝北氢能产业园一期");
    }
}
