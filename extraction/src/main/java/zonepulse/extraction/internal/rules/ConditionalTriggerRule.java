package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * 「建成投产后年产值可达…」: a trigger followed by a conditional word (后, 以后) states a condition, not a stage reached;
 * a dated one (「明年投产后…」) is still a plan and stays. Immutable.
 */
final class ConditionalTriggerRule {
    /** How close before the trigger a time must end to date it (明年投产, 2025年 建成). */
    private static final int DATED_GAP = 2;

    private final Set<String> conditionalSuffixes;

    ConditionalTriggerRule(Set<String> conditionalSuffixes) {
        this.conditionalSuffixes = Set.copyOf(conditionalSuffixes);
    }

    static final ConditionalTriggerRule STANDARD = new ConditionalTriggerRule(Lexicon.TRIGGER_CONDITIONAL_SUFFIXES);

    /** The triggers of statement {@code st} without the undated conditions. */
    List<Trigger> withoutConditions(String t, Statement st, List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>(triggers);
        out.removeIf(tr -> conditional(t, tr.end()) && !dated(st, tr.start()));
        return out;
    }

    private boolean conditional(String t, int end) {
        for (String suffix : conditionalSuffixes) {
            if (t.startsWith(suffix, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time mention ends right before {@code pos}. */
    private static boolean dated(Statement st, int pos) {
        for (TimeMention m : st.times()) {
            if (m.end() <= pos && pos - m.end() <= DATED_GAP) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ConditionalTriggerRule[trigger + " + conditionalSuffixes + " without a date just before → no stage]";
    }
}
