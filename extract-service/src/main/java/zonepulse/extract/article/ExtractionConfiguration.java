package zonepulse.extract.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import zonepulse.events.EventJson;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;

/** Wires the extraction function to the binder; the logic itself is in {@link ExtractArticleFunction}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    @Bean
    Extractor extractor(ExtractionProperties properties) {
        return Extractor.create(ExtractorConfig.defaults()
                .withMaxDocumentBytes(properties.maxDocumentSize().toBytes())
                .withTimeLimit(properties.timeLimit()));
    }

    @Bean(ContentTypeIgnoringHeaderMapper.BEAN_NAME)
    ContentTypeIgnoringHeaderMapper kafkaBinderHeaderMapper() {
        return new ContentTypeIgnoringHeaderMapper();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    Function<Message<byte[]>, Message<byte[]>> extract(
            Extractor extractor, EventJson json, StreamBridge bridge, ObjectProvider<MeterRegistry> meters) {
        return new ExtractArticleFunction(
                extractor,
                json,
                new StreamBridgeEventSink(bridge),
                Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
