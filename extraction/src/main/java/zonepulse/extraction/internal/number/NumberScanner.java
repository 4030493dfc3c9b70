package zonepulse.extraction.internal.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberScanner() {}

    /** Multiplier of a written magnitude (万 = 1e4, 万亿 = 1e12; "" = 1). */
    public static double magnitudeValue(String magnitude) {
        return Math.pow(10, magnitudePower(magnitude));
    }

    /** {@link #magnitudeValue(String)} exactly. */
    public static BigDecimal magnitudeExact(String magnitude) {
        return BigDecimal.ONE.scaleByPowerOfTen(magnitudePower(magnitude)).setScale(0);
    }

    /** The power of ten of a written magnitude: 万 is 4, 亿 8, 万亿 and 亿万 12; "" and unknown words 0. */
    static int magnitudePower(String magnitude) {
        return switch (magnitude) {
            case "十" -> 1;
            case "百" -> 2;
            case "千" -> 3;
            case "万" -> 4;
            case "十万" -> 5;
            case "百万" -> 6;
            case "千万" -> 7;
            case "亿" -> 8;
            case "十亿" -> 9;
            case "百亿" -> 10;
            case "千亿" -> 11;
            case "万亿", "亿万" -> 12;
            default -> 0;
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
                    sharingItsUnit(text, from, f, out);
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

    /** Separators of a list of numbers that share the unit written after the last (12.3、8.5和6.7%). */
    private static final String LIST_SEPARATORS = "、和及";

    /**
     * Adds to {@code out} the bare Arabic numbers listed right before figure {@code f} that share its unit:
     * 「分别增长12.3、8.5和6.7%」 is three figures in %, 「分别为3、5和8亿元」 three in 亿元. Only a number standing alone
     * between separators counts (not 3、5月, a date: 月 is no unit).
     */
    private static void sharingItsUnit(String text, int from, Figure f, List<Figure> out) {
        if (f.start() != f.numberStart() || f.chinese() || f.bare() || f.isRange()) {
            return; // a qualifier before the last number (超6.7%) or a Chinese numeral: no shared list
        }
        int previousEnd = out.isEmpty() ? from : out.get(out.size() - 1).end();
        List<Figure> listed = new ArrayList<>();
        int p = f.start();
        while (p - 2 >= previousEnd && LIST_SEPARATORS.indexOf(text.charAt(p - 1)) >= 0) {
            int end = p - 1;
            int start = end;
            while (start > previousEnd && (isAsciiDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            if (start == end
                    || !isAsciiDigit(text.charAt(start))
                    || !isAsciiDigit(text.charAt(end - 1))
                    || start > previousEnd && isLatin(text.charAt(start - 1))) {
                break;
            }
            BigDecimal value = ChineseNumeral.parse(text, start, end);
            if (value == null) {
                break;
            }
            listed.add(
                    0,
                    Figure.of(start, start, end, value, null, f.magnitude(), f.unit(), Qualifier.EXACT, false, false));
            p = start;
        }
        if (!listed.isEmpty() && (p == previousEnd || !isAsciiDigit(text.charAt(p - 1)))) {
            out.addAll(listed);
        }
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

    /** A numeral read at a position: its value without the magnitude, and the magnitude the unit carries. */
    private record Num(int end, BigDecimal value, String magnitude, boolean chinese, boolean bare) {}

    /** The numeral of {@code s[i, runEnd)} with its trailing magnitude split off (三千万 = 3000 万), or null. */
    private static Num numeral(String s, int i, int runEnd) {
        boolean chinese = !isAsciiDigit(s.charAt(i));
        if (!chinese) {
            int a = ChineseNumeral.arabicEnd(s, i, runEnd);
            if (a == runEnd) {
                return new Num(runEnd, ChineseNumeral.parse(s, i, a), "", false, false);
            }
            Trie.Match<String> m = MAGNITUDES.longestAt(s, a, runEnd);
            if (m != null && m.end() == runEnd) { // 3千万元 = 3 千万元, 4.5万亿元
                return new Num(runEnd, ChineseNumeral.parse(s, i, a), m.value(), false, false);
            }
        }
        String mag = "";
        int numEnd = runEnd;
        if (endsWith(s, i, runEnd, "万亿") || endsWith(s, i, runEnd, "亿万")) {
            mag = "万亿";
            numEnd -= 2;
        } else if (endsWith(s, i, runEnd, "亿")) {
            mag = "亿";
            numEnd--;
        } else if (endsWith(s, i, runEnd, "万")) {
            mag = "万";
            numEnd--;
        }
        BigDecimal whole = ChineseNumeral.parse(s, i, runEnd);
        if (whole == null) {
            return null;
        }
        // 百万平米, 百亿级, 超万家: a bare order of magnitude, a figure only after a qualifier (突破千亿元)
        boolean bare = numEnd == i || (numEnd == i + 1 && "十百千".indexOf(s.charAt(i)) >= 0);
        return new Num(runEnd, clean(whole.movePointLeft(magnitudePower(mag))), mag, chinese, bare);
    }

    private static boolean endsWith(String s, int from, int end, String word) {
        return end - from >= word.length() && s.startsWith(word, end - word.length());
    }

    /** 3000 rather than 3.000E+3 or 3000.0000. */
    private static BigDecimal clean(BigDecimal v) {
        BigDecimal b = v.stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    /**
     * Where a numeral run {@code s[i, runEnd)} really ends when a unit starting with a numeral char begins inside it
     * (32亿千瓦时 is 32亿 + 千瓦时, 5百分点 is 5 + 百分点, not a magnitude 千 or 百): at that unit, else at runEnd.
     */
    private static int unitInside(String s, int i, int runEnd, int to) {
        for (int j = i + 1; j < runEnd; j++) {
            if (CN_UNITS.indexOf(s.charAt(j)) < 0) {
                continue;
            }
            Trie.Match<Unit> unit = Unit.LEXICON.longestAt(s, j, to);
            if (unit != null && unit.end() - j >= 2 && unit.end() > runEnd) {
                return j;
            }
        }
        return runEnd;
    }

    /** Parses the figure whose number starts at {@code i}; {@code skipTo[0]} receives where scanning resumes. */
    private static Figure parseAt(String s, int floor, int i, int to, int[] skipTo) {
        char prev = i > floor ? s.charAt(i - 1) : ' ';
        boolean chinese = !isAsciiDigit(s.charAt(i));
        int runEnd = unitInside(s, i, ChineseNumeral.runEnd(s, i, to), to);
        skipTo[0] = Math.max(i + 1, runEnd);
        if (!chinese) {
            if (isLatin(prev) || prev == '.' || prev == '第' || prev == '#' || prev == '+' || prev == '/') {
                return null;
            }
            if ((Range.isDash(prev) || prev == '−') && !isMinus(s, floor, i - 1)) {
                return null; // the second half of 1-8月 or of a range that made no figure
            }
            int a = ChineseNumeral.arabicEnd(s, i, to);
            if (a < to && (isLatin(s.charAt(a)) || s.charAt(a) == '+' || s.charAt(a) == '#')) {
                return null; // a code (5G, 8K), a model name or a plan name (4+2+1)
            }
            if (a == runEnd && a + 1 < to && s.charAt(a) == '/' && isAsciiDigit(s.charAt(a + 1))) {
                int r = a + 1;
                while (r < to && isAsciiDigit(s.charAt(r))) {
                    r++;
                }
                skipTo[0] = r;
                BigDecimal den = new BigDecimal(s.substring(a + 1, r));
                if (den.signum() == 0
                        || den.compareTo(BigDecimal.valueOf(1000)) > 0
                        || r < to && (s.charAt(r) == '/' || isLatin(s.charAt(r)))) {
                    return null;
                }
                BigDecimal percent =
                        ChineseNumeral.parse(s, i, a).multiply(HUNDRED).divide(den, 2, RoundingMode.HALF_UP);
                return finish(s, floor, i, r, clean(percent), null, "", PERCENT, Qualifier.EXACT, false, false);
            }
        } else {
            if (prev == '第' || prev == '周' || prev == '星' || prev == '礼') {
                return null;
            }
            if (s.startsWith("分之", runEnd)) {
                return fraction(s, floor, i, runEnd, to, skipTo);
            }
        }
        Num left = numeral(s, i, runEnd);
        if (left == null) {
            return null;
        }
        BigDecimal value = left.value();
        BigDecimal upper = null;
        String magnitude = left.magnitude();
        boolean bare = left.bare();
        Qualifier qualifier = Qualifier.EXACT;
        int p = runEnd;
        // 十余家, 20余万人, 40多个
        Trie.Match<Lexicon.QualifierWord> infix = Lexicon.INFIX.longestAt(s, skipSpace(s, p, to), to);
        if (infix != null) {
            qualifier = infix.value().qualifier();
            p = infix.end();
        }
        if (magnitude.isEmpty() && (infix != null || !chinese)) {
            Trie.Match<String> mag = MAGNITUDES.longestAt(s, skipSpace(s, p, to), to);
            if (mag != null) { // 54 万人, 二十余万人
                magnitude = mag.value();
                p = mag.end();
                if (infix == null) {
                    infix = Lexicon.INFIX.longestAt(s, p, to);
                    if (infix != null) {
                        qualifier = infix.value().qualifier();
                        p = infix.end();
                    }
                }
            }
        }
        // a range: 3-5亿元, 3亿～5亿元, 一百二十到一百五十万元, 10%—15%, 两到三成
        int c = skipSpace(s, p, to);
        Trie.Match<Unit> leftUnit = infix == null ? Unit.LEXICON.longestAt(s, c, to) : null;
        int connector = infix != null || bare
                ? -1
                : leftUnit != null
                        ? Range.connectorEnd(s, skipSpace(s, leftUnit.end(), to), to, false)
                        : Range.connectorEnd(s, c, to, !changeBefore(s, floor, i));
        if (connector > 0) {
            int r = skipSpace(s, connector, to);
            if (r < to && (isAsciiDigit(s.charAt(r)) || isChineseNumeral(s.charAt(r)))) {
                int rightEnd = ChineseNumeral.runEnd(s, r, to);
                Num right = numeral(s, r, rightEnd);
                Trie.Match<Unit> rightUnit =
                        right == null ? null : Unit.LEXICON.longestAt(s, skipSpace(s, rightEnd, to), to);
                BigDecimal lower = value;
                String rangeMagnitude = right == null ? "" : right.magnitude();
                if (right != null && !right.bare() && !magnitude.equals(rangeMagnitude)) {
                    lower = magnitude.isEmpty() || rangeMagnitude.isEmpty()
                            ? (magnitude.isEmpty() ? value : null)
                            : clean(value.movePointLeft(magnitudePower(rangeMagnitude) - magnitudePower(magnitude)));
                }
                boolean sameUnit = leftUnit == null || rightUnit != null && rightUnit.value() == leftUnit.value();
                boolean unitAhead = rightUnit != null || rangeMagnitude.endsWith("亿");
                if (right != null
                        && !right.bare()
                        && lower != null
                        && sameUnit
                        && unitAhead
                        && right.value().compareTo(lower) > 0) {
                    value = lower;
                    upper = right.value();
                    magnitude = rangeMagnitude;
                    p = rightEnd;
                    chinese |= right.chinese();
                    skipTo[0] = rightEnd;
                }
            }
        }
        int u = skipSpace(s, p, to);
        Trie.Match<Unit> unitMatch = Unit.LEXICON.longestAt(s, u, to);
        Unit unit;
        int end;
        if (unitMatch == null && magnitude.equals("万") && personAhead(s, u, to)) {
            // 「为54万参保人提供保障」: the classifier is the person noun that follows
            unitMatch = new Trie.Match<>(u, u, "人", Unit.LEXICON.get("人"));
        }
        if (unitMatch == null) {
            if (magnitude.endsWith("亿")) {
                Unit yuan = Unit.LEXICON.get("元"); // 总投资100亿: money with the 元 left unsaid
                unit = new Unit("", yuan.kind(), yuan.base(), 1);
                end = p;
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
            value = value.scaleByPowerOfTen(1); // 三成 = 30 %
            upper = upper == null ? null : upper.scaleByPowerOfTen(1);
            unit = PERCENT;
        }
        if (bare && unit.kind() == Unit.Kind.PERCENT) {
            return null;
        }
        return finish(
                s,
                floor,
                i,
                end,
                clean(value),
                upper == null ? null : clean(upper),
                magnitude,
                unit,
                qualifier,
                chinese,
                bare);
    }

    /** 三分之一 (33.33 %), 百分之一点五七 (1.57 %), 千分之三 (0.3 %): a fraction is a percentage. */
    private static Figure fraction(String s, int floor, int i, int denEnd, int to, int[] skipTo) {
        int r = ChineseNumeral.runEnd(s, denEnd + 2, to);
        skipTo[0] = Math.max(r, denEnd + 2);
        BigDecimal den = ChineseNumeral.parse(s, i, denEnd);
        BigDecimal num = ChineseNumeral.parse(s, denEnd + 2, r);
        if (den == null || num == null || den.signum() == 0) {
            return null;
        }
        BigDecimal percent = num.multiply(HUNDRED);
        // a power of ten divides exactly; anything else is rounded to two decimals, as a percentage is written
        percent = den.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE)
                ? percent.divide(den)
                : percent.divide(den, 2, RoundingMode.HALF_UP);
        return finish(s, floor, i, r, clean(percent), null, "", PERCENT, Qualifier.EXACT, true, false);
    }

    /**
     * The common tail of a figure: qualifiers after the unit (以上, 左右) and before the number (约, 突破), and the
     * sign (-5.1%, 负3.2%, 负增长3.2%).
     */
    private static Figure finish(
            String s,
            int floor,
            int i,
            int end,
            BigDecimal value,
            BigDecimal upper,
            String magnitude,
            Unit unit,
            Qualifier qualifier,
            boolean chinese,
            boolean bare) {
        int t = end;
        Trie.Match<Lexicon.QualifierWord> suffix = Lexicon.SUFFIX.longestAt(s, t, s.length());
        if (suffix == null && unit.kind() == Unit.Kind.MONEY) {
            suffix = Lexicon.INFIX.longestAt(s, t, s.length()); // 100元多
        }
        if (suffix != null) {
            qualifier = suffix.value().qualifier();
            t = suffix.end();
        }
        int signStart = i;
        boolean negative = false;
        int sign = skipSpaceBack(s, floor, i); // 「负 3.2%」: text from a PDF may keep a space after 负
        if (sign > floor && s.charAt(sign - 1) == '负'
                || i > floor && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == '−') && isMinus(s, floor, i - 1)) {
            negative = true;
            signStart = s.charAt(i - 1) == '负' || s.charAt(i - 1) == ' ' ? sign - 1 : i - 1;
        }
        int start = signStart;
        Trie.Match<Lexicon.QualifierWord> pre =
                Lexicon.PREFIX.longestEndingAt(s, floor, skipSpaceBack(s, floor, signStart));
        if (pre != null && partOfAWord(s, floor, pre)) {
            pre = null;
        }
        if (pre != null) {
            start = pre.start();
            Qualifier q = pre.value().qualifier();
            if (qualifier == Qualifier.EXACT || q == Qualifier.APPROX || q == Qualifier.UNDER) {
                qualifier = q;
            }
        }
        if (!negative && endsWith(s, floor, skipSpaceBack(s, floor, start), "负增长")) {
            negative = true; // 负增长3.2%: the growth is -3.2 %
        }
        if (negative) {
            BigDecimal low = upper == null ? value.negate() : upper.negate();
            upper = upper == null ? null : value.negate();
            value = low;
        }
        if (upper != null && qualifier == Qualifier.EXACT) {
            qualifier = Qualifier.AT_LEAST;
        }
        return Figure.of(start, i, t, value, upper, magnitude, unit, qualifier, chinese, bare);
    }

    /** A minus sign at {@code m}: not a dash between two numbers or in a code (1-8月, COVID-19, 10%-15%). */
    private static boolean isMinus(String s, int floor, int m) {
        if (m <= floor) {
            return s.charAt(m) == '-' || s.charAt(m) == '−';
        }
        char before = s.charAt(m - 1);
        return (s.charAt(m) == '-' || s.charAt(m) == '−')
                && !isAsciiDigit(before)
                && !isLatin(before)
                && !isChineseNumeral(before)
                && !Range.isDash(before)
                && "%.+/#)）".indexOf(before) < 0;
    }

    /** 从3亿元增加到5亿元, 由两家至五家: 到 and 至 after 从 or 由 join two figures, not a range. */
    private static boolean changeBefore(String s, int floor, int i) {
        int b = skipSpaceBack(s, floor, i);
        return b > floor && (s.charAt(b - 1) == '从' || s.charAt(b - 1) == '由');
    }

    /** 签约, 最近, 赶超: a one-char qualifier that ends another word is no qualifier (qualifiers.tsv not_after). */
    private static boolean partOfAWord(String s, int floor, Trie.Match<Lexicon.QualifierWord> pre) {
        if (pre.end() - pre.start() != 1 || pre.start() <= floor) {
            return false;
        }
        return pre.value().notAfter().indexOf(s.charAt(pre.start() - 1)) >= 0;
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

    private static int skipSpace(String s, int i, int to) {
        return i < to && s.charAt(i) == ' ' ? i + 1 : i;
    }

    private static int skipSpaceBack(String s, int floor, int i) {
        return i > floor && s.charAt(i - 1) == ' ' ? i - 1 : i;
    }

    /**
     * The value of a Chinese numeral (三千五百, 十二, 两万三千, 二〇二二 as a digit string, 一点五); NaN when it is not
     * one (see {@link ChineseNumeral}).
     */
    public static double chineseValue(String numeral) {
        BigDecimal v = ChineseNumeral.parse(numeral);
        return v == null ? Double.NaN : v.doubleValue();
    }
}
