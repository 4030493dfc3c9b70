package zonepulse.ingest.publishing;

import java.nio.charset.StandardCharsets;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;

@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {
    /** The bean name the Kafka binder is told to use ({@code spring.cloud.stream.kafka.binder.header-mapper-bean-name}). */
    static final String HEADER_MAPPER = "cloudEventsHeaderMapper";

    /**
     * The output binding's handler hands each record's send future to {@link KafkaArticlePublisher#SEND_FUTURES}
     * (when its message asks for it with a future token): how an asynchronous publish learns that the broker
     * acknowledged it.
     */
    @Bean
    ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> sendFuturesToThePublisher() {
        return (handler, destination) -> handler.setFuturesChannel(KafkaArticlePublisher.SEND_FUTURES);
    }

    /** Loads the contract's JSON Schemas once; thread-safe. */
    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    /**
     * Maps the CloudEvents headers, and only them, as plain UTF-8 strings: the binder's default mapper would add
     * Spring's own type header (spring_json_header_types), which is no part of the contract.
     */
    @Bean(HEADER_MAPPER)
    KafkaHeaderMapper cloudEventsHeaderMapper() {
        SimpleKafkaHeaderMapper mapper = new SimpleKafkaHeaderMapper("ce_*", Headers.CONTENT_TYPE);
        mapper.setMapAllStringsOut(true);
        mapper.setCharset(StandardCharsets.UTF_8);
        return mapper;
    }
}
