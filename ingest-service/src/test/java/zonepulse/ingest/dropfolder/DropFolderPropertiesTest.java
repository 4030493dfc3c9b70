package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class DropFolderPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaults() {
        runner.withPropertyValues("zonepulse.ingest.drop-folder.directory=/srv/drop")
                .run(context -> {
                    DropFolderProperties properties = context.getBean(DropFolderProperties.class);
                    assertThat(properties.directory()).isEqualTo(Path.of("/srv/drop"));
                    assertThat(properties.failedDirectory()).isEqualTo(Path.of("/srv/drop/.failed"));
                    assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
                    assertThat(properties.extensions()).containsExactly("txt", "md", "html", "htm");
                });
    }

    @Test
    void explicitValuesAndExtensionsAreNormalised() {
        runner.withPropertyValues(
                        "zonepulse.ingest.drop-folder.directory=/srv/drop",
                        "zonepulse.ingest.drop-folder.failed-directory=/srv/refused",
                        "zonepulse.ingest.drop-folder.poll-interval=150ms",
                        "zonepulse.ingest.drop-folder.max-file-size=64KB",
                        "zonepulse.ingest.drop-folder.extensions=.TXT, xml")
                .run(context -> {
                    DropFolderProperties properties = context.getBean(DropFolderProperties.class);
                    assertThat(properties.failedDirectory()).isEqualTo(Path.of("/srv/refused"));
                    assertThat(properties.pollInterval()).isEqualTo(Duration.ofMillis(150));
                    assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofKilobytes(64));
                    assertThat(properties.extensions()).containsExactly("txt", "xml");
                });
    }

    @Test
    void theDirectoryIsRequired() {
        runner.run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("zonepulse.ingest.drop-folder.directory"));
    }

    @Test
    void invalidValuesAreNamed() {
        runner.withPropertyValues(
                        "zonepulse.ingest.drop-folder.directory=/srv/drop",
                        "zonepulse.ingest.drop-folder.poll-interval=0s",
                        "zonepulse.ingest.drop-folder.max-file-size=0B")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.drop-folder.pollInterval")
                        .hasMessageContaining("zonepulse.ingest.drop-folder.maxFileSize"));
    }

    @Test
    void theFailedFolderCannotBeTheDropFolder() {
        runner.withPropertyValues(
                        "zonepulse.ingest.drop-folder.directory=/srv/drop",
                        "zonepulse.ingest.drop-folder.failed-directory=/srv/drop/")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.drop-folder.failedDirectory")
                        .hasMessageContaining("must not be the drop folder itself"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DropFolderProperties.class)
    static class PropertiesOnly {}
}
