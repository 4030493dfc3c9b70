package zonepulse.extraction.internal.number;

import java.util.ArrayList;
import java.util.List;
import zonepulse.events.Qualifier;
import zonepulse.extraction.internal.text.Trie;

/**
 * Finds figures (number + unit) in folded text: Arabic and Chinese numerals, magnitudes (万, 亿, 万亿), decimals,
 * percentages, 个百分点, 成, 倍, fractions (三分之一, 1/3), ranges, and the qualifiers around them (近, 约, 余, 多,
 * 超过, 逾, 突破, 不到, 以上, 左右). A number with no unit is no figure, so years (2022年), dates (1-8月), ordinals
 * (第一), plan names (十四五, 4+2+1) and codes (PM2.5, B20, 5G) never become one.
 */
public final class NumberScanner {
    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    private static final String CN_UNITS = "十百千万亿";
    private static final Trie<Qualifier> PREFIX_QUALIFIERS = new Trie<Qualifier>()
            .put("近", Qualifier.APPROX)
            .put("将近", Qualifier.APPROX)
            .put("接近", Qualifier.APPROX)
            .put("约", Qualifier.APPROX)
            .put("大约", Qualifier.APPROX)
            .put("约为", Qualifier.APPROX)
            .put("超过", Qualifier.OVER)
            .put("超", Qualifier.OVER)
            .put("逾", Qualifier.OVER)
            .put("超出", Qualifier.OVER)
            .put("多于", Qualifier.OVER)
            .put("高于", Qualifier.OVER)
            .put("突破", Qualifier.AT_LEAST)
            .put("不低于", Qualifier.AT_LEAST)
            .put("不少于", Qualifier.AT_LEAST)
            .put("至少", Qualifier.AT_LEAST)
            .put("不到", Qualifier.UNDER)
            .put("不足", Qualifier.UNDER)
            .put("低于", Qualifier.UNDER)
            .put("少于", Qualifier.UNDER)
            .put("未达", Qualifier.UNDER);
    private static final Trie<String> MAGNITUDES = new Trie<String>()
            .put("万亿", "万亿")
            .put("千亿", "千亿")
            .put("百亿", "百亿")
            .put("亿", "亿")
            .put("千万", "千万")
            .put("百万", "百万")
            .put("十万", "十万")
            .put("万", "万");
    private static final Unit PERCENT = Unit.LEXICON.get("%");

    private NumberScanner() {}

    public static double magnitudeValue(String magnitude) {
        return switch (magnitude) {
            case "" -> 1;
            case "十" -> 10;
            case "百" -> 100;
            case "千" -> 1e3;
            case "万" -> 1e4;
            case "十万" -> 1e5;
            case "百万" -> 1e6;
            case "千万" -> 1e7;
            case "亿" -> 1e8;
            case "十亿" -> 1e9;
            case "百亿" -> 1e10;
            case "千亿" -> 1e11;
            case "万亿" -> 1e12;
            default -> 1;
        };
    }

    /** Every figure in {@code text[from, to)}, in text order. */
    public static List<Figure> scan(String text, int from, int to) {
        List<Figure> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isAsciiDigit(c) || isChineseNumeral(c)) {
                int[] next = new int[] {i + 1};
                Figure f = parseAt(text, from, i, to, next);
                if (f != null) {
                    out.add(f);
                    i = f.end();
                } else {
                    i = Math.max(i + 1, next[0]);
                }
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isChineseNumeral(char c) {
        return CHINESE_NUMERALS.get(c);
    }

    /** Asked of every char of every statement: a bit lookup, not two string searches. */
    private static final java.util.BitSet CHINESE_NUMERALS = chineseNumerals();

    private static java.util.BitSet chineseNumerals() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        (CN_DIGITS + CN_UNITS).chars().forEach(set::set);
        return set;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Parses the figure whose number starts at {@code i}; {@code skipTo[0]} receives where scanning resumes. */
    private static Figure parseAt(String s, int floor, int i, int to, int[] skipTo) {
        char prev = i > floor ? s.charAt(i - 1) : ' ';
        boolean chinese = !isAsciiDigit(s.charAt(i));
        int p = i;
        double value;
        boolean bare = false;
        String magnitude = "";
        if (!chinese) {
            if (isLatin(prev)
                    || prev == '.'
                    || prev == '第'
                    || prev == '#'
                    || prev == '-'
                    || prev == '+'
                    || prev == '/') {
                skipTo[0] = skipDigits(s, i, to);
                return null;
            }
            int q = p;
            while (q < to
                    && (isAsciiDigit(s.charAt(q))
                            || (s.charAt(q) == ','
                                    && q + 3 < to
                                    && isAsciiDigit(s.charAt(q + 1))
                                    && isAsciiDigit(s.charAt(q + 3))
                                    && q > p)
                            || (s.charAt(q) == '.' && q + 1 < to && isAsciiDigit(s.charAt(q + 1))))) {
                q++;
            }
            skipTo[0] = q;
            String digits = s.substring(p, q).replace(",", "");
            if (q < to && (isLatin(s.charAt(q)) || s.charAt(q) == '+' || s.charAt(q) == '#')) {
                return null; // a code (5G, 8K), a model name or a plan name (4+2+1)
            }
            try {
                value = Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                return null;
            }
            p = q;
            if (p + 1 < to && s.charAt(p) == '/' && isAsciiDigit(s.charAt(p + 1))) {
                int r = p + 1;
                while (r < to && isAsciiDigit(s.charAt(r))) {
                    r++;
                }
                double den = Double.parseDouble(s.substring(p + 1, r));
                skipTo[0] = r;
                if (den == 0 || den > 1000 || r < to && (s.charAt(r) == '/' || isLatin(s.charAt(r)))) {
                    return null;
                }
                return fraction(s, floor, i, r, value / den * 100, false);
            }
        } else {
            if (prev == '第' || prev == '周' || prev == '星' || prev == '礼') {
                skipTo[0] = skipChinese(s, i, to);
                return null;
            }
            int q = p;
            while (q < to && isChineseNumeral(s.charAt(q))) {
                q++;
            }
            skipTo[0] = q;
            if (q + 2 < to && s.startsWith("分之", q)) {
                int r = q + 2;
                while (r < to && isChineseNumeral(s.charAt(r))) {
                    r++;
                }
                double den = chineseValue(s.substring(p, q));
                double num = r > q + 2 ? chineseValue(s.substring(q + 2, r)) : Double.NaN;
                skipTo[0] = r;
                if (Double.isNaN(num) || Double.isNaN(den) || den == 0) {
                    return null;
                }
                return fraction(s, floor, i, r, num / den * 100, true);
            }
            String run = s.substring(p, q);
            // a trailing magnitude belongs to the unit (三千万元 = 3000 万元), a lone one stands for 1 (超万家)
            String mag = run.endsWith("万亿") && (run.length() > 2 || run.equals("万亿"))
                    ? "万亿"
                    : run.endsWith("亿") ? "亿" : run.endsWith("万") ? "万" : "";
            String numeral = run.substring(0, run.length() - mag.length());
            if (numeral.isEmpty() || (numeral.length() == 1 && "十百千".indexOf(numeral.charAt(0)) >= 0)) {
                // 百万平米, 百亿级: a bare order of magnitude, a figure only after a qualifier (突破千亿元)
                bare = true;
            }
            if (numeral.isEmpty()) {
                bare = true;
                value = 1;
            } else {
                value = chineseValue(numeral);
            }
            if (Double.isNaN(value)) {
                return null;
            }
            magnitude = mag;
            p = q;
        }
        Qualifier qualifier = Qualifier.EXACT;
        // 十余, 20余万, 40多个
        int r = skipSpace(s, p, to);
        if (r < to && (s.charAt(r) == '余' || s.charAt(r) == '多')) {
            qualifier = Qualifier.OVER;
            r++;
        }
        double rangeEnd = Double.NaN;
        if (!chinese && magnitude.isEmpty()) {
            r = skipSpace(s, r, to);
            if (r + 1 < to
                    && (s.charAt(r) == '-' || s.charAt(r) == '~' || s.charAt(r) == '至' || s.charAt(r) == '到')
                    && isAsciiDigit(s.charAt(r + 1))) {
                int e = r + 1;
                while (e < to
                        && (isAsciiDigit(s.charAt(e))
                                || (s.charAt(e) == '.' && e + 1 < to && isAsciiDigit(s.charAt(e + 1))))) {
                    e++;
                }
                try {
                    rangeEnd = Double.parseDouble(s.substring(r + 1, e));
                } catch (NumberFormatException ex) {
                    return null;
                }
                r = e;
                skipTo[0] = e;
            }
            Trie.Match<String> mag = MAGNITUDES.longestAt(s, skipSpace(s, r, to), to);
            if (mag != null) {
                magnitude = mag.value();
                r = mag.end();
                if (r < to && (s.charAt(r) == '余' || s.charAt(r) == '多')) {
                    qualifier = Qualifier.OVER;
                    r++;
                }
            }
        }
        int u = skipSpace(s, r, to);
        Trie.Match<Unit> unitMatch = Unit.LEXICON.longestAt(s, u, to);
        Unit unit;
        int end;
        if (unitMatch == null && magnitude.equals("万") && personAhead(s, u, to)) {
            // 「为54万参保人提供保障」: the classifier is the person noun that follows
            unitMatch = new Trie.Match<>(u, u, "人", Unit.LEXICON.get("人"));
        }
        if (unitMatch == null) {
            if (magnitude.endsWith("亿")) {
                unit = Unit.LEXICON.get("元"); // 总投资100亿: money with the 元 left unsaid
                end = r;
                unit = new Unit("", unit.kind(), unit.base(), 1);
            } else {
                return null;
            }
        } else {
            unit = unitMatch.value();
            end = unitMatch.end();
        }
        if (unit.kind() == Unit.Kind.TENTHS) {
            if (!chinese) {
                return null; // 3成 is rare and usually part of a name
            }
            value = value * 10;
            unit = PERCENT;
        }
        if (bare && unit.kind() == Unit.Kind.PERCENT) {
            return null;
        }
        // trailing qualifiers
        int t = end;
        if (s.startsWith("以上", t) || s.startsWith("多", t) && unit.kind() == Unit.Kind.MONEY) {
            qualifier = Qualifier.OVER;
            t += s.startsWith("以上", t) ? 2 : 1;
        } else if (s.startsWith("左右", t) || s.startsWith("上下", t)) {
            qualifier = Qualifier.APPROX;
            t += 2;
        }
        int start = i;
        Trie.Match<Qualifier> pre = PREFIX_QUALIFIERS.longestEndingAt(s, floor, skipSpaceBack(s, floor, i));
        if (pre != null && partOfAWord(s, floor, pre)) {
            pre = null;
        }
        if (pre != null) {
            start = pre.start();
            if (qualifier == Qualifier.EXACT || pre.value() == Qualifier.APPROX || pre.value() == Qualifier.UNDER) {
                qualifier = pre.value();
            }
        }
        if (!Double.isNaN(rangeEnd) && qualifier == Qualifier.EXACT) {
            qualifier = Qualifier.AT_LEAST;
        }
        return new Figure(start, i, t, value, magnitude, unit, qualifier, chinese, bare, rangeEnd);
    }

    /** 签约, 最近, 赶超: a one-char qualifier that ends another word is no qualifier. */
    private static boolean partOfAWord(String s, int floor, Trie.Match<Qualifier> pre) {
        if (pre.end() - pre.start() != 1 || pre.start() <= floor) {
            return false;
        }
        char before = s.charAt(pre.start() - 1);
        return switch (s.charAt(pre.start())) {
            case '约' -> "签节制邀合公条预履特简相婉大".indexOf(before) >= 0;
            case '近' -> "最附临靠亲贴逼就接将".indexOf(before) >= 0;
            case '超' -> "赶高".indexOf(before) >= 0;
            default -> false;
        };
    }

    private static boolean personAhead(String s, int from, int to) {
        for (int i = from; i < Math.min(to, from + 4); i++) {
            char c = s.charAt(i);
            if (c == '人') {
                return true;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    private static Figure fraction(String s, int floor, int i, int end, double percent, boolean chinese) {
        double rounded = Math.round(percent * 100) / 100.0;
        int start = i;
        Qualifier qualifier = Qualifier.EXACT;
        Trie.Match<Qualifier> pre = PREFIX_QUALIFIERS.longestEndingAt(s, floor, i);
        if (pre != null) {
            start = pre.start();
            qualifier = pre.value();
        }
        return new Figure(start, i, end, rounded, "", PERCENT, qualifier, chinese, false, Double.NaN);
    }

    private static int skipSpace(String s, int i, int to) {
        return i < to && s.charAt(i) == ' ' ? i + 1 : i;
    }

    private static int skipSpaceBack(String s, int floor, int i) {
        return i > floor && s.charAt(i - 1) == ' ' ? i - 1 : i;
    }

    private static int skipDigits(String s, int i, int to) {
        while (i < to && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static int skipChinese(String s, int i, int to) {
        while (i < to && isChineseNumeral(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The value of a Chinese numeral (三千五百, 十二, 两万三千, 二〇二二 as a digit string); NaN when it is not one.
     */
    public static double chineseValue(String numeral) {
        if (numeral.isEmpty()) {
            return Double.NaN;
        }
        // 二〇二二 is a digit string; 唯一一家 is not a number eleven
        boolean digitsOnly = numeral.length() >= 3 && (numeral.indexOf('〇') >= 0 || numeral.indexOf('零') >= 0);
        for (int i = 0; i < numeral.length(); i++) {
            if (CN_DIGITS.indexOf(numeral.charAt(i)) < 0) {
                digitsOnly = false;
                break;
            }
        }
        if (!digitsOnly
                && numeral.length() > 1
                && CN_DIGITS.indexOf(numeral.charAt(0)) >= 0
                && CN_DIGITS.indexOf(numeral.charAt(1)) >= 0) {
            return Double.NaN;
        }
        if (digitsOnly) {
            double v = 0;
            for (int i = 0; i < numeral.length(); i++) {
                v = v * 10 + digit(numeral.charAt(i));
            }
            return v;
        }
        double total = 0;
        double section = 0;
        double number = 0;
        boolean sawDigit = false;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                sawDigit = true;
                continue;
            }
            switch (c) {
                case '十' -> {
                    section += (sawDigit ? number : 1) * 10;
                    number = 0;
                    sawDigit = false;
                }
                case '百' -> {
                    section += (sawDigit ? number : 1) * 100;
                    number = 0;
                    sawDigit = false;
                }
                case '千' -> {
                    section += (sawDigit ? number : 1) * 1000;
                    number = 0;
                    sawDigit = false;
                }
                case '万' -> {
                    total += (section + number) * 1e4;
                    section = 0;
                    number = 0;
                    sawDigit = false;
                }
                case '亿' -> {
                    total = (total + section + number) * 1e8;
                    section = 0;
                    number = 0;
                    sawDigit = false;
                }
                default -> {
                    return Double.NaN;
                }
            }
        }
        return total + section + number;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
