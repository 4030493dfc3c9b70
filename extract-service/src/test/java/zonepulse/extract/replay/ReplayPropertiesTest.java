package zonepulse.extract.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.events.SourceType;

/** The replay mode's settings as an operator gives them: bound, typed, and refused with a reason when wrong. */
class ReplayPropertiesTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReplayProperties.class)
    static class Binding {
        @Bean
        @ConfigurationPropertiesBinding
        static InstantOrDayConverter instantOrDayConverter() {
            return new InstantOrDayConverter();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class)
            .withPropertyValues("zonepulse.extract.replay.transactional-id=extract-replay-test");

    @Test
    void aSelectionIsBoundFromTheWayAnOperatorWritesIt() {
        runner.withPropertyValues(
                        "zonepulse.extract.replay.selection.fetched-from=2024-03-01",
                        "zonepulse.extract.replay.selection.fetched-until=2024-04-01T00:00:00+08:00",
                        "zonepulse.extract.replay.selection.source-type=feed",
                        "zonepulse.extract.replay.selection.uri-prefix=https://news.example.org/",
                        "zonepulse.extract.replay.selection.region=苏州工业园区",
                        "zonepulse.extract.replay.batch-size=50")
                .run(context -> {
                    ReplayProperties properties = context.getBean(ReplayProperties.class);
                    assertThat(properties.selection())
                            .isEqualTo(ReplaySelection.everything()
                                    .withFetched(
                                            Instant.parse("2024-03-01T00:00:00Z"),
                                            Instant.parse("2024-03-31T16:00:00Z"))
                                    .withSourceType(SourceType.FEED)
                                    .withUriPrefix("https://news.example.org/")
                                    .withRegion("苏州工业园区"));
                    assertThat(properties.batchSize()).isEqualTo(50);
                });
    }

    @Test
    void noSelectionIsEverything() {
        runner.run(context -> assertThat(
                        context.getBean(ReplayProperties.class).selection().isEverything())
                .isTrue());
    }

    @Test
    void theSelectionPropertiesOfTheLauncherBindBackToTheSameSelection() {
        ReplaySelection selection = ReplaySelection.everything()
                .withPublished(Instant.parse("2021-01-01T00:00:00Z"), null)
                .withSourceType(SourceType.HTTP)
                .withFeed("https://news.example.org/feed");
        runner.withPropertyValues(ReplayLauncher.properties(selection).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new))
                .run(context -> assertThat(
                                context.getBean(ReplayProperties.class).selection())
                        .isEqualTo(selection));
    }

    @Test
    void aWrongSettingStopsTheStartNamingIt() {
        runner.withPropertyValues("zonepulse.extract.replay.batch-size=0")
                .run(context ->
                        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("batchSize"));
        runner.withPropertyValues(
                        "zonepulse.extract.replay.selection.published-from=2024-05-01",
                        "zonepulse.extract.replay.selection.published-until=2024-04-01")
                .run(context ->
                        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("published-from"));
        runner.withPropertyValues("zonepulse.extract.replay.selection.fetched-from=last tuesday")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("not a day (2024-03-01) or an ISO-8601 instant"));
    }
}
