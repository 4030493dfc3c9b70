package zonepulse.extraction.internal.time;

import zonepulse.extraction.internal.number.ChineseNumeral;

/**
 * Small whole numbers as dates write them: ASCII digits (12), Chinese numerals read as a number (十二, 二十三, 十一, 两)
 * or digit by digit (二〇二一, 二零二一).
 */
public final class ChineseDigits {
    private ChineseDigits() {}

    /** The value of a single digit char (0-9, 〇/零 to 九, 两), or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return ChineseNumeral.digit(c);
    }

    /** Whether {@code c} can be part of a number here: a digit, a Chinese digit, 十 or 两. */
    public static boolean isNumeral(char c) {
        return c == '十' || digit(c) >= 0;
    }

    /** The value of {@code s}, or -1 when it is not one number below 100 (or a digit-by-digit year). */
    public static int value(String s) {
        if (s == null || s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            // 12, 二〇二一, 三: digit by digit; 两 only alone
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0 || s.charAt(i) == '两' && s.length() > 1) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        if (tens < 1 || ones < 0) {
            return -1;
        }
        return tens * 10 + ones;
    }

    /** A year written with four digits (2021, 二〇二一) or, before a month, two (15 → 2015, 98 → 1998); or -1. */
    public static int year(String s) {
        int v = value(s);
        if (v < 0 || s.indexOf('十') >= 0) {
            return -1;
        }
        if (s.length() == 2) {
            return v < 50 ? 2000 + v : 1900 + v;
        }
        return s.length() == 4 ? v : -1;
    }
}
