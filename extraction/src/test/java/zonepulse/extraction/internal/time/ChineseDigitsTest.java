package zonepulse.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseDigitsTest {
    @Test
    void asciiDigits() {
        assertThat(ChineseDigits.value("7")).isEqualTo(7);
        assertThat(ChineseDigits.value("12")).isEqualTo(12);
    }

    @Test
    void chineseNumbersBelowAHundred() {
        assertThat(ChineseDigits.value("三")).isEqualTo(3);
        assertThat(ChineseDigits.value("十")).isEqualTo(10);
        assertThat(ChineseDigits.value("十一")).isEqualTo(11);
        assertThat(ChineseDigits.value("十二")).isEqualTo(12);
        assertThat(ChineseDigits.value("二十")).isEqualTo(20);
        assertThat(ChineseDigits.value("二十三")).isEqualTo(23);
        assertThat(ChineseDigits.value("三十一")).isEqualTo(31);
        assertThat(ChineseDigits.value("两")).isEqualTo(2);
    }

    @Test
    void digitByDigitYears() {
        assertThat(ChineseDigits.value("二〇二一")).isEqualTo(2021);
        assertThat(ChineseDigits.year("二零一九")).isEqualTo(2019);
        assertThat(ChineseDigits.year("2023")).isEqualTo(2023);
    }

    @Test
    void twoDigitYearsPivotAtFifty() {
        assertThat(ChineseDigits.year("15")).isEqualTo(2015);
        assertThat(ChineseDigits.year("98")).isEqualTo(1998);
    }

    @Test
    void notANumber() {
        assertThat(ChineseDigits.value("")).isEqualTo(-1);
        assertThat(ChineseDigits.value("十十")).isEqualTo(-1);
        assertThat(ChineseDigits.value("两两")).isEqualTo(-1);
        assertThat(ChineseDigits.value("月")).isEqualTo(-1);
        assertThat(ChineseDigits.year("二十")).isEqualTo(-1);
        assertThat(ChineseDigits.isNumeral('〇')).isTrue();
        assertThat(ChineseDigits.isNumeral('年')).isFalse();
    }
}
