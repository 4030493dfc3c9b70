package zonepulse.extract.article;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.function.context.message.MessageUtils;
import org.springframework.kafka.support.AbstractKafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;
import zonepulse.events.Headers;

/**
 * Turns what {@link ArticleExtraction} yields into Kafka records, once each: the key and JSON bytes as they are, and
 * the headers through the binder's header mapper with the content type and CloudEvents marker the binder's output
 * bindings add, so that the live service and the replay job write byte-for-byte the same headers as before either
 * sent its records itself. No message conversion, no payload inspection.
 */
public final class OutputRecords {
    /** The content type of every output, which the binder's output bindings added as a header. */
    public static final String CONTENT_TYPE = "application/json";

    private final AbstractKafkaHeaderMapper headerMapper;

    public OutputRecords(AbstractKafkaHeaderMapper headerMapper) {
        this.headerMapper = headerMapper;
    }

    /** One record, to the topic's partition of its key (null for a dead letter's payload of a tombstone). */
    public ProducerRecord<byte[], byte[]> record(
            String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        Map<String, Object> message = new LinkedHashMap<>(headers);
        message.put(MessageHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (message.containsKey(Headers.CE_SPECVERSION)) {
            // what Spring Cloud Function marks a CloudEvent with on an output binding
            message.put(MessageUtils.MESSAGE_TYPE, CloudEventMessageUtils.CLOUDEVENT_VALUE);
        }
        RecordHeaders recordHeaders = new RecordHeaders();
        headerMapper.fromHeaders(new MessageHeaders(message), recordHeaders);
        return new ProducerRecord<>(topic, null, key, payload, recordHeaders);
    }
}
