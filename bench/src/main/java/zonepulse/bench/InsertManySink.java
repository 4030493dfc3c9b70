package zonepulse.bench;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import zonepulse.events.Topics;

/**
 * The ceiling store-service is compared with: the least a consumer that keeps the events can do. A plain Kafka
 * consumer on store-service's topics (read_committed, 500 records a poll, as store-service) that inserts each poll's
 * records with one unordered {@code insertMany} per collection, the document id the summary's article id or the
 * event's id, duplicates ignored, then commits the offsets. No validation, no generations, no projections. It runs on
 * a thread of this JVM.
 */
final class InsertManySink implements AutoCloseable {
    private static final Map<String, String> ID_FIELD = Map.of(
            Topics.ARTICLES_EXTRACTED, "articleId",
            Topics.EVENTS_INDICATORS, "eventId",
            Topics.EVENTS_PROJECTS, "eventId");
    private static final int DUPLICATE_KEY = 11000;

    private final MongoDatabase database;
    private final PollingThread polling;

    InsertManySink(String bootstrapServers, MongoDatabase database) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-insert-many");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.database = database;
        consumer.subscribe(ExtractedOutputs.TOPICS);
        this.polling = new PollingThread("insert-many-sink", consumer, records -> {
            store(records);
            consumer.commitSync();
        });
    }

    /** Why it stopped, or null while it runs. */
    String failure() {
        return polling.failure();
    }

    /** A poll's records, one unordered insertMany per collection. */
    private void store(ConsumerRecords<byte[], byte[]> records) {
        Map<String, List<Document>> byTopic = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Document document = Document.parse(new String(record.value(), StandardCharsets.UTF_8));
            document.put("_id", document.get(ID_FIELD.get(record.topic())));
            byTopic.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(document);
        }
        byTopic.forEach(this::insert);
    }

    private void insert(String topic, List<Document> documents) {
        String collection = ExtractedOutputs.COLLECTIONS.get(ExtractedOutputs.TOPICS.indexOf(topic));
        try {
            database.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            // the others were inserted: a document already there is the same one again
        }
    }

    @Override
    public void close() {
        polling.close();
    }
}
