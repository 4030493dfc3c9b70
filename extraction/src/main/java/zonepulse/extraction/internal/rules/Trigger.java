package zonepulse.extraction.internal.rules;

import zonepulse.events.Stage;

/**
 * A stage trigger found in a statement (开工, 签约落地, 完成…建设).
 *
 * @param start offset of the trigger's first char
 * @param end offset past its last char
 * @param stage the stage it states
 * @param nameStart where the name the pattern itself delimits starts (完成X建设 names X), or -1
 * @param nameEnd offset past that name, or -1
 */
record Trigger(int start, int end, Stage stage, int nameStart, int nameEnd) {
    /** A trigger word that leaves finding its project to the name rules. */
    static Trigger word(int start, int end, Stage stage) {
        return new Trigger(start, end, stage, -1, -1);
    }

    /** Whether the pattern that found the trigger also delimits the project's name. */
    boolean delimitsName() {
        return nameStart >= 0;
    }
}
