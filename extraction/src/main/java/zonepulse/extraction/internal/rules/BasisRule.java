package zonepulse.extraction.internal.rules;

import java.util.regex.Pattern;

/**
 * The basis a figure is stated on: 同口径 before it, a parenthesis right after it that excludes, includes or prices
 * something (「（剔除…）」, 「（按可比价计算）」, 「（含…）」), or the yardstick a comparison names (「高于全市平均水平3.5个
 * 百分点」). Stateless.
 */
final class BasisRule {
    private BasisRule() {}

    /** 高于, 高出, 低于, 超出, 快于, 慢于, 领先(于): the words comparing a figure with a yardstick. */
    private static final String COMPARISON_WORDS = "高于|高出|低于|超出|快于|慢于|领先于?";

    /** A comparison with a yardstick anywhere in a phrase; 超 alone too (超全市平均水平). */
    private static final Pattern ABOVE_OR_BELOW = Pattern.compile(".*(" + COMPARISON_WORDS + "|超).*");

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
                && !name.isEmpty()
                && ABOVE_OR_BELOW
                        .matcher(t.substring(phrase.segment(), nameStart))
                        .matches()) {
            basis = t.substring(phrase.segment(), phrase.connector()).strip(); // 「高于全市平均水平3.5个百分点」
        }
        return basis;
    }

    /** Growth-rate words a comparison of the figure named before may open with (增速高于全市). */
    private static final java.util.List<String> RATE_WORDS = java.util.List.of("增速", "增幅", "降幅", "涨幅");

    /**
     * The yardstick that words about the figure named before compare it with (「增速高于全市1.8个百分点」: 高于全市), or
     * null: a comparison word then a scope ({@link MeasureWords#scope}), after a growth-rate word or none.
     */
    static String yardstick(String words, MeasureWords measureWords) {
        String w = words;
        for (String rate : RATE_WORDS) {
            if (w.startsWith(rate)) {
                w = w.substring(rate.length());
                break;
            }
        }
        java.util.regex.Matcher m = COMPARISON.matcher(w);
        return m.matches() && measureWords.scope(m.group(2)) ? w : null;
    }

    /** A comparison word and what follows it. */
    private static final Pattern COMPARISON = Pattern.compile("(" + COMPARISON_WORDS + ")(.+)");

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
