package zonepulse.extraction.internal.rules;

import java.util.List;
import java.util.Set;
import zonepulse.extraction.internal.text.Trie;

/**
 * 「位于亦庄的厂区将增建高能射线测试间，明年投产」: a dated or planned trigger without a name of its own is said of
 * the facility a build verb (新建, 增建, 打造) named last before it in the statement. Immutable.
 */
final class BuildVerbObjectRule {
    /** The longest object read after a build verb. */
    private static final int MAX_NAME = 20;

    private final List<String> buildVerbs;
    private final Trie<Boolean> facilityHeads;

    /** {@code facilityHeads} is a reversed-word trie. */
    BuildVerbObjectRule(Set<String> buildVerbs, Trie<Boolean> facilityHeads) {
        this.buildVerbs = List.copyOf(buildVerbs);
        this.facilityHeads = facilityHeads;
    }

    static final BuildVerbObjectRule STANDARD = new BuildVerbObjectRule(Lexicon.BUILD_VERBS, Lexicon.FACILITY_HEADS);

    /** The last facility a build verb in {@code t[from, to)} names, or null. */
    NameCandidate lastIn(String t, int from, int to) {
        NameCandidate best = null;
        for (String verb : buildVerbs) {
            int i = IndicatorRules.indexOfIn(t, verb, from, to);
            while (i >= 0) {
                int s = i + verb.length();
                int e = s;
                while (e < to && !Spans.clauseBoundary(t.charAt(e)) && t.charAt(e) != '、' && e - s < MAX_NAME) {
                    e++;
                }
                if (e - s >= 2
                        && Spans.endsWithAny(t.substring(s, e), facilityHeads)
                        && (best == null || s > best.start())) {
                    best = new NameCandidate(s, e, false);
                }
                i = IndicatorRules.indexOfIn(t, verb, i + 1, to);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "BuildVerbObjectRule[" + buildVerbs + "<facility> … <dated trigger> → facility]";
    }
}
