package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectorTest {
    private static final Connector CONNECTOR = Connector.STANDARD;

    @Test
    void aChangeIsAGrowthUnlessItReachesALevel() {
        assertThat(CONNECTOR.growth("同比增长")).isTrue();
        assertThat(CONNECTOR.growth("提高")).isTrue();
        assertThat(CONNECTOR.growth("增长至")).isFalse();
        assertThat(CONNECTOR.growth("提升到")).isFalse();
        assertThat(CONNECTOR.growth("达到")).isFalse();
    }

    @Test
    void aFallIsADownwardChange() {
        assertThat(CONNECTOR.fall("同比下降")).isTrue();
        assertThat(CONNECTOR.fall("回落")).isTrue();
        assertThat(CONNECTOR.fall("同比增长")).isFalse();
        assertThat(CONNECTOR.fall("下降至")).isFalse();
    }

    @Test
    void fixedWordsSayMonthOnMonthShareListAllAndBasis() {
        assertThat(Connector.monthOnMonth("环比增长")).isTrue();
        assertThat(Connector.share("占全省的")).isTrue();
        assertThat(Connector.respectively("分别增长")).isTrue();
        assertThat(Connector.ofAll("均达到")).isTrue();
        assertThat(Connector.sameBasis("同口径增长")).isTrue();
        assertThat(Connector.ofAll("达到")).isFalse();
        assertThat(CONNECTOR.toString()).startsWith("Connector[");
    }
}
