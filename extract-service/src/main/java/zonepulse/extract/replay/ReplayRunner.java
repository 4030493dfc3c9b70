package zonepulse.extract.replay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Runs the replay once the context has started, with Kafka clients configured from the same binder settings as the
 * live service (brokers, {@code configuration.*} such as SASL and TLS, the transactional producer's settings), and
 * keeps its outcome: the exit code is 0 when it went through, 1 when it failed.
 */
final class ReplayRunner implements ApplicationRunner, ExitCodeGenerator {
    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final String BINDER = "spring.cloud.stream.kafka.binder.";

    private final ReplayJob job;
    private final ReplayProperties properties;
    private final Environment environment;
    private ReplayReport report;
    private RuntimeException failure;

    ReplayRunner(ReplayJob job, ReplayProperties properties, Environment environment) {
        this.job = job;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                        consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            report = job.run(consumer, producer);
        } catch (RuntimeException e) {
            log.error("replay failed: {}", e.getMessage(), e);
            failure = e;
        }
    }

    /** The report of the replay that went through. */
    ReplayReport report() {
        if (failure != null) {
            throw failure instanceof ReplayFailedException replay
                    ? replay
                    : new ReplayFailedException("replay failed: " + failure, failure);
        }
        if (report == null) {
            throw new IllegalStateException("the replay has not run");
        }
        return report;
    }

    @Override
    public int getExitCode() {
        return failure == null && report != null ? 0 : 1;
    }

    private Map<String, Object> common() {
        Binder binder = Binder.get(environment);
        Map<String, Object> config =
                new HashMap<>(binder.bind(BINDER + "configuration", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()));
        List<String> brokers =
                binder.bind(BINDER + "brokers", Bindable.listOf(String.class)).orElse(List.of("localhost:9092"));
        config.put("bootstrap.servers", String.join(",", brokers));
        return config;
    }

    private Map<String, String> bound(String name) {
        return Binder.get(environment)
                .bind(BINDER + name, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    /** Assigned partitions, no group, committed records only; a batch's worth per poll. */
    Map<String, Object> consumerConfig() {
        Map<String, Object> config = common();
        config.putAll(bound("consumer-properties"));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(properties.batchSize()));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, properties.transactionalId() + "-consumer");
        return config;
    }

    /** The live service's transactional producer settings, under the replay's own transactional id. */
    Map<String, Object> producerConfig() {
        Map<String, Object> config = common();
        config.putAll(bound("producer-properties"));
        config.putAll(bound("transaction.producer.configuration"));
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, properties.transactionalId());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, properties.transactionalId() + "-producer");
        return config;
    }
}
