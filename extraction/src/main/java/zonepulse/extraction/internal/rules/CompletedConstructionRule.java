package zonepulse.extraction.internal.rules;

import zonepulse.events.Stage;

/**
 * 「完成智慧交通一期工程建设」: 完成 and 建设 within one clause state that the thing between them is completed; the
 * pattern delimits that thing's name itself. Immutable.
 */
final class CompletedConstructionRule {
    static final CompletedConstructionRule STANDARD = new CompletedConstructionRule();

    /** How far after 完成 the 建设 may stand: a name longer than this is a clause, not a facility. */
    private static final int MAX_NAME = 20;

    /** The trigger 完成X建设 starting at {@code i} and ending before {@code limit}, or null. */
    Trigger at(String t, int i, int limit) {
        if (t.charAt(i) != '完' || !t.startsWith("完成", i)) {
            return null;
        }
        int s = i + 2;
        int e = s;
        while (e < limit && e - s <= MAX_NAME && !Spans.clauseBoundary(t.charAt(e)) && t.charAt(e) != '、') {
            if (t.startsWith("建设", e) && e - s >= 2) {
                return new Trigger(i, e + 2, Stage.COMPLETED, s, e);
            }
            e++;
        }
        return null;
    }

    /** Whether the pattern may stand in {@code t[from, to)}: a cheap test before a statement is read. */
    boolean mayStandIn(String t, int from, int to) {
        return IndicatorRules.indexOfIn(t, "完成", from, to) >= 0;
    }

    @Override
    public String toString() {
        return "CompletedConstructionRule[完成X建设 → X completed; X up to " + MAX_NAME + " chars in one clause]";
    }
}
