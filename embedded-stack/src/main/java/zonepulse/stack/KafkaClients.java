package zonepulse.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import zonepulse.events.CloudEvent;

/** Plain Kafka clients for tests and the demo: what a data consumer subscribing to the topics would see. */
public final class KafkaClients {
    private KafkaClients() {}

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(
            String bootstrapServers, String topic, String key, byte[] value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        }
    }

    /**
     * Sends a contract message as the services do: keyed, with its CloudEvents headers (this client as the source).
     *
     * @param id the CloudEvents id (the event id, or the article id)
     * @param schema the contract schema of {@code body} ("indicator-event/1")
     */
    public static void sendMessage(
            String bootstrapServers, String topic, String key, String id, String schema, byte[] body) {
        CloudEvent ce = new CloudEvent(id, "/zonepulse/embedded-stack", CloudEvent.typeOf(schema), Instant.now(), key);
        send(bootstrapServers, topic, key, body, ce.headers());
    }

    /** A consumer of committed records only, reading the topics from the beginning in a group of its own. */
    public static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String... topics) {
        return probe(bootstrapServers, new StringDeserializer(), topics);
    }

    /** A probe consumer: committed records only, from the beginning, in a group of its own; keys read by {@code keys}. */
    static <K> KafkaConsumer<K, byte[]> probe(String bootstrapServers, Deserializer<K> keys, String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<K, byte[]> consumer = new KafkaConsumer<>(props, keys, new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
        return consumer;
    }

    /**
     * A consumer assigned every partition of {@code topic} from its beginning, with no group: it sees all that is on
     * the topic, committed or not, and commits nothing.
     */
    public static KafkaConsumer<String, byte[]> fromBeginning(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Everything committed on the topics, polling until {@code quiet} passes with nothing new. */
    public static List<ConsumerRecord<String, byte[]>> readAll(
            String bootstrapServers, Duration quiet, String... topics) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers, topics)) {
            long quietUntil = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < quietUntil) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        }
        return records;
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
