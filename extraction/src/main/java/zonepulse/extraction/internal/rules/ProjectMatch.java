package zonepulse.extraction.internal.rules;

import zonepulse.events.Stage;

/**
 * A project name a pattern rule found, with the stage the pattern gives it.
 *
 * @param nameStart offset of the name's first char
 * @param nameEnd offset past the name's last char
 * @param stage the stage reached
 * @param triggerStart offset of the trigger word the stage comes from
 * @param triggerEnd offset past the trigger word
 * @param amountStart offset of the amount invested that introduced the name (投资5亿元的…), or -1
 * @param rule the rule that found it, for tracing
 */
record ProjectMatch(
        int nameStart, int nameEnd, Stage stage, int triggerStart, int triggerEnd, int amountStart, String rule) {
    ProjectMatch withName(int start, int end, int amount) {
        return new ProjectMatch(start, end, stage, triggerStart, triggerEnd, amount, rule);
    }
}
