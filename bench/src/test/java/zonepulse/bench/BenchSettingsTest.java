package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {
    private static final Path REPO = Path.of("/work/repo");

    @Test
    void theDefaultsAreRelativeToTheRepository() {
        BenchSettings settings = BenchSettings.parse(new String[0], REPO);
        assertThat(settings.corpus()).isEqualTo(Path.of("/work/shared/corpus"));
        assertThat(settings.results()).isEqualTo(Path.of("/work/repo/bench/target/bench-results.md"));
        assertThat(settings.articles()).isEqualTo(1000);
        assertThat(settings.storeArticles()).isEqualTo(500);
        assertThat(settings.repetitions()).isEqualTo(3);
        assertThat(settings.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
        assertThat(settings.phases()).containsExactlyInAnyOrder(BenchSettings.Phase.values());
    }

    @Test
    void optionsOverrideTheDefaultsAndTheStoreRunsTheExtractToo() {
        BenchSettings settings = BenchSettings.parse(
                new String[] {
                    "--articles",
                    "10",
                    "--repetitions",
                    "1",
                    "--heap",
                    "512m",
                    "--only",
                    "store",
                    "--jvm-option",
                    "-XX:+UseParallelGC",
                    "--jvm-option",
                    "-XX:TieredStopAtLevel=1"
                },
                REPO);
        assertThat(settings.articles()).isEqualTo(10);
        assertThat(settings.repetitions()).isEqualTo(1);
        assertThat(settings.heap()).isEqualTo("512m");
        assertThat(settings.serviceJvmOptions())
                .containsExactly(
                        "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
        assertThat(settings.phases()).containsExactlyInAnyOrder(BenchSettings.Phase.EXTRACT, BenchSettings.Phase.STORE);
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--articles", "0"}, REPO))
                .hasMessageContaining("--articles must be at least 1");
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--heap", "lots"}, REPO))
                .hasMessageContaining("--heap");
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--only", "everything"}, REPO))
                .hasMessageContaining("unknown measurement");
        assertThatThrownBy(
                        () -> BenchSettings.parse(new String[] {"--articles", "100", "--store-articles", "101"}, REPO))
                .hasMessageContaining("--store-articles must be at most --articles");
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--rate"}, REPO))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--fast", "1"}, REPO))
                .hasMessageContaining("unknown option --fast");
    }
}
