package zonepulse.extract.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.function.context.message.MessageUtils;
import org.springframework.kafka.support.AbstractKafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;
import zonepulse.events.Headers;

/**
 * Turns what {@link ArticleExtraction} yields into Kafka records, once each: the key and JSON bytes as they are, and
 * the headers the binder's header mapper writes, with the content type and CloudEvents marker the binder's output
 * bindings add, so that the live service and the replay job write byte-for-byte the same headers as before either
 * sent its records itself. No message conversion, no payload inspection.
 *
 * <p>Every header value is a string, and for strings the mapper's output depends only on the header names: which it
 * maps, in which order, and its JSON header of their types. So the mapper maps the first record of each list of
 * names, and the records after it with the same names are given the same headers directly (each value's UTF-8
 * bytes, the same types header), skipping a message, its random id and the types' JSON per record. A list of names
 * for which the mapper wrote any value otherwise than as its UTF-8 bytes is always mapped by the mapper.
 */
public final class OutputRecords {
    /** The content type of every output, which the binder's output bindings added as a header. */
    public static final String CONTENT_TYPE = "application/json";

    /** More lists of header names than any output has: past this, records are mapped by the mapper. */
    private static final int MAX_PLANS = 64;

    private final AbstractKafkaHeaderMapper headerMapper;
    private final Map<List<String>, Plan> plans = new ConcurrentHashMap<>();

    public OutputRecords(AbstractKafkaHeaderMapper headerMapper) {
        this.headerMapper = headerMapper;
    }

    /** One record, to the topic's partition of its key (null for a dead letter's payload of a tombstone). */
    public ProducerRecord<byte[], byte[]> record(
            String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        Map<String, String> message = new LinkedHashMap<>(headers);
        message.put(MessageHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (message.containsKey(Headers.CE_SPECVERSION)) {
            // what Spring Cloud Function marks a CloudEvent with on an output binding
            message.put(MessageUtils.MESSAGE_TYPE, CloudEventMessageUtils.CLOUDEVENT_VALUE);
        }
        List<String> names = List.copyOf(message.keySet());
        Plan plan = plans.get(names);
        RecordHeaders recordHeaders;
        if (plan != null && plan != Plan.UNUSABLE) {
            recordHeaders = plan.headers(message);
        } else {
            recordHeaders = new RecordHeaders();
            headerMapper.fromHeaders(new MessageHeaders(new LinkedHashMap<>(message)), recordHeaders);
            if (plans.size() < MAX_PLANS) {
                plans.putIfAbsent(names, Plan.of(recordHeaders, message));
            }
        }
        return new ProducerRecord<>(topic, null, key, payload, recordHeaders);
    }

    /**
     * What the mapper wrote for one list of header names: the names whose values it wrote as their UTF-8 bytes, in
     * its order, and its other headers (the types header) as they were; or, when it wrote anything else,
     * {@link #UNUSABLE}.
     */
    private record Plan(List<String> mapped, List<Header> fixed) {
        /** The plan of a list of names the mapper always maps. */
        static final Plan UNUSABLE = new Plan(List.of(), List.of());

        static Plan of(RecordHeaders written, Map<String, String> message) {
            List<String> mapped = new ArrayList<>();
            List<Header> fixed = new ArrayList<>();
            for (Header header : written) {
                String value = message.get(header.key());
                if (value != null) {
                    if (!fixed.isEmpty() || !Arrays.equals(header.value(), value.getBytes(StandardCharsets.UTF_8))) {
                        return UNUSABLE; // a value not written as its bytes, or not before the types header
                    }
                    mapped.add(header.key());
                } else {
                    fixed.add(new RecordHeader(header.key(), header.value().clone()));
                }
            }
            return new Plan(List.copyOf(mapped), List.copyOf(fixed));
        }

        RecordHeaders headers(Map<String, String> message) {
            RecordHeaders headers = new RecordHeaders();
            for (String name : mapped) {
                headers.add(name, message.get(name).getBytes(StandardCharsets.UTF_8));
            }
            fixed.forEach(headers::add);
            return headers;
        }
    }
}
