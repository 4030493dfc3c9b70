package zonepulse.extraction.internal.number;

import java.math.BigDecimal;

/**
 * The numeral grammar: Chinese, Arabic and mixed numerals to an exact {@link BigDecimal}.
 *
 * <pre>
 * numeral  := digits                      二〇二二, 一, 3713.4, 1,234.5 (a digit string)
 *           | part 点 digit+               十二点五, 一百点五
 *           | digit 点 digit+             一点二, 零点五七
 *           | part (magnitude part)*      3万5千, 1万600, 两千三百万, 一亿五千万, 3.2万亿
 * part     := (number? small)* number?    一千零五十, 十二, 二十万零三百
 * number   := Arabic decimal | Chinese digit (点 digit+)?
 * small    := 十 | 百 | 千      magnitude := 万 | 亿 (万亿 and 亿万 both are 1e12)
 * </pre>
 *
 * 零 and 〇 are 0, 两 is 2; a Chinese digit right after a unit char stands for the next lower order (一万五 =
 * 15000, 三千五 = 3500). Two Chinese digits in a row are no numeral (唯一一家), except in a digit string with 〇 or
 * 零 (二〇二二) or after 零. Parsing is a single left-to-right pass with no regex.
 */
public final class ChineseNumeral {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumeral() {}

    /** The Chinese digit value of {@code c} (零 〇 一 二 两 … 九), or -1. */
    public static int digit(char c) {
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

    /** 十 百 千 as 10, 100, 1000; 万 and 亿 as 1e4, 1e8; else 0. */
    static int unitPower(char c) {
        return switch (c) {
            case '十' -> 1;
            case '百' -> 2;
            case '千' -> 3;
            case '万' -> 4;
            case '亿' -> 8;
            default -> 0;
        };
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A thousands separator: ASCII comma, or the full-width comma (which Normalizer does not fold). */
    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '，';
    }

    /**
     * The end of the Arabic decimal starting at {@code i}: digits, thousands groups (1,234 and 1，234, each group
     * exactly three digits, one separator kind per number) and one decimal point followed by a digit.
     */
    public static int arabicEnd(CharSequence s, int i, int to) {
        int q = i;
        while (q < to && isAsciiDigit(s.charAt(q))) {
            q++;
        }
        if (q - i <= 3 && q > i && q < to && isGroupSeparator(s.charAt(q))) {
            char sep = s.charAt(q);
            while (q + 3 < to
                    && s.charAt(q) == sep
                    && isAsciiDigit(s.charAt(q + 1))
                    && isAsciiDigit(s.charAt(q + 2))
                    && isAsciiDigit(s.charAt(q + 3))
                    && (q + 4 >= to || !isAsciiDigit(s.charAt(q + 4)))) {
                q += 4;
            }
        }
        if (q + 1 < to && s.charAt(q) == '.' && isAsciiDigit(s.charAt(q + 1))) {
            q++;
            while (q < to && isAsciiDigit(s.charAt(q))) {
                q++;
            }
        } else if (q + 2 < to
                && q > i
                && s.charAt(q) == '.'
                && s.charAt(q + 1) == ' '
                && isAsciiDigit(s.charAt(q + 2))) {
            // 「24. 3 亿元」: text from a PDF keeps a space after the decimal point
            q += 2;
            while (q < to && isAsciiDigit(s.charAt(q))) {
                q++;
            }
        }
        return q;
    }

    /**
     * The end of the numeral run starting at {@code i}: Arabic decimals, Chinese digits, 十百千万亿 and 点 between
     * a digit and a Chinese digit. An Arabic number may follow only a unit char (1万600, 3万5千); a Chinese digit
     * never follows an Arabic one directly.
     */
    public static int runEnd(CharSequence s, int i, int to) {
        int q = i;
        int last = 0; // 0 start, 1 Arabic number, 2 Chinese digit, 3 unit char, 4 decimal digits after 点
        while (q < to) {
            char c = s.charAt(q);
            if (isAsciiDigit(c)) {
                if (last == 1 || last == 2 || last == 4) {
                    break;
                }
                q = arabicEnd(s, q, to);
                last = 1;
            } else if (digit(c) >= 0) {
                if (last == 1) {
                    break;
                }
                q++;
                last = last == 4 ? 4 : 2;
            } else if (unitPower(c) > 0) {
                if (last == 4 && unitPower(c) < 4) {
                    break; // 两点五十分 is a time
                }
                q++;
                last = 3;
            } else if (c == '点' && (last == 2 || last == 3) && q + 1 < to && digit(s.charAt(q + 1)) >= 0) {
                q++;
                last = 4;
            } else {
                break;
            }
        }
        return q;
    }

    /** {@link #parse(CharSequence, int, int)} of the whole string. */
    public static BigDecimal parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    /** The value of the numeral {@code s[from, to)}, or null when it is none. */
    public static BigDecimal parse(CharSequence s, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (isDigitString(s, from, to)) {
            return digitString(s, from, to);
        }
        BigDecimal high = BigDecimal.ZERO; // the 亿 sections
        BigDecimal mid = BigDecimal.ZERO; // the 万 section
        BigDecimal section = BigDecimal.ZERO; // below 万
        BigDecimal number = null; // the pending number
        int lastSmall = 4; // the last of 十百千 in this section, as a power: a section's units fall
        int lastUnit = 0; // the power of the unit char just before the pending number, 0 if none or after 零
        boolean afterZero = false;
        boolean afterYi = false;
        boolean sawAny = false;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int d = digit(c);
            if (isAsciiDigit(c)) {
                if (number != null) {
                    return null;
                }
                int e = arabicEnd(s, i, to);
                number = arabic(s, i, e);
                lastUnit = 0;
                afterYi = false;
                sawAny = true;
                i = e;
                continue;
            }
            if (d >= 0) {
                if (number != null && !afterZero) {
                    return null; // 一一, 十四五
                }
                int scale = afterZero ? 0 : lastUnit;
                afterZero = d == 0;
                number = BigDecimal.valueOf(d);
                sawAny = true;
                afterYi = false;
                i++;
                if (i + 1 < to && s.charAt(i) == '点' && digit(s.charAt(i + 1)) >= 0) {
                    int e = i + 1;
                    StringBuilder frac = new StringBuilder("0.");
                    while (e < to && digit(s.charAt(e)) >= 0) {
                        frac.append((char) ('0' + digit(s.charAt(e))));
                        e++;
                    }
                    number = number.add(new BigDecimal(frac.toString()));
                    i = e;
                    scale = 0;
                }
                if (scale > 1 && (i == to || unitPower(s.charAt(i)) == 0)) {
                    // 一万五, 三千五: the last digit counts in the next lower order
                    number = number.scaleByPowerOfTen(scale - 1);
                }
                lastUnit = 0;
                continue;
            }
            if (c == '点' && number == null && i + 1 < to && digit(s.charAt(i + 1)) >= 0) {
                int e = i + 1; // 一百点五: the fraction after a unit char
                StringBuilder frac = new StringBuilder("0.");
                while (e < to && digit(s.charAt(e)) >= 0) {
                    frac.append((char) ('0' + digit(s.charAt(e))));
                    e++;
                }
                number = new BigDecimal(frac.toString());
                lastUnit = 0;
                i = e;
                continue;
            }
            int p = unitPower(c);
            if (p == 0) {
                return null;
            }
            boolean zeroBefore = afterZero;
            afterZero = false;
            if (p < 4) {
                if (p >= lastSmall) {
                    return null; // 十百, 千千
                }
                // 一千零十: a 十 right after 零 stands alone, as a leading 十 does (十二), for 一十
                BigDecimal n = number == null || p == 1 && zeroBefore && number.signum() == 0 ? BigDecimal.ONE : number;
                if (number == null && sawAny && p > 1) {
                    return null; // 万百: a unit needs its digit, except a leading 十 (十二)
                }
                section = section.add(n.scaleByPowerOfTen(p));
                lastSmall = p;
            } else if (p == 4) {
                if (afterYi && number == null) {
                    high = high.multiply(TEN_THOUSAND); // 亿万 stacks like 万亿
                } else {
                    BigDecimal part = section.add(number == null ? BigDecimal.ZERO : number);
                    if (!sawAny) {
                        if (i + 1 < to && s.charAt(i + 1) != '亿') {
                            return null; // 万一 is no number
                        }
                        part = BigDecimal.ONE; // a bare 万 (超万家)
                    } else if (number == null && section.signum() == 0) {
                        return null; // 万万
                    }
                    mid = mid.add(part.multiply(TEN_THOUSAND));
                }
                afterYi = false;
                lastSmall = 4;
                section = BigDecimal.ZERO;
            } else {
                BigDecimal part = mid.add(section).add(number == null ? BigDecimal.ZERO : number);
                if (!sawAny) {
                    if (i + 1 < to && s.charAt(i + 1) != '万') {
                        return null;
                    }
                    part = BigDecimal.ONE; // a bare 亿 (超亿元)
                } else if (number == null && section.signum() == 0 && mid.signum() == 0) {
                    return null; // 亿亿
                }
                high = high.add(part.multiply(HUNDRED_MILLION));
                mid = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
                lastSmall = 4;
                afterYi = true;
            }
            number = null;
            sawAny = true;
            lastUnit = p;
            i++;
        }
        BigDecimal total = high.add(mid).add(section);
        if (number != null) {
            total = total.add(number);
        }
        return total;
    }

    /** 二〇二二, 一, 一点五, 3713.4, 1,234: no unit char at all. */
    private static boolean isDigitString(CharSequence s, int from, int to) {
        boolean chinese = false;
        boolean zero = false;
        boolean fraction = false;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (unitPower(c) > 0) {
                return false;
            }
            if (digit(c) >= 0 && !fraction) {
                chinese = true;
                zero |= digit(c) == 0;
                digits++;
            } else if (c == '点') {
                fraction = true; // 六点八亿 still has a unit char after its fraction
            }
        }
        // 唯一一家 is not eleven; 二〇二二 is a digit string (with a zero and three digits or more)
        return !chinese || digits == 1 || zero && digits >= 3;
    }

    private static BigDecimal digitString(CharSequence s, int from, int to) {
        char first = s.charAt(from);
        if (isAsciiDigit(first)) {
            int e = arabicEnd(s, from, to);
            return e == to ? arabic(s, from, to) : null;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c == '点' && b.length() > 0 && b.indexOf(".") < 0 && i + 1 < to) {
                b.append('.');
            } else {
                return null;
            }
        }
        return new BigDecimal(b.toString());
    }

    private static BigDecimal arabic(CharSequence s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isGroupSeparator(c) && c != ' ') {
                b.append(c);
            }
        }
        return new BigDecimal(b.toString());
    }
}
