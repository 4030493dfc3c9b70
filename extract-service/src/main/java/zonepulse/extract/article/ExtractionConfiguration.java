package zonepulse.extract.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.messaging.Message;
import zonepulse.events.EventJson;
import zonepulse.extract.ExtractApplication;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;

/** Wires the extraction function to the binder; the logic itself is in {@link ExtractArticleFunction}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    /**
     * The deployed rules, with the configured limits. A context that registers its own {@link ExtractionEngine} before
     * this configuration is processed (a test's second engine version) replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(ExtractionEngine.class)
    ExtractionEngine extractionEngine(ExtractionProperties properties) {
        return new RulesExtractionEngine(Extractor.create(ExtractorConfig.defaults()
                .withMaxDocumentBytes(properties.maxDocumentSize().toBytes())
                .withTimeLimit(properties.timeLimit())));
    }

    @Bean(ContentTypeIgnoringHeaderMapper.BEAN_NAME)
    ContentTypeIgnoringHeaderMapper kafkaBinderHeaderMapper() {
        return new ContentTypeIgnoringHeaderMapper();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    /** The live binding's function; none in the replay mode, so the binding is not created there. */
    @Bean
    @Profile("!" + ExtractApplication.REPLAY_PROFILE)
    Function<Message<byte[]>, Message<byte[]>> extract(
            ExtractionEngine engine, EventJson json, StreamBridge bridge, ObjectProvider<MeterRegistry> meters) {
        return new ExtractArticleFunction(
                engine,
                json,
                new StreamBridgeEventSink(bridge),
                Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
