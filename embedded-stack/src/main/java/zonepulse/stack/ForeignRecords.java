package zonepulse.stack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Bad records as producers other than zonepulse's own write them: kcat sends its {@code contentType} header as raw
 * bytes, a Spring producer as a JSON-typed string, most clients none; a tombstone has no value at all; a key need not
 * be UTF-8. What a consuming service must dead-letter, once, with the key and value bytes it received (issue 12).
 */
public final class ForeignRecords {
    private ForeignRecords() {}

    /**
     * One record, with the reason its dead letter must name.
     *
     * @param name what kind of producer or value it stands for
     * @param key the key bytes, never UTF-8-safe to assume
     * @param value the value bytes, null for a tombstone
     * @param expectedReason words the dead letter's {@code x-exception-message} must contain
     */
    public record ForeignRecord(String name, byte[] key, byte[] value, List<Header> headers, String expectedReason) {}

    private static final byte[] NOT_A_CONTRACT_MESSAGE = utf8("{\"not\":\"a contract message\"}");

    /** One record of each kind, with keys unique to this call. */
    public static List<ForeignRecord> poison() {
        String run = UUID.randomUUID().toString();
        List<ForeignRecord> records = new ArrayList<>();
        records.add(new ForeignRecord(
                "kcat, contentType as raw bytes",
                utf8("kcat-" + run),
                NOT_A_CONTRACT_MESSAGE,
                List.of(header("contentType", "application/json")),
                "schema"));
        records.add(new ForeignRecord(
                "Spring, contentType as a JSON-typed string",
                utf8("spring-" + run),
                NOT_A_CONTRACT_MESSAGE,
                List.of(
                        header("contentType", "\"application/json\""),
                        header("spring_json_header_types", "{\"contentType\":\"java.lang.String\"}")),
                "schema"));
        records.add(new ForeignRecord("no headers", utf8("bare-" + run), NOT_A_CONTRACT_MESSAGE, List.of(), "schema"));
        records.add(new ForeignRecord(
                "tombstone",
                utf8("tombstone-" + run),
                null,
                List.of(header("contentType", "application/json")),
                "tombstone"));
        records.add(new ForeignRecord(
                "a JSON array",
                utf8("array-" + run),
                utf8("[1,2,3]"),
                List.of(header("contentType", "application/json")),
                "not a JSON object"));
        byte[] notUtf8 = new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '-'};
        byte[] key = new byte[notUtf8.length + run.length()];
        System.arraycopy(notUtf8, 0, key, 0, notUtf8.length);
        System.arraycopy(utf8(run), 0, key, notUtf8.length, run.length());
        records.add(new ForeignRecord(
                "a key that is not UTF-8", key, utf8("\"just a string\""), List.of(), "not a JSON object"));
        return records;
    }

    /**
     * Sends the records to one partition of {@code topic}, in order and as they are, and waits for the broker's
     * acknowledgements: a record sent after them to the same partition is consumed after them.
     */
    public static void send(String bootstrapServers, String topic, int partition, List<ForeignRecord> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ForeignRecord record : records) {
                producer.send(new ProducerRecord<>(topic, partition, record.key(), record.value(), record.headers()))
                        .get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        }
    }

    /** A consumer of committed records with keys and values as bytes, from the beginning, in a group of its own. */
    public static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String... topics) {
        return KafkaClients.probe(bootstrapServers, new ByteArrayDeserializer(), topics);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, utf8(value));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
