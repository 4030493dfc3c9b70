package zonepulse.extraction.internal.number;

/**
 * The words that join the two bounds of a range: 到, 至, ~ (～ folded), - (－, —, – folded), and — written twice.
 * A range is one figure (3亿～5亿元, 一百二十到一百五十万元, 10%—15%); a change (从214家扩充至457家) is two.
 */
final class Range {
    private Range() {}

    /** The end of a connector at {@code i}, or -1; {@code withWords} admits 到 and 至 besides the dashes. */
    static int connectorEnd(CharSequence s, int i, int to, boolean withWords) {
        if (i >= to) {
            return -1;
        }
        char c = s.charAt(i);
        if (isDash(c)) {
            int e = i + 1;
            while (e < to && isDash(s.charAt(e)) && e - i < 2) {
                e++; // ——, folded to --
            }
            return e;
        }
        if (withWords && (c == '到' || c == '至')) {
            return i + 1;
        }
        return -1;
    }

    static boolean isDash(char c) {
        return c == '-' || c == '~' || c == '～' || c == '－' || c == '—' || c == '–' || c == '〜';
    }
}
