package zonepulse.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class PublishingPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void sixtyFourArticlesAndSixtyFourMegabytesInFlightByDefault() {
        runner.run(context -> {
            PublishingProperties properties = context.getBean(PublishingProperties.class);
            assertThat(properties.maxInFlight()).isEqualTo(64);
            assertThat(properties.maxInFlightSize()).isEqualTo(DataSize.ofMegabytes(64));
            assertThat(properties.maxInFlightKibibytes()).isEqualTo(64 * 1024);
        });
    }

    @Test
    void theBoundsAreConfigurable() {
        runner.withPropertyValues(
                        "zonepulse.ingest.publishing.max-in-flight=256",
                        "zonepulse.ingest.publishing.max-in-flight-size=1GB")
                .run(context -> {
                    PublishingProperties properties = context.getBean(PublishingProperties.class);
                    assertThat(properties.maxInFlight()).isEqualTo(256);
                    assertThat(properties.maxInFlightKibibytes()).isEqualTo(1024 * 1024);
                });
    }

    @Test
    void aCountBelowOneIsNamed() {
        runner.withPropertyValues("zonepulse.ingest.publishing.max-in-flight=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.publishing.maxInFlight"));
    }

    @Test
    void aSizeBelowOneKilobyteIsNamed() {
        runner.withPropertyValues("zonepulse.ingest.publishing.max-in-flight-size=100B")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.publishing.maxInFlightSize"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublishingProperties.class)
    static class PropertiesOnly {}
}
