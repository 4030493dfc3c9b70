package zonepulse.store.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.Topics;
import zonepulse.store.resilience.GuardedEventStore;
import zonepulse.store.resilience.OutageGuard;
import zonepulse.store.resilience.StoreOutageProperties;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * Wires the consumer to the binder with the failure rules of DESIGN: bad input goes to {@code <topic>.dlq} at once
 * with headers that say why; a MongoDB outage is retried without end (and the binding paused while the breaker is
 * open), never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreOutageProperties.class)
class IntakeConfiguration {

    @Bean
    GuardedEventStore guardedEventStore(
            EventStore store, CircuitBreakerRegistry registry, StoreOutageProperties properties) {
        return new GuardedEventStore(store, registry.circuitBreaker(properties.circuitBreaker()));
    }

    @Bean
    OutageGuard outageGuard(
            GuardedEventStore guarded,
            EventStore store,
            BindingsLifecycleController bindings,
            StoreOutageProperties properties) {
        return new OutageGuard(guarded.breaker(), store, bindings, properties.binding());
    }

    @Bean
    Consumer<Message<byte[]>> store(EventJson json, GuardedEventStore store) {
        return new StoreEventsConsumer(json, store);
    }

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer storeErrorHandling(
            KafkaBinderConfigurationProperties binder, StoreOutageProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetterRecoverer(binder), new FixedBackOff(0, 0));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, exception) -> isOutage(exception)
                ? new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)
                : null);
        return new ListenerContainerWithDlqAndRetryCustomizer() {
            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    java.util.function.BiFunction<
                                    org.apache.kafka.clients.consumer.ConsumerRecord<?, ?>,
                                    Exception,
                                    TopicPartition>
                            dlqDestinationResolver,
                    BackOff backOff) {
                container.setCommonErrorHandler(handler);
            }

            @Override
            public boolean retryAndDlqInBinding(String destinationName, String group) {
                return false;
            }
        };
    }

    static boolean isOutage(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException) {
                return true;
            }
        }
        return false;
    }

    private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaBinderConfigurationProperties binder) {
        Map<String, Object> config = new HashMap<>(binder.mergedProducerConfiguration());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, binder.getKafkaConnectionString());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template, (record, exception) -> new TopicPartition(Topics.dlqOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = rootCause(exception);
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(Headers.DLQ_EXCEPTION, utf8(cause.getClass().getName())));
            headers.add(new RecordHeader(Headers.DLQ_REASON, utf8(String.valueOf(cause.getMessage()))));
            headers.add(new RecordHeader(Headers.DLQ_ORIGINAL_TOPIC, utf8(record.topic())));
            return headers;
        });
        return recoverer;
    }

    /** The innermost exception of ours (or the innermost at all): what the dead-letter headers name. */
    private static Throwable rootCause(Throwable exception) {
        Throwable found = exception;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            found = t;
            if (t instanceof InvalidEventException) {
                return t;
            }
        }
        return found;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
