package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;
import zonepulse.events.Investment;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.region.Regions.RegionMention;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * A sentence about one project often goes on to describe it, clause after clause (「X项目在泾河新城正式投产，该项目由…
 * 投资建设，总投资约120亿元」, 「X项目完成土地摘牌，成交价9.6亿元，项目拟投资150亿元」): the figures of the clauses
 * after the project's own are that project's, not indicators of a zone (GUIDELINES: figures about a single project
 * belong to its event). So is a figure after the stage word in the project's own clause (「X项目成功摘牌地块120亩」).
 *
 * <p>A clause goes on describing the project when it opens with a word of {@code project-attribute-openers.txt}
 * (该项目, 总投资, 占地, 成交价, 建成后: the project, or what it has). The description ends at the first clause that does
 * not (「…开工建设，千人医疗卫生机构床位数6.4张」 turns to the zone), or that turns elsewhere all the same: a stage word
 * (another step, perhaps of another project), a place or a scope (全区, 全市, a zone), or a time of its own other than
 * 目前. Of those figures, the first amount after an investment word is the project's investment when its own clause
 * gave none. Immutable.
 */
final class ProjectAttributesRule {
    /** Words a clause may open with before its opener (其中项目…, 并占地…, 目前钢结构…). */
    private static final List<String> LEADS = List.of("其中", "并且", "并", "且", "同时", "目前", "现已");

    private final Set<String> openers;
    private final InvestmentRule investments;
    private final List<String> scopes;

    ProjectAttributesRule(Set<String> openers, InvestmentRule investments, List<String> scopes) {
        this.openers = Set.copyOf(openers);
        this.investments = investments;
        this.scopes = List.copyOf(scopes);
    }

    static final ProjectAttributesRule STANDARD = new ProjectAttributesRule(
            Lexicons.words("project-attribute-openers.txt"), InvestmentRule.STANDARD, IndicatorLexicon.SCOPES);

    /**
     * Marks the figures describing the project whose own clause ends at or after {@code from} as consumed.
     *
     * @return the investment among them, or null (also when {@code wanted} is false)
     */
    Investment describe(
            String t,
            Statement st,
            List<RegionMention> regions,
            int from,
            int triggerEnd,
            boolean wanted,
            Set<Integer> consumed) {
        int sentenceEnd = from;
        while (sentenceEnd < st.end() && !Spans.endsSentence(t.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        Investment investment = null;
        int clause = Spans.clauseEnd(t, from, sentenceEnd);
        int tail = Math.max(from, triggerEnd);
        if (tail < clause && !turnsAway(t, st, regions, tail, clause)) {
            // 「X项目成功摘牌地块120亩」: what follows the stage word in the project's own clause is the project's
            for (Figure f : st.figures()) {
                if (f.start() >= tail && f.start() < clause) {
                    consumed.add(f.start());
                }
            }
        }
        while (clause < sentenceEnd) {
            int start = clause + 1;
            int end = Spans.clauseEnd(t, start, sentenceEnd);
            if (!describes(t, start, end) || turnsAway(t, st, regions, start, end)) {
                break;
            }
            for (Figure f : st.figures()) {
                if (f.start() < start || f.start() >= end || consumed.contains(f.start())) {
                    continue;
                }
                if (wanted
                        && investment == null
                        && f.unit().kind() == Unit.Kind.MONEY
                        && investments.introduces(t, st, f)) {
                    investment = InvestmentRule.of(f);
                }
                consumed.add(f.start());
            }
            clause = end;
        }
        return investment;
    }

    /** Whether the clause {@code t[start, end)} opens with a word of the project (after 其中, 并, 同时). */
    private boolean describes(String t, int start, int end) {
        int from = start;
        while (from < end && t.charAt(from) == ' ') {
            from++;
        }
        for (String lead : LEADS) {
            if (t.startsWith(lead, from)) {
                from += lead.length();
                break;
            }
        }
        for (int length = 1; length <= 5 && from + length <= end; length++) {
            if (openers.contains(t.substring(from, from + length))) {
                return true;
            }
        }
        return false;
    }

    private boolean turnsAway(String t, Statement st, List<RegionMention> regions, int start, int end) {
        if (ProjectRules.statesStage(t, st, start, end)) {
            return true;
        }
        for (RegionMention r : regions) {
            if (r.start() < end && r.end() > start) {
                return true;
            }
        }
        String clause = t.substring(start, end);
        for (String scope : scopes) {
            if (clause.contains(scope)) {
                return true;
            }
        }
        for (TimeMention m : st.times()) {
            if (m.start() < end && m.end() > start && m.kind() != TimeMention.Kind.NOW) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProjectAttributesRule[the figures of the clauses after a single project's own that open with one of "
                + openers.size() + " words of it, up to a stage word, a place, a scope or a time → the project's, none"
                + " an indicator]";
    }
}
