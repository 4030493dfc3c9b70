package zonepulse.extraction.internal.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.events.EventDate;

/**
 * 「…生产线项目在天津开工，一期预计2024年建成投产」: the last project a statement named on its own carries to what
 * follows — a bare phase (一期, 2期工程) is that project's phase, and a dated or planned trigger without a name of its
 * own is a stage of that project. Immutable.
 */
final class AntecedentRule {
    static final AntecedentRule STANDARD = new AntecedentRule();

    private static final Pattern PHASE_ONLY = Pattern.compile("[一二三四五六七八九十\\d]{1,2}期(?:工程|项目)?");
    /** How much of the clause before the trigger the quote keeps. */
    private static final int QUOTE_REACH = 12;
    /** A stage inferred from an earlier mention is less sure than a named one. */
    private static final double CONFIDENCE = 0.6;

    /** Whether a trigger that names nothing is a stage of {@code last}: it is planned or dated. */
    boolean continues(Drafts.Project last, boolean expected, boolean dated) {
        return last != null && (expected || dated);
    }

    /** {@code name}, or the phase of {@code last} when {@code name} is a bare phase and there is a {@code last}. */
    String name(String name, Drafts.Project last) {
        if (last == null || !PHASE_ONLY.matcher(name).matches()) {
            return name;
        }
        // 「比亚迪产业园一期已建成投用，二期预计年内开工」: the second phase of the park, not of its first phase
        Matcher phase = TRAILING_PHASE.matcher(last.name());
        return (phase.find() ? last.name().substring(0, phase.start()) : last.name()) + name;
    }

    /** A phase that ends a name (一期, 二期工程, 三期项目). */
    private static final Pattern TRAILING_PHASE = Pattern.compile("[一二三四五六七八九十0-9]+期(?:工程|项目)?$");

    /** The stage {@code tr} of {@code last}, quoted from the trigger's clause (from {@code segStart}). */
    Drafts.Project draft(
            Drafts.Project last, Trigger tr, int segStart, int[] sentence, boolean expected, EventDate date) {
        return new Drafts.Project(
                segStart < tr.start() ? Math.max(segStart, tr.start() - QUOTE_REACH) : tr.start(),
                tr.end(),
                sentence[0],
                sentence[1],
                last.region(),
                last.name(),
                last.projectKey(),
                tr.stage(),
                expected,
                date,
                last.investment(),
                last.companies(),
                CONFIDENCE);
    }

    @Override
    public String toString() {
        return "AntecedentRule[<project>…，一期 → <project>一期; <project>…，<dated or planned trigger> → <project>]";
    }
}
