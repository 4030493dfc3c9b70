package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.events.Investment;
import zonepulse.events.Stage;

/**
 * A pattern rule's project that the trigger rules already found in the statement at the same stage (one key holds the
 * other: 「云帆智造」 and 「云帆智造二期项目」) is the same mention, not a second event; an amount the pattern read goes
 * to the found draft when the keys are equal and it has none. Immutable.
 */
final class MentionMergeRule {
    private final ProjectKey keys;

    MentionMergeRule(ProjectKey keys) {
        this.keys = keys;
    }

    static final MentionMergeRule STANDARD = new MentionMergeRule(ProjectKey.STANDARD);

    /**
     * Whether {@code found} already holds the project keyed {@code key} at {@code stage}; gives it {@code investment}
     * (in {@code found}) when it lacks one and the keys are equal.
     */
    boolean mergeInto(List<Drafts.Project> found, String key, Stage stage, Investment investment) {
        for (int i = 0; i < found.size(); i++) {
            Drafts.Project f = found.get(i);
            if (f.stage() == stage) {
                String other = keys.of(f.name());
                if (other.contains(key) || key.contains(other)) {
                    if (investment != null && f.investment() == null && other.equals(key)) {
                        found.set(i, f.with(f.date(), investment));
                    }
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "MentionMergeRule[same stage, one key inside the other → one mention; equal keys share the investment]";
    }
}
