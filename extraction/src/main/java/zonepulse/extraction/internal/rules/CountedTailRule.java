package zonepulse.extraction.internal.rules;

/**
 * 「A、B两个项目」, 「建成公园绿地6个」: a count and a counter word at the end of a phrase count what it names; before
 * it stands a list (or a class, when there is no 、). Immutable.
 */
final class CountedTailRule {
    static final CountedTailRule STANDARD = new CountedTailRule();

    /** How far before the phrase's end a count may start. */
    private static final int REACH = 14;

    private static final String DIGITS = "一二两三四五六七八九十";
    private static final String COUNT_CHARS = "一二两三四五六七八九十多余";
    private static final String COUNTERS = "个家项所座批";

    /** Offset where a trailing count starts in {@code t[start, end)}, or {@code end} when there is none. */
    int startIn(String t, int start, int end) {
        for (int i = Math.max(start, end - REACH); i < end; i++) {
            char c = t.charAt(i);
            if ((Character.isDigit(c) || DIGITS.indexOf(c) >= 0) && i > start) {
                char prev = t.charAt(i - 1);
                if (Character.isDigit(prev) || DIGITS.indexOf(prev) >= 0) {
                    continue;
                }
                int j = i;
                while (j < end && (Character.isDigit(t.charAt(j)) || COUNT_CHARS.indexOf(t.charAt(j)) >= 0)) {
                    j++;
                }
                if (j < end && COUNTERS.indexOf(t.charAt(j)) >= 0) {
                    return i;
                }
            }
        }
        return end;
    }

    @Override
    public String toString() {
        return "CountedTailRule[…N(" + COUNTERS + ") within " + REACH + " chars of the end → a count]";
    }
}
