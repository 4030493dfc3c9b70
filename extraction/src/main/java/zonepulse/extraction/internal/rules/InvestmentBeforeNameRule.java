package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;

/**
 * 「投资5亿元的甲乙科技」, 「总投资10亿元的新能源“某某发电项目”」: an amount invested introduces the name after 的; a name
 * in quotes at the end of the phrase is the project's name, without the quotes. Immutable.
 */
final class InvestmentBeforeNameRule {
    private final List<String> investmentWords;

    InvestmentBeforeNameRule(Set<String> investmentWords) {
        this.investmentWords =
                List.copyOf(investmentWords); // file order: the first word found wins, so order must not vary by run
    }

    static final InvestmentBeforeNameRule STANDARD = new InvestmentBeforeNameRule(Lexicon.INVESTMENT_WORDS);

    /**
     * The name inside the phrase {@code t[s, e)} as {@code {nameStart, nameEnd, amountStart}}, amountStart -1 when no
     * amount introduces the name; the phrase itself (its quotes dropped) when the rule does not apply.
     */
    int[] refine(String t, int s, int e) {
        int amount = -1;
        int de = Spans.lastIndexOf(t, '的', s, e);
        if (de > s && e - de > 2) {
            String head = t.substring(s, de);
            for (String w : investmentWords) {
                int i = head.indexOf(w);
                if (i >= 0 && i + w.length() < head.length() && startsAmount(head.charAt(i + w.length()))) {
                    amount = s + i + w.length();
                    while (amount < de && !Character.isDigit(t.charAt(amount))) {
                        amount++;
                    }
                    s = de + 1;
                    break;
                }
            }
        }
        int[] quoted = quoted(t, s, e);
        return new int[] {quoted[0], quoted[1], amount};
    }

    private static boolean startsAmount(char c) {
        return Character.isDigit(c) || c == '约' || c == '近' || c == '超' || c == '逾' || c == '达';
    }

    /** 「新能源“某某发电项目”」: a phrase ending in a quoted name is that name. */
    static int[] quoted(String t, int s, int e) {
        if (e - s > 2 && (t.charAt(e - 1) == '”' || t.charAt(e - 1) == '」')) {
            int open = Math.max(Spans.lastIndexOf(t, '“', s, e), Spans.lastIndexOf(t, '「', s, e));
            if (open >= s && e - 1 - (open + 1) >= 2) {
                return new int[] {open + 1, e - 1};
            }
        }
        return new int[] {s, e};
    }

    @Override
    public String toString() {
        return "InvestmentBeforeNameRule[投资X的Y → Y, “Y” → Y; words=" + investmentWords + "]";
    }
}
