package zonepulse.extraction.internal.rules;

import java.util.regex.Pattern;

/**
 * The basis a figure is stated on: 同口径 before it, a parenthesis right after it that excludes, includes or prices
 * something (「（剔除…）」, 「（按可比价计算）」, 「（含…）」), or the yardstick a comparison names (「高于全市平均水平3.5个
 * 百分点」). Stateless.
 */
final class BasisRule {
    private BasisRule() {}

    /** 高于, 低于, 超出, 领先: a comparison with a yardstick. */
    private static final Pattern ABOVE_OR_BELOW = Pattern.compile(".*(高于|低于|超|超出|领先).*");

    /**
     * The basis of a figure ending at {@code figureEnd} in a statement ending at {@code limit}, or null when none is
     * stated.
     *
     * @param phrase the phrase before the figure
     * @param connector the words joining it to the figure
     * @param nameStart where the name in the phrase starts
     * @param name the name
     * @param scope whether the name is only a scope (全市平均水平)
     */
    static String of(
            String t,
            NameBefore.Phrase phrase,
            String connector,
            int nameStart,
            String name,
            boolean scope,
            int figureEnd,
            int limit) {
        String basis = null;
        if (t.startsWith("同口径", phrase.segment()) || Connector.sameBasis(connector) || t.startsWith("同口径", nameStart)) {
            basis = "同口径";
        }
        basis = inParentheses(t, figureEnd, limit, basis);
        if (scope
                && name.contains("水平")
                && ABOVE_OR_BELOW
                        .matcher(t.substring(phrase.segment(), nameStart))
                        .matches()) {
            basis = t.substring(phrase.segment(), phrase.connector()).strip(); // 「高于全市平均水平3.5个百分点」
        }
        return basis;
    }

    /** 「（剔除…）」 right after the figure (past one space), or {@code basis}. */
    private static String inParentheses(String t, int pos, int limit, String basis) {
        int p = pos < limit && t.charAt(pos) == ' ' ? pos + 1 : pos;
        if (p < limit && (t.charAt(p) == '(' || t.charAt(p) == '（')) {
            int close = p + 1;
            while (close < limit && close - p < 24 && t.charAt(close) != ')' && t.charAt(close) != '）') {
                close++;
            }
            if (close < limit) {
                String inside = t.substring(p + 1, close);
                if (inside.startsWith("剔除")
                        || inside.startsWith("扣除")
                        || inside.startsWith("按可比价")
                        || inside.startsWith("不含")
                        || inside.startsWith("含")) {
                    return inside;
                }
            }
        }
        return basis;
    }
}
