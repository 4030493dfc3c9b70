package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.text.Trie;

/**
 * 「晶合集成三期项目总投资约95亿元，计划2025年投产」: a dated or planned trigger without a name of its own is said of
 * the facility an earlier clause of the statement opened with, when what follows that name says what it is (总投资,
 * 占地, 位于). Immutable.
 */
final class EarlierClauseSubjectRule {
    private final Trie<Boolean> facilityHeads;

    /** {@code facilityHeads} is a reversed-word trie. */
    EarlierClauseSubjectRule(Trie<Boolean> facilityHeads) {
        this.facilityHeads = facilityHeads;
    }

    static final EarlierClauseSubjectRule STANDARD = new EarlierClauseSubjectRule(Lexicon.FACILITY_HEADS);

    /** Words opening a facility's description ({@code lexicon/project-attribute-words.txt}: 总投资, 占地, 位于). */
    private static final java.util.List<String> ATTRIBUTE_WORDS =
            java.util.List.copyOf(zonepulse.extraction.internal.lexicon.Lexicons.words("project-attribute-words.txt"));

    /** The name the last clause of {@code t[from, to)} that describes one opens with, or null. */
    NameCandidate lastIn(String t, int from, int to) {
        NameCandidate best = null;
        int clause = from;
        for (int i = from; i <= to; i++) {
            if (i == to || Spans.clauseBoundary(t.charAt(i))) {
                for (String attribute : ATTRIBUTE_WORDS) {
                    int a = IndicatorRules.indexOfIn(t, attribute, clause, i);
                    if (a > clause + 1 && Spans.endsWithAny(t.substring(clause, a), facilityHeads)) {
                        int[] trimmed = Spans.trim(t, clause, a);
                        best = new NameCandidate(trimmed[0], trimmed[1], false);
                        break;
                    }
                }
                clause = i + 1;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "EarlierClauseSubjectRule[<facility>总投资/占地/位于…，… <dated trigger> → facility]";
    }
}
