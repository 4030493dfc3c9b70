package zonepulse.extraction.internal.rules;

/**
 * A name an indicator may take and where it stands in the text.
 *
 * @param text the name
 * @param start offset of its first char
 * @param end offset past its last char
 * @param confidence how sure the rule that chose it is
 */
record IndicatorName(String text, int start, int end, double confidence) {

    /** The same name and place at another confidence. */
    IndicatorName at(double otherConfidence) {
        return new IndicatorName(text, start, end, otherConfidence);
    }
}
