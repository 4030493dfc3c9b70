package zonepulse.faultmatrix;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import zonepulse.events.Topics;

/**
 * A store-service batch caught between its MongoDB writes and its offset commit, seen from outside: documents in its
 * database whose records lie at or past its consumer group's committed offsets. store-service commits a batch's offsets
 * only after the batch's writes, so such documents are writes of a batch whose commit has not happened yet; if the
 * store is killed then, it never happens, and the records are delivered again to the store started after it.
 *
 * <p>Events are matched to their records by event id (the records' CloudEvents id), summaries by article id (the
 * records' key); the topics are read (read_committed, as the store reads them) up to their ends each time.
 */
final class StoredPastCommit implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> EVENT_TOPICS = List.of(Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS);

    /** Stored events and summaries whose records are all at or past the committed offsets. */
    record Count(int events, int summaries) {
        boolean any() {
            return events + summaries > 0;
        }
    }

    /** Where a record lies. */
    private record Position(TopicPartition partition, long offset) {}

    private final String group;
    private final MongoDatabase database;
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> records;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<String, List<Position>> eventRecords = new HashMap<>();
    private final Map<String, List<Position>> summaryRecords = new HashMap<>();

    /**
     * @param group the store-service's consumer group
     * @param database the database it writes to
     */
    StoredPastCommit(String bootstrapServers, String group, MongoDatabase database) {
        this.group = group;
        this.database = database;
        this.admin = ConsumerProgress.admin(bootstrapServers);
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.records = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        for (String topic : List.of(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS)) {
            records.partitionsFor(topic, TIMEOUT)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        records.assign(partitions);
        records.seekToBeginning(partitions);
    }

    /**
     * What the database holds now of records the group has not committed. The database is read first and the offsets
     * after it: a batch that commits in between is not counted, so what is counted was written and not committed at
     * the moment the offsets were read.
     */
    Count now() {
        Set<String> events = ids("indicator_observations");
        events.addAll(ids("project_events"));
        Set<String> summaries = ids("articles");
        Map<TopicPartition, Long> committed = committedOffsets();
        readToEnd();
        return new Count(pastCommit(events, eventRecords, committed), pastCommit(summaries, summaryRecords, committed));
    }

    private Set<String> ids(String collection) {
        Set<String> ids = new HashSet<>();
        for (Document document : database.getCollection(collection).find().projection(new Document("_id", 1))) {
            ids.add(String.valueOf(document.get("_id")));
        }
        return ids;
    }

    private Map<TopicPartition, Long> committedOffsets() {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                }
            });
            return committed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    /** Reads every partition up to its end as of now, noting where each event and summary lies. */
    private void readToEnd() {
        Map<TopicPartition, Long> ends = records.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(partition -> records.position(partition) < ends.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read the store's topics to their ends within " + TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> record : records.poll(Duration.ofMillis(100))) {
                Position position =
                        new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
                if (EVENT_TOPICS.contains(record.topic())) {
                    eventRecords
                            .computeIfAbsent(PipelineState.idOf(record), id -> new ArrayList<>())
                            .add(position);
                } else {
                    summaryRecords
                            .computeIfAbsent(PipelineState.keyOf(record.key()), id -> new ArrayList<>())
                            .add(position);
                }
            }
        }
    }

    /** How many of the stored ids have records, all at or past the committed offset of their partition. */
    private static int pastCommit(
            Set<String> stored, Map<String, List<Position>> recordsOf, Map<TopicPartition, Long> committed) {
        int past = 0;
        for (String id : stored) {
            List<Position> positions = recordsOf.getOrDefault(id, List.of());
            if (!positions.isEmpty()
                    && positions.stream()
                            .allMatch(position ->
                                    position.offset() >= committed.getOrDefault(position.partition(), 0L))) {
                past++;
            }
        }
        return past;
    }

    @Override
    public void close() {
        records.close();
        admin.close();
    }
}
