package zonepulse.extraction.internal.rules;

import java.util.List;

/**
 * 「今年开工的青龙湾文旅综合体将…」: after 「trigger的」 stands the noun phrase the trigger is said of, up to a pause,
 * the next trigger or a word that starts the predicate (将, 总投资, 位于, 由: {@code lexicon/name-predicate-starts.txt}).
 * Immutable.
 */
final class RelativeNameRule {
    static final RelativeNameRule STANDARD = new RelativeNameRule();

    /** The longest phrase read after 的. */
    private static final int MAX_NAME = 40;

    /** The name after trigger {@code tr} when 的 follows it, before {@code limit}; null when there is none. */
    NameCandidate after(String t, Trigger tr, int limit, List<Trigger> triggers) {
        if (tr.end() >= limit || t.charAt(tr.end()) != '的') {
            return null;
        }
        int s = tr.end() + 1;
        int e = s;
        while (e < limit && !Spans.projectBoundary(t.charAt(e)) && e - s < MAX_NAME) {
            if (e > s + 1 && Lexicon.predicateStartsAt(t, e)) {
                break;
            }
            if (startsTrigger(triggers, e)) {
                break;
            }
            e++;
        }
        int[] trimmed = Spans.trim(t, s, e);
        return trimmed[1] - trimmed[0] >= 2 ? new NameCandidate(trimmed[0], trimmed[1], false) : null;
    }

    private static boolean startsTrigger(List<Trigger> triggers, int pos) {
        for (Trigger tr : triggers) {
            if (tr.start() == pos) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "RelativeNameRule[<trigger>的<name>(将|投资|位于|…) → name]";
    }
}
