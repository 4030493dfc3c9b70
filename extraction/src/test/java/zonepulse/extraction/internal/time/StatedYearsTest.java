package zonepulse.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedYearsTest {

    @Test
    void theYearStatedMostWins() {
        assertThat(StatedYears.mostStated("2019年引进项目8个，2020年引进项目12个，2020年产值增长9%。"))
                .isEqualTo(2020);
    }

    @Test
    void aTieGoesToTheLaterYear() {
        assertThat(StatedYears.mostStated("与2015年相比，2016年出口增长一成。")).isEqualTo(2016);
    }

    @Test
    void pdfSpacingBeforeTheYearWordStillCounts() {
        assertThat(StatedYears.mostStated("2011 年,全区实现财政收入9亿元；2011 年底，共有企业300家。"))
                .isEqualTo(2011);
    }

    @Test
    void digitsInsideLongerNumbersAreNoYear() {
        assertThat(StatedYears.mostStated("投资120200年")).isZero();
        assertThat(StatedYears.mostStated("今年以来签约项目14个")).isZero();
    }

    @Test
    void aHorizonOrASpansEndIsNotTheYearTheTextIsAbout() {
        // an undated plan article of 2020 named 2022 as its horizon more often than 2020 and was dated 2022
        assertThat(StatedYears.mostStated("《三年行动计划(2020年-2022年)》提出，到2022年产值突破千亿元，到2022年建成三个基地。"))
                .isEqualTo(2020);
        assertThat(StatedYears.mostStated("2021年至2023年，累计投资300亿元。")).isEqualTo(2021);
    }
}
