package zonepulse.faultmatrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Transactions open on some topics, seen from outside the producer: on a partition where a transaction is open, the
 * high watermark (the end a {@code read_uncommitted} consumer is given) is past the last stable offset (the end a
 * {@code read_committed} consumer is given), and the records between the two are neither committed nor aborted yet.
 * extract-service writes each batch's outputs in one transaction, committed with the batch's input offsets, so records
 * past the last stable offset of its output topics are the outputs of a batch in progress; and a transaction the
 * coordinator still holds open after the producer was killed is a batch the kill cut off.
 */
final class OpenTransactions implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> committed;
    private final KafkaConsumer<byte[], byte[]> uncommitted;
    private final List<TopicPartition> partitions = new ArrayList<>();

    OpenTransactions(String bootstrapServers, List<String> topics) {
        this.admin = ConsumerProgress.admin(bootstrapServers);
        this.committed = endOffsetReader(bootstrapServers, "read_committed");
        this.uncommitted = endOffsetReader(bootstrapServers, "read_uncommitted");
        for (String topic : topics) {
            committed
                    .partitionsFor(topic, TIMEOUT)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
    }

    /**
     * Per topic, the records past the last stable offset (the high watermark minus the last stable offset, summed over
     * the topic's partitions): records written in transactions not committed or aborted yet.
     */
    Map<String, Long> uncommittedRecords() {
        Map<TopicPartition, Long> stable = committed.endOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> high = uncommitted.endOffsets(partitions, TIMEOUT);
        Map<String, Long> perTopic = new TreeMap<>();
        for (TopicPartition partition : partitions) {
            perTopic.merge(partition.topic(), high.get(partition) - stable.get(partition), Long::sum);
        }
        return perTopic;
    }

    /** The transactional ids whose transactions the coordinators hold open: begun, neither commit nor abort asked. */
    List<String> ongoing() {
        try {
            return admin
                    .listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
                    .all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .stream()
                    .map(TransactionListing::transactionalId)
                    .sorted()
                    .toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted listing transactions", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the open transactions", e);
        }
    }

    private static KafkaConsumer<byte[], byte[]> endOffsetReader(String bootstrapServers, String isolation) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void close() {
        committed.close();
        uncommitted.close();
        admin.close();
    }
}
