package zonepulse.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    private static TimeMention only(String text) {
        List<TimeMention> found = TimeScanner.scan(text, 0, text.length());
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void dayToDayInheritsMonth() {
        TimeMention m = only("8月11日至22日");
        assertThat(m.label()).isEqualTo("8月11日至22日");
        assertThat(m.until().a()).isEqualTo(8);
        assertThat(m.until().b()).isEqualTo(22);
    }

    @Test
    void dayToDayOfAnotherMonthWithADash() {
        TimeMention m = only("6月28日-7月3日");
        assertThat(m.until().a()).isEqualTo(7);
        assertThat(m.until().b()).isEqualTo(3);
    }

    @Test
    void monthToMonthAcrossYears() {
        TimeMention m = only("2020年11月到2021年2月");
        assertThat(m.year()).isEqualTo(2020);
        assertThat(m.until().year()).isEqualTo(2021);
        assertThat(m.until().a()).isEqualTo(2);
    }

    @Test
    void yearToYear() {
        assertThat(only("2020年至2022年").until().year()).isEqualTo(2022);
        assertThat(only("2019—2021年").until().year()).isEqualTo(2021);
    }

    @Test
    void untilNowRunsToPublication() {
        TimeMention m = only("2018年至今");
        assertThat(m.since()).isTrue();
        assertThat(m.isSpan()).isFalse();
    }

    @Test
    void aSpanRunsForward() {
        assertThat(TimeScanner.scan("9月5日至3日", 0, 6)).allMatch(m -> !m.isSpan());
    }

    @Test
    void aConnectorWithoutATimeAfterItIsNoSpan() {
        TimeMention m = TimeScanner.scan("5月到北京考察", 0, 7).get(0);
        assertThat(m.isSpan()).isFalse();
        assertThat(m.label()).isEqualTo("5月");
    }

    @Test
    void connectorsAreRecognised() {
        assertThat(Span.connectorAt("至 5", 0, 3)).isEqualTo(2);
        assertThat(Span.connectorAt("——5", 0, 3)).isEqualTo(2);
        assertThat(Span.connectorAt("和5", 0, 2)).isEqualTo(-1);
    }
}
