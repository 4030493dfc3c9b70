package zonepulse.extraction.internal.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** One test per rule of the numeral grammar, and a round trip through a Chinese formatter. */
class ChineseNumeralTest {

    private static BigDecimal parse(String numeral) {
        return ChineseNumeral.parse(numeral);
    }

    private static void assertValue(String numeral, String expected) {
        assertThat(parse(numeral)).as(numeral).isNotNull();
        assertThat(parse(numeral)).as(numeral).isEqualByComparingTo(expected);
    }

    @Test
    void singleDigitsIncludingLiangAndBothZeros() {
        assertValue("七", "7");
        assertValue("两", "2");
        assertValue("零", "0");
        assertValue("〇", "0");
    }

    @Test
    void leadingTenNeedsNoDigit() {
        assertValue("十", "10");
        assertValue("十七", "17");
        assertValue("六十四", "64");
    }

    @Test
    void smallUnitsAddUpWithinASection() {
        assertValue("八百三十六", "836");
        assertValue("两千零九", "2009");
    }

    @Test
    void zeroMarksASkippedOrder() {
        assertValue("一千零五十", "1050");
        assertValue("三百零八", "308");
        assertValue("二十万零三百", "200300");
    }

    @Test
    void tenThousandAndHundredMillionOpenSections() {
        assertValue("两千三百万", "23000000");
        assertValue("四亿六千万", "460000000");
        assertValue("五万亿", "5000000000000");
        assertValue("两亿万", "2000000000000"); // 亿万 stacks like 万亿
    }

    @Test
    void lastDigitAfterAUnitCountsOneOrderLower() {
        assertValue("三千五", "3500");
        assertValue("一万八", "18000");
        assertValue("九百六", "960");
    }

    @Test
    void dianIsTheDecimalPoint() {
        assertValue("四点零六", "4.06");
        assertValue("零点三", "0.3");
        assertValue("二十一点七五", "21.75");
        assertValue("六点八亿", "680000000");
    }

    @Test
    void digitStringsWithZeroReadDigitByDigit() {
        assertValue("二〇三五", "2035");
        assertValue("一〇八", "108");
    }

    @Test
    void arabicAndChineseMixed() {
        assertValue("2万400", "20400");
        assertValue("6万3千", "63000");
        assertValue("4.7万", "47000");
        assertValue("1.8万亿", "1800000000000");
        assertValue("2亿3000万", "230000000");
    }

    @Test
    void thousandsSeparators() {
        assertValue("2,468.25", "2468.25");
        assertValue("13，579", "13579");
        assertThat(ChineseNumeral.arabicEnd("12,34亿", 0, 6)).isEqualTo(2); // no group of three: not a separator
    }

    @Test
    void hugeNumbersStayExact() {
        assertValue("98765432109876543210", "98765432109876543210");
        assertValue("九千九百九十九万亿", "9999000000000000");
    }

    @Test
    void nonNumeralsAreNull() {
        assertThat(parse("一一")).isNull(); // 唯一一家
        assertThat(parse("十四五")).isNull(); // a plan name
        assertThat(parse("三五")).isNull(); // 三五成群
        assertThat(parse("万一")).isNull();
        assertThat(parse("千百")).isNull();
        assertThat(parse("")).isNull();
    }

    @Property(tries = 500)
    void integersRoundTripThroughChineseNumerals(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long n) {
        assertThat(parse(format(n))).as(format(n)).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @Property(tries = 300)
    void decimalsRoundTripThroughChineseNumerals(
            @ForAll @LongRange(min = 0, max = 999_999_999L) long whole,
            @ForAll @IntRange(min = 0, max = 9999) int frac) {
        String digits = String.format("%04d", frac);
        String text = format(whole) + "点" + digitString(digits);
        BigDecimal expected = new BigDecimal(whole + "." + digits);
        assertThat(parse(text)).as(text).isEqualByComparingTo(expected);
    }

    @Property(tries = 300)
    void scannedFiguresKeepTheirValue(@ForAll @LongRange(min = 1, max = 99_999_999_999L) long n) {
        String text = "新区今年引进" + format(n) + "家企业";
        var figures = NumberScanner.scan(text, 0, text.length());
        assertThat(figures).as(text).hasSize(1);
        assertThat(figures.get(0).exactBaseValue()).as(text).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL = {"", "十", "百", "千"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    /** n written out the way a newspaper writes it, formally: 一十二, 三万零五十, 一亿零二百万. */
    static String format(long n) {
        if (n == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int g = 3; g >= 0; g--) {
            int group = (int) (n / pow10(4 * g) % 10000);
            if (group == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || group < 1000)) {
                out.append('零');
            }
            out.append(section(group)).append(SECTIONS[g]);
            zeroPending = false;
        }
        return out.toString();
    }

    private static String section(int v) {
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int k = 3; k >= 0; k--) {
            int d = v / (int) pow10(k) % 10;
            if (d == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            b.append(DIGITS.charAt(d)).append(SMALL[k]);
        }
        return b.toString();
    }

    private static String digitString(String arabic) {
        StringBuilder b = new StringBuilder();
        for (char c : arabic.toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 10;
        }
        return p;
    }

    @Test
    void aTenRightAfterZeroStandsAlone() {
        // found by the cn2an suite: 零十 is 零一十, as a leading 十 is 一十
        assertValue("三千零十二", "3012");
        assertValue("两万零十", "20010");
        assertValue("一百零五", "105");
    }
}
