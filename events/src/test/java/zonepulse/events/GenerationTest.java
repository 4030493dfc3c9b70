package zonepulse.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationTest {
    private static final Instant MAY = Instant.parse("2024-05-06T07:08:09.123456Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void aLaterContentVersionIsNewerWhateverTheExtractor() {
        assertThat(new Generation(JUNE, "zonepulse-rules/1.0.0")
                        .isNewerThan(new Generation(MAY, "zonepulse-rules/9.0.0")))
                .isTrue();
    }

    @Test
    void theSameContentIsOrderedByExtractorVersionNumerically() {
        Generation v2_9 = new Generation(MAY, "zonepulse-rules/2.9.1");
        Generation v2_10 = new Generation(MAY, "zonepulse-rules/2.10.0");
        Generation v2_10_1 = new Generation(MAY, "zonepulse-rules/2.10.0.1");
        List<Generation> shuffled = new ArrayList<>(List.of(v2_10_1, v2_9, v2_10));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactly(v2_9, v2_10, v2_10_1);
        assertThat(v2_10.key()).isGreaterThan(v2_9.key());
    }

    @Test
    void anUnknownContentVersionIsOlderThanAnyKnownOne() {
        assertThat(new Generation(MAY, "zonepulse-rules/1.0.0")
                        .isNewerThan(new Generation(null, "zonepulse-rules/3.0.0")))
                .isTrue();
    }

    @Test
    void theSameContentAndExtractorIsTheSameGeneration() {
        Generation a = new Generation(MAY, "zonepulse-rules/2.0.0");
        Generation b = new Generation(Instant.parse("2024-05-06T07:08:09.123456Z"), "zonepulse-rules/2.0.0");
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a.extractorVersion()).isEqualTo("2.0.0");
    }

    @Test
    void keysOrderAsTheGenerationsDo() {
        List<Generation> generations = List.of(
                new Generation(null, "zonepulse-rules/0.1.0"),
                new Generation(MAY, "zonepulse-rules/1.9.0"),
                new Generation(MAY, "zonepulse-rules/1.10.0"),
                new Generation(JUNE, "zonepulse-rules/0.1.0"));
        for (int i = 1; i < generations.size(); i++) {
            assertThat(generations.get(i).key())
                    .isGreaterThan(generations.get(i - 1).key());
        }
    }
}
