package zonepulse.store.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
            EventStore store,
            CircuitBreakerRegistry registry,
            StoreOutageProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return new GuardedEventStore(
                store,
                registry.circuitBreaker(properties.circuitBreaker()),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    OutageGuard outageGuard(
            GuardedEventStore guarded,
            EventStore store,
            BindingsLifecycleController bindings,
            StoreOutageProperties properties) {
        return new OutageGuard(guarded.breaker(), store, bindings, properties.binding());
    }

    @Bean(RecordHeadersIgnoringMapper.BEAN_NAME)
    RecordHeadersIgnoringMapper kafkaBinderHeaderMapper() {
        return new RecordHeadersIgnoringMapper();
    }

    @Bean
    Consumer<Message<List<Object>>> store(EventJson json, GuardedEventStore store) {
        return new StoreEventsConsumer(json, store);
    }

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer storeErrorHandling(
            StoreOutageProperties properties, Environment environment, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> clientConfig = kafkaClientConfig(environment);
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        return new ListenerContainerWithDlqAndRetryCustomizer() {
            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    java.util.function.BiFunction<
                                    org.apache.kafka.clients.consumer.ConsumerRecord<?, ?>, Exception, TopicPartition>
                            dlqDestinationResolver,
                    BackOff backOff) {
                DeadLetterPublishingRecoverer recoverer = deadLetterRecoverer(clientConfig);
                DefaultErrorHandler handler = new DefaultErrorHandler(
                        (record, exception) -> {
                            countDeadLetter(registry, record.topic(), exception);
                            recoverer.accept(record, exception);
                        },
                        new FixedBackOff(0, 0));
                handler.addNotRetryableExceptions(InvalidEventException.class);
                handler.setBackOffFunction((record, exception) -> isOutage(exception)
                        ? new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)
                        : null);
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

    /**
     * How the binder connects: its brokers and its common client configuration (where SASL and TLS settings
     * live), so the dead-letter producer reaches the same cluster the same way.
     */
    static Map<String, Object> kafkaClientConfig(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, Object> config = new HashMap<>(binder.bind(
                        "spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
        String brokers = String.join(
                ",",
                binder.bind("spring.cloud.stream.kafka.binder.brokers", String[].class)
                        .orElse(new String[] {"localhost:9092"}));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        return config;
    }

    /** Meter of dead-letter writes, by service, original topic and reason (the refusing exception's class). */
    public static final String DLQ_WRITES = "zonepulse.dlq.writes";

    static void countDeadLetter(MeterRegistry registry, String topic, Exception exception) {
        Counter.builder(DLQ_WRITES)
                .description("Messages sent to a dead-letter topic, by original topic and reason")
                .tag("service", "store-service")
                .tag("topic", topic)
                .tag("reason", rootCause(exception).getClass().getSimpleName())
                .register(registry)
                .increment();
    }

    /** A recoverer that publishes to {@code <topic>.dlq} with headers that say why. */
    private static DeadLetterPublishingRecoverer deadLetterRecoverer(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template, (record, exception) -> new TopicPartition(Topics.dlqOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = rootCause(exception);
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(
                    Headers.DLQ_EXCEPTION, utf8(cause.getClass().getName())));
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
