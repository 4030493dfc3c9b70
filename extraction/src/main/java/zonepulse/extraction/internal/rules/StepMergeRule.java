package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.events.Stage;

/**
 * 「建成投产」, 「签约落地」, 「建成并投产」: two triggers side by side, or joined by a joiner word (并, 且), are one step;
 * the step reaches the later stage. A trigger that delimits its own name (完成X建设) joins nothing. Immutable.
 */
final class StepMergeRule {
    /** How many joiner chars may stand between two triggers of one step. */
    private static final int MAX_GAP = 2;

    private final Set<String> joiners;

    StepMergeRule(Set<String> joiners) {
        this.joiners = Set.copyOf(joiners);
    }

    static final StepMergeRule STANDARD = new StepMergeRule(Lexicon.STEP_JOINERS);

    /** The triggers with each step merged into one trigger spanning it. */
    List<Trigger> merge(String t, List<Trigger> triggers) {
        List<Trigger> merged = new ArrayList<>();
        for (Trigger tr : triggers) {
            if (!merged.isEmpty()) {
                Trigger last = merged.get(merged.size() - 1);
                int gap = tr.start() - last.end();
                boolean joined = gap == 0 || (gap <= MAX_GAP && onlyJoiners(t, last.end(), tr.start()));
                if (joined && !last.delimitsName()) {
                    Stage later = tr.stage().isLaterThan(last.stage()) ? tr.stage() : last.stage();
                    merged.set(merged.size() - 1, Trigger.word(last.start(), tr.end(), later));
                    continue;
                }
            }
            merged.add(tr);
        }
        return merged;
    }

    private boolean onlyJoiners(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!joiners.contains(String.valueOf(t.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "StepMergeRule[AB or A" + joiners + "B → the later stage of A and B]";
    }
}
