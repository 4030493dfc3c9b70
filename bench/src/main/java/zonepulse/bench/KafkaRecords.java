package zonepulse.bench;

import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Records to preload a topic with, and records read back from one: what the benchmark puts in front of a contender
 * before starting it, so that the contender, not the producer, sets the pace.
 */
final class KafkaRecords {
    private KafkaRecords() {}

    /**
     * One record: produced again as it was read (topic, partition, key, value, headers), or made by the benchmark.
     *
     * @param partition the partition, or null for the key's (Kafka's default partitioner, as the services use)
     * @param timestamp the record's timestamp (ms) when read back; 0 for one to produce
     */
    record Record(String topic, Integer partition, byte[] key, byte[] value, List<Header> headers, long timestamp) {
        Record {
            headers = List.copyOf(headers);
        }

        /** A record to produce, with string headers (the CloudEvents attributes). */
        static Record of(String topic, String key, byte[] value, Map<String, String> headers) {
            List<Header> list = new ArrayList<>();
            headers.forEach((name, v) -> list.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
            return new Record(topic, null, key.getBytes(StandardCharsets.UTF_8), value, list, 0);
        }

        String keyText() {
            return key == null ? null : new String(key, StandardCharsets.UTF_8);
        }
    }

    /**
     * Produces the records in order and waits until the broker acknowledged all: in transactions of {@code
     * perTransaction} records (as extract-service writes, so that read_committed consumers see its markers), or, with
     * 0, without (as ingest-service publishes).
     */
    static void produce(String bootstrapServers, List<Record> records, int perTransaction) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"); // as the services' producers
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "26214400");
        if (perTransaction > 0) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-preload");
        }
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            if (perTransaction > 0) {
                producer.initTransactions();
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            int size = perTransaction > 0 ? perTransaction : Math.max(1, records.size());
            for (int from = 0; from < records.size(); from += size) {
                List<Record> chunk = records.subList(from, Math.min(records.size(), from + size));
                if (perTransaction > 0) {
                    producer.beginTransaction();
                }
                for (Record record : chunk) {
                    sent.add(producer.send(new ProducerRecord<>(
                            record.topic(), record.partition(), record.key(), record.value(), record.headers())));
                }
                if (perTransaction > 0) {
                    producer.commitTransaction();
                }
            }
            producer.flush();
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted producing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a record: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Every committed record on the topics, partition by partition in offset order, read up to where each partition
     * ends now (its last stable offset: open transactions are not waited for).
     */
    static List<Record> readAll(String bootstrapServers, List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<Record> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    records.add(new Record(
                            r.topic(),
                            r.partition(),
                            r.key(),
                            r.value(),
                            List.of(r.headers().toArray()),
                            r.timestamp()));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to their ends within 5 minutes");
                }
            }
        }
        return records;
    }
}
