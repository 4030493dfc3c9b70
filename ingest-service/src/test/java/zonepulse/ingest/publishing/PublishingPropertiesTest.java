package zonepulse.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class PublishingPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void sixtyFourInFlightByDefault() {
        runner.run(context -> assertThat(
                        context.getBean(PublishingProperties.class).maxInFlight())
                .isEqualTo(64));
    }

    @Test
    void theBoundIsConfigurable() {
        runner.withPropertyValues("zonepulse.ingest.publishing.max-in-flight=256")
                .run(context -> assertThat(
                                context.getBean(PublishingProperties.class).maxInFlight())
                        .isEqualTo(256));
    }

    @Test
    void aBoundBelowOneIsNamed() {
        runner.withPropertyValues("zonepulse.ingest.publishing.max-in-flight=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.publishing.maxInFlight"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublishingProperties.class)
    static class PropertiesOnly {}
}
