package zonepulse.extraction.internal.rules;

import java.util.Set;
import zonepulse.events.Investment;
import zonepulse.events.Quantity;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;

/**
 * The amount invested in a project: a money figure after an investment word (总投资, 投资额; 「总投资达…」, 「投资约…」),
 * either introducing the name (「总投资50亿元的某某项目」) or in the name's clause or the next one, within the sentence.
 * A figure taken as an investment is marked consumed: it is then the project's, no indicator. Immutable.
 */
final class InvestmentRule {
    /** How far before a figure its investment word may start. */
    private static final int WORD_REACH = 6;

    private final Set<String> investmentWords;

    InvestmentRule(Set<String> investmentWords) {
        this.investmentWords = Set.copyOf(investmentWords);
    }

    static final InvestmentRule STANDARD = new InvestmentRule(Lexicon.INVESTMENT_WORDS);

    /** The investment in the project named from {@code nameStart}, read from {@code from} on, or null. */
    Investment forName(String t, Statement st, int nameStart, int from, Set<Integer> consumed) {
        for (Figure f : st.figures()) {
            if (f.end() <= nameStart
                    && f.unit().kind() == Unit.Kind.MONEY
                    && t.startsWith("的", f.end())
                    && f.end() + 1 >= nameStart - 1
                    && wordBefore(t, st, f)) {
                consumed.add(f.start());
                return of(f);
            }
        }
        int sentenceEnd = from;
        while (sentenceEnd < st.end() && !Spans.endsSentence(t.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        int limit = Math.min(sentenceEnd, Spans.clauseEnd(t, Spans.clauseEnd(t, from, st.end()) + 1, st.end()));
        for (Figure f : st.figures()) {
            if (f.start() < from || f.start() >= limit || f.unit().kind() != Unit.Kind.MONEY) {
                continue;
            }
            if (wordBefore(t, st, f)) {
                consumed.add(f.start());
                return of(f);
            }
        }
        return null;
    }

    /** The money figure starting at {@code pos} (give or take a char) as an investment, or null. */
    Investment at(Statement st, int pos, Set<Integer> consumed) {
        for (Figure f : st.figures()) {
            if (f.start() >= pos - 1 && f.start() <= pos + 1 && f.unit().kind() == Unit.Kind.MONEY) {
                consumed.add(f.start());
                return of(f);
            }
        }
        return null;
    }

    /** A money figure as a project's investment. */
    static Investment of(Figure f) {
        return new Investment(
                f.value(),
                f.writtenUnit(),
                f.qualifier(),
                new Quantity(f.baseValue(), f.unit().base()));
    }

    /** Whether an investment word introduces money figure {@code f} (总投资, 投资约, 计划投资为). */
    boolean introduces(String t, Statement st, Figure f) {
        return wordBefore(t, st, f);
    }

    private boolean wordBefore(String t, Statement st, Figure f) {
        String before = t.substring(Math.max(st.start(), f.start() - WORD_REACH), f.start());
        for (String w : investmentWords) {
            if (before.endsWith(w)
                    || before.endsWith(w + "达")
                    || before.endsWith(w + "约")
                    || before.endsWith(w + "为")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "InvestmentRule[" + investmentWords + "(达|约|为)<money> near the name → investment]";
    }
}
