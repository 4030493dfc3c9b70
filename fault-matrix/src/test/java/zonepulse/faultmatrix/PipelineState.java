package zonepulse.faultmatrix;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import zonepulse.events.Topics;
import zonepulse.stack.KafkaClients;

/**
 * What a run left behind: every document of every collection, by {@code _id}, with the fields that say when something
 * happened taken out (they differ between any two runs); and every record committed on every topic, counted by id (the
 * CloudEvents id, which is the event id or the article id; the key where a record has none, as foreign ones do not).
 */
record PipelineState(Map<String, Map<String, String>> collections, Map<String, Map<String, Integer>> topics) {
    static final List<String> COLLECTIONS = List.of(
            "articles", "article_generations", "indicator_observations", "project_events", "projects", "ingest_ledger");

    /**
     * Fields that hold times of this run, not facts of the news: when a version was fetched, stored, updated, first and
     * last seen, how long its extraction took, and the generation keys built from the fetch time (a file published
     * again after a crash is a second fetch of the same content), and a project's {@code builtFrom} (its events'
     * versions, generation keys in the order this run stored them). A news item's own date ({@code source.publishedAt})
     * stays.
     */
    static final Set<String> RUN_TIMES = Set.of(
            "fetchedAt",
            "storedAt",
            "updatedAt",
            "firstSeen",
            "lastSeen",
            "seenAt",
            "elapsedMicros",
            "generation",
            "statusBasis",
            "builtFrom");

    /** The ledger's {@code publishedAt} is when ingest-service published the item, a time of this run. */
    static final String LEDGER = "ingest_ledger";

    static final String LEDGER_PUBLISHED_AT = "publishedAt";

    static PipelineState of(PipelineUnderTest pipeline) {
        return of(pipeline, PipelineUnderTest.DATABASE);
    }

    /** The state with the store's collections read from {@code storeDatabase} (a second store-service's). */
    static PipelineState of(PipelineUnderTest pipeline, String storeDatabase) {
        return of(pipeline, storeDatabase, pipeline.bootstrapServers());
    }

    /**
     * The state of a {@link DownstreamPipeline}: the store's collections from its database, the topics from its
     * broker, and the ledger of the pipeline whose raw articles it was fed.
     */
    static PipelineState of(PipelineUnderTest pipeline, DownstreamPipeline downstream) {
        return of(pipeline, downstream.database(), downstream.bootstrapServers());
    }

    private static PipelineState of(PipelineUnderTest pipeline, String storeDatabase, String bootstrapServers) {
        Map<String, Map<String, String>> collections = new TreeMap<>();
        for (String collection : COLLECTIONS) {
            Map<String, String> documents = new TreeMap<>();
            for (Document document : pipeline.database(
                            collection.equals(LEDGER) ? PipelineUnderTest.DATABASE : storeDatabase)
                    .getCollection(collection)
                    .find()) {
                Document comparable = withoutRunTimes(document);
                if (collection.equals(LEDGER)) {
                    comparable.remove(LEDGER_PUBLISHED_AT);
                }
                documents.put(String.valueOf(document.get("_id")), comparable.toJson());
            }
            collections.put(collection, documents);
        }
        Map<String, Map<String, Integer>> topics = new TreeMap<>();
        Topics.ALL.forEach(topic -> topics.put(topic, new TreeMap<>()));
        // read to the end offsets taken now (read_committed: the last stable offsets), not until a quiet spell: the
        // pipeline has settled, so what is committed by now is all there is to count
        try (KafkaConsumer<byte[], byte[]> consumer = committedRecords(bootstrapServers)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.ALL) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read the topics to their ends within a minute");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        topics.get(record.topic()).merge(idOf(record), 1, Integer::sum);
                    }
                }
            }
        }
        return new PipelineState(collections, topics);
    }

    private static KafkaConsumer<byte[], byte[]> committedRecords(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** A record's id: its CloudEvents id, else its key (base64 when it is not UTF-8, as a foreign key may not be). */
    static String idOf(ConsumerRecord<byte[], byte[]> record) {
        String ceId = KafkaClients.header(record, "ce_id");
        return ceId != null ? ceId : keyOf(record.key());
    }

    static String keyOf(byte[] key) {
        if (key == null) {
            return "(no key)";
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(key)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(key);
        }
    }

    int records(String topic) {
        return topics.get(topic).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Document withoutRunTimes(Document document) {
        Document copy = new Document();
        document.forEach((key, value) -> {
            if (!RUN_TIMES.contains(key)) {
                copy.put(key, value instanceof Document nested ? withoutRunTimes(nested) : withoutRunTimes(value));
            }
        });
        return copy;
    }

    private static Object withoutRunTimes(Object value) {
        if (value instanceof Document nested) {
            return withoutRunTimes(nested);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PipelineState::withoutRunTimes).toList();
        }
        return value;
    }
}
