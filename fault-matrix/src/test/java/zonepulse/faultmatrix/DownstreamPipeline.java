package zonepulse.faultmatrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import zonepulse.events.Topics;
import zonepulse.stack.process.KraftBroker;
import zonepulse.stack.process.ServiceProcess;

/**
 * The pipeline downstream of ingest-service, a second time, beside a pipeline: an extract-service and a
 * store-service on a KRaft broker of their own (its topics are theirs alone), storing into a database of their own on
 * the pipeline's MongoDB, and fed a copy of the pipeline's raw articles, record for record. They extract and store what
 * the pipeline's own services do; a fault can strike them without touching the run they are compared with, at the
 * cost of two service starts instead of a pipeline's three. Made by {@link PipelineUnderTest#downstream}, closed with
 * it.
 */
final class DownstreamPipeline implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KraftBroker broker;
    private final ServiceProcess extract;
    private final ServiceProcess store;
    private final String database;

    DownstreamPipeline(KraftBroker broker, ServiceProcess extract, ServiceProcess store, String database) {
        this.broker = broker;
        this.extract = extract;
        this.store = store;
        this.database = database;
    }

    ServiceProcess extract() {
        return extract;
    }

    ServiceProcess store() {
        return store;
    }

    /** The database its store-service writes to. */
    String database() {
        return database;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /**
     * Copies every raw article committed on the other broker's raw topic, as ingest-service published it (partition,
     * key, value, headers, timestamp), and returns how many; sent together, they reach extract-service together.
     */
    int copyRawArticles(String fromBootstrapServers) {
        List<ConsumerRecord<byte[], byte[]>> raw = readAll(fromBootstrapServers, Topics.ARTICLES_RAW);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : raw) {
                sent.add(producer.send(new ProducerRecord<>(
                        record.topic(),
                        record.partition(),
                        record.timestamp(),
                        record.key(),
                        record.value(),
                        record.headers())));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted copying the raw articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot copy the raw articles", e.getCause());
        }
        return raw.size();
    }

    /** Every record committed on {@code topic}, up to its end as of now. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + topic + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    @Override
    public void close() {
        extract.close();
        store.close();
        broker.close();
    }
}
