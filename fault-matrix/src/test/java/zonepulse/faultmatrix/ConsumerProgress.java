package zonepulse.faultmatrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a consumer group has consumed and committed everything committed on its topics. Not "committed offset equals
 * end offset": a transaction's commit marker takes an offset that no consumer ever commits past, so the group's offset
 * stays one short of the end. Instead, a probe reads (read_committed) from the group's committed offset to the end:
 * caught up is when it finds no record there.
 */
final class ConsumerProgress {
    private ConsumerProgress() {}

    static boolean caughtUp(String bootstrapServers, String group, List<String> topics) {
        try (Admin admin = admin(bootstrapServers);
                KafkaConsumer<byte[], byte[]> probe = probe(bootstrapServers)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                probe.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            probe.assign(partitions);
            Map<TopicPartition, Long> ends = probe.endOffsets(partitions, Duration.ofSeconds(10));
            List<TopicPartition> behind = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                long from = offset == null ? 0 : offset.offset();
                if (from < ends.get(partition)) {
                    probe.seek(partition, from);
                    behind.add(partition);
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (behind.stream().anyMatch(partition -> probe.position(partition) < ends.get(partition))) {
                if (!probe.poll(Duration.ofMillis(200)).isEmpty()) {
                    return false;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            // the broker is away (restarting): not caught up as far as anyone can tell
            return false;
        }
    }

    /** Sets the group's offsets on {@code topics} back to the beginning; the group must have no member. */
    static void resetToBeginning(String bootstrapServers, String group, List<String> topics) {
        try (Admin admin = admin(bootstrapServers);
                KafkaConsumer<byte[], byte[]> probe = probe(bootstrapServers)) {
            Map<TopicPartition, OffsetAndMetadata> beginning = new java.util.HashMap<>();
            for (String topic : topics) {
                probe.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info ->
                                beginning.put(new TopicPartition(topic, info.partition()), new OffsetAndMetadata(0)));
            }
            admin.alterConsumerGroupOffsets(group, beginning).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reset the offsets of " + group, e);
        }
    }

    /** An admin client that gives up within seconds while the broker is away, instead of the default minute. */
    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private static KafkaConsumer<byte[], byte[]> probe(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
