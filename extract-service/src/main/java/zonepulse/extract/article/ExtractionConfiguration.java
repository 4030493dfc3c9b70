package zonepulse.extract.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.transaction.KafkaAwareTransactionManager;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.util.function.SingletonSupplier;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.Topics;
import zonepulse.extract.ExtractApplication;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;

/** Wires the batch consumer to the binder; the logic itself is in {@link ArticleExtraction}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ExtractionProperties.class, ExtractBatchProperties.class})
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

    /** The threads a batch's articles are extracted on; stopped with the context. */
    @Bean(destroyMethod = "shutdownNow")
    @Profile("!" + ExtractApplication.REPLAY_PROFILE)
    ExecutorService extractionWorkers(ExtractBatchProperties properties) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.workerThreads(), task -> {
            Thread thread = new Thread(task, "extract-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The live binding's consumer; none in the replay mode, so the binding is not created there. */
    @Bean
    @Profile("!" + ExtractApplication.REPLAY_PROFILE)
    Consumer<Message<List<Object>>> extract(
            ExtractionProperties properties,
            ExtractionEngine engine,
            EventJson json,
            ContentTypeIgnoringHeaderMapper headerMapper,
            BinderFactory binders,
            ExecutorService extractionWorkers,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        ObservationRegistry observationRegistry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        // no observation per record sent (an article yields dozens): each record carries its article's trace context
        SingletonSupplier<KafkaTemplate<byte[], byte[]>> template =
                SingletonSupplier.of(() -> new KafkaTemplate<>(transactionalProducerFactory(binders)));
        return new ExtractBatchConsumer(
                new ArticleExtraction(
                        engine,
                        json,
                        Clock.systemUTC(),
                        meters.getIfAvailable(SimpleMeterRegistry::new),
                        properties.maxOutputSize().toBytes()),
                new KafkaTemplateEventSink(template, new OutputRecords(headerMapper)),
                extractionWorkers,
                observationRegistry,
                traceContextHeaders(tracer.getIfAvailable(), propagator.getIfAvailable()));
    }

    /** The current span's context as W3C headers, through the tracer's propagator; none without tracing. */
    private static TraceContextHeaders traceContextHeaders(Tracer tracer, Propagator propagator) {
        if (tracer == null || propagator == null) {
            return TraceContextHeaders.NONE;
        }
        return () -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context == null) {
                return Map.of();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            propagator.inject(context, headers, Map::put);
            return headers;
        };
    }

    /**
     * Before the binding starts, the transactional producer is created (initTransactions), which aborts a transaction
     * that a killed instance under the same transactional id left open. Until then a {@code read_committed} consumer
     * cannot read offsets that transaction holds pending, so no batch would start and no producer be created to abort
     * it: the service would wait out {@code transaction.timeout.ms}. (On assignment is too late: the container asks
     * for the partitions' positions before a rebalance listener runs.) The producer goes back to the factory's cache
     * for the first batch.
     */
    @Bean
    @Profile("!" + ExtractApplication.REPLAY_PROFILE)
    SmartLifecycle abortLeftoverTransaction(BinderFactory binders) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                transactionalProducerFactory(binders).createProducer().close();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return BINDINGS_PHASE - 1000; // before the input bindings start (InputBindingLifecycle)
            }
        };
    }

    /** The phase the binder's input bindings start in ({@code InputBindingLifecycle}). */
    private static final int BINDINGS_PHASE = Integer.MAX_VALUE - 3000;

    /** The producer factory of the binder's transactions: the one the listener container's transactions use. */
    private static ProducerFactory<byte[], byte[]> transactionalProducerFactory(BinderFactory binders) {
        if (!(binders.getBinder(null, MessageChannel.class) instanceof KafkaMessageChannelBinder kafka)
                || kafka.getTransactionalProducerFactory() == null) {
            throw new IllegalStateException("extract-service needs the Kafka binder with transactions"
                    + " (spring.cloud.stream.kafka.binder.transaction.transaction-id-prefix)");
        }
        return kafka.getTransactionalProducerFactory();
    }

    /**
     * What happens after a batch's transaction was rolled back for a reason other than poison input (which the
     * extraction dead-letters itself): the batch is tried again {@code retries} times, then each of its records is
     * dead-lettered with the reason, in a transaction of its own that also commits their offsets, so the partition
     * moves on and nothing is lost.
     */
    @Bean
    @Profile("!" + ExtractApplication.REPLAY_PROFILE)
    ListenerContainerWithDlqAndRetryCustomizer extractRollbackHandling(
            ExtractBatchProperties properties, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        return new ListenerContainerWithDlqAndRetryCustomizer() {
            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff) {
                KafkaAwareTransactionManager<?, ?> transactions =
                        container.getContainerProperties().getKafkaAwareTransactionManager();
                if (transactions == null) {
                    throw new IllegalStateException("the extract binding must be transactional");
                }
                @SuppressWarnings("unchecked")
                KafkaOperations<Object, Object> template =
                        new KafkaTemplate<>((ProducerFactory<Object, Object>) transactions.getProducerFactory());
                DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                        template, (record, exception) -> new TopicPartition(Topics.ARTICLES_RAW_DLQ, -1));
                recoverer.setHeadersFunction((record, exception) -> deadLetterHeaders(exception));
                // a batch listener's records are recovered (dead-lettered) after the retries only when asked for
                container.getContainerProperties().setBatchRecoverAfterRollback(true);
                container.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(
                        (record, exception) -> {
                            recoverer.accept(record, exception);
                            Counter.builder(ArticleExtraction.DLQ_WRITES)
                                    .description("Messages sent to a dead-letter topic, by original topic and reason")
                                    .tag("service", "extract-service")
                                    .tag("topic", Topics.ARTICLES_RAW)
                                    .tag(
                                            "reason",
                                            rootCause(exception).getClass().getSimpleName())
                                    .register(registry)
                                    .increment();
                        },
                        new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()),
                        template,
                        true));
            }

            @Override
            public boolean retryAndDlqInBinding(String destinationName, String group) {
                return false;
            }
        };
    }

    /** The contract's dead-letter headers, naming the failure's innermost cause. */
    private static RecordHeaders deadLetterHeaders(Exception exception) {
        Throwable cause = rootCause(exception);
        RecordHeaders headers = new RecordHeaders();
        headers.add(
                new RecordHeader(Headers.DLQ_EXCEPTION, utf8(cause.getClass().getName())));
        headers.add(new RecordHeader(Headers.DLQ_REASON, utf8(String.valueOf(cause.getMessage()))));
        headers.add(new RecordHeader(Headers.DLQ_ORIGINAL_TOPIC, utf8(Topics.ARTICLES_RAW)));
        return headers;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable found = exception;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            found = t;
        }
        return found;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
