package zonepulse.extract.replay;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import zonepulse.events.EventJson;
import zonepulse.extract.ExtractApplication;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extract.article.ExtractionProperties;

/**
 * The replay mode (profile {@value ExtractApplication#REPLAY_PROFILE}): the replay job runs once the context has
 * started, with the context's {@link ExtractionEngine}, and the application exits. The live binding is not created in
 * this mode (the extraction function is a bean of the other profiles only).
 */
@Configuration(proxyBeanMethods = false)
@Profile(ExtractApplication.REPLAY_PROFILE)
@EnableConfigurationProperties(ReplayProperties.class)
class ReplayConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static InstantOrDayConverter instantOrDayConverter() {
        return new InstantOrDayConverter();
    }

    @Bean
    ReplayListener loggingReplayListener() {
        return new LoggingReplayListener();
    }

    @Bean
    ReplayRunner replayRunner(
            ReplayProperties properties,
            ExtractionProperties extraction,
            ExtractionEngine engine,
            EventJson json,
            BinderHeaderMapper headerMapper,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ReplayListener> listeners,
            Environment environment) {
        ReplayJob job = new ReplayJob(
                properties,
                engine,
                json,
                headerMapper,
                Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new),
                extraction.maxOutputSize().toBytes(),
                listeners.orderedStream().toList());
        return new ReplayRunner(job, properties, environment);
    }

    /** The outcome of the replay this context ran, for launchers that run it in-process (the local stack). */
    @Bean
    ReplayOutcome replayOutcome(ReplayRunner runner) {
        return runner::report;
    }
}
