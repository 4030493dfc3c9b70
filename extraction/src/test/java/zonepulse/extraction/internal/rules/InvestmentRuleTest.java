package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zonepulse.events.Investment;

class InvestmentRuleTest {
    private final InvestmentRule rule = InvestmentRule.STANDARD;

    @Test
    void anAmountInTheNamesClauseIsItsInvestment() {
        String t = "桂林电子元器件产业园开工，总投资约26亿元，占地400亩。";
        Statement st = Statements.of(t);
        Set<Integer> consumed = new HashSet<>();
        Investment i = rule.forName(t, st, 0, t.indexOf("开工") + 2, consumed);
        assertThat(i).isNotNull();
        assertThat(i.value()).isEqualTo(26.0);
        assertThat(consumed).hasSize(1).allMatch(p -> p >= t.indexOf("总投资") && p <= t.indexOf("26"));
    }

    @Test
    void anAmountIntroducingTheNameIsItsInvestment() {
        String t = "总投资8亿元的柳江糖业深加工项目竣工。";
        Statement st = Statements.of(t);
        int name = t.indexOf("柳江");
        Investment i = rule.forName(t, st, name, t.indexOf("竣工"), new HashSet<>());
        assertThat(i).isNotNull();
        assertThat(i.value()).isEqualTo(8.0);
    }

    @Test
    void moneyWithoutInvestmentWordIsNoInvestment() {
        String t = "柳江糖业深加工项目竣工，去年产值8亿元。";
        Statement st = Statements.of(t);
        Set<Integer> consumed = new HashSet<>();
        assertThat(rule.forName(t, st, 0, t.indexOf("竣工") + 2, consumed)).isNull();
        assertThat(consumed).isEmpty();
    }

    @Test
    void theAmountAPatternPointsAtIsTaken() {
        String t = "北海渔港，总投资3.5亿元。";
        Statement st = Statements.of(t);
        Set<Integer> consumed = new HashSet<>();
        assertThat(rule.at(st, t.indexOf("3.5"), consumed).value()).isEqualTo(3.5);
        assertThat(rule.at(st, 0, consumed)).isNull();
        assertThat(rule.toString()).startsWith("InvestmentRule[");
    }
}
