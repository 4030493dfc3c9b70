package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule that throws is a bug of the engine, reported as ENGINE_FAULT, never as malformed input (issue 8). */
class EngineFaultTest {

    private static ExtractionInput article(String content) {
        return new ExtractionInput("a1", "test.txt", "text/plain", content, null, null);
    }

    @Test
    void aRuleThatThrowsIsAnEngineFaultNamingTheBug() {
        Extractor broken = new Extractor(ExtractorConfig.defaults(), (clean, title, published, deadline) -> {
            throw new IllegalStateException("index out of step in a list rule");
        });
        assertThatThrownBy(() -> broken.extract(article("高新区一季度规上工业产值增长12%。")))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENGINE_FAULT))
                .hasMessageContaining("a bug in zonepulse")
                .hasMessageContaining("index out of step");
    }

    @Test
    void aStackOverflowInARuleIsAnEngineFaultToo() {
        Extractor broken = new Extractor(ExtractorConfig.defaults(), (clean, title, published, deadline) -> {
            throw new StackOverflowError();
        });
        assertThatThrownBy(() -> broken.extract(article("开发区新签约项目8个。")))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENGINE_FAULT));
    }

    @Test
    void aTypedRefusalOfTheRulesPassesUnchanged() {
        Extractor slow = new Extractor(ExtractorConfig.defaults(), (clean, title, published, deadline) -> {
            throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "over the time limit");
        });
        assertThatThrownBy(() -> slow.extract(article("开发区新签约项目8个。")))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT));
    }
}
