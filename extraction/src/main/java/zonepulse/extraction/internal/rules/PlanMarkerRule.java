package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.text.Trie;

/**
 * 「将于年底投产」, 「预计明年开工」, 「力争年内签约」: a plan marker in the trigger's clause makes the stage expected, not
 * reached. 将近 (nearly) and 将军 (a general) are no plans. Immutable.
 */
final class PlanMarkerRule {
    private final Trie<Boolean> markers;

    PlanMarkerRule(Trie<Boolean> markers) {
        this.markers = markers;
    }

    static final PlanMarkerRule STANDARD = new PlanMarkerRule(Lexicon.PLAN_MARKERS);

    /** Whether a plan marker stands in {@code t[from, to)}. */
    boolean planned(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            Trie.Match<Boolean> m = markers.longestAt(t, i, to);
            if (m != null) {
                if (m.word().equals("将")
                        && m.end() < t.length()
                        && (t.charAt(m.end()) == '近' || t.charAt(m.end()) == '军')) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PlanMarkerRule[a plan marker (将, 预计, 计划 …; not 将近, 将军) before the trigger → expected]";
    }
}
