package zonepulse.extract.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.function.context.message.MessageUtils;
import org.springframework.kafka.support.AbstractKafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;
import zonepulse.events.Headers;
import zonepulse.extract.article.EventSink;

/**
 * Sends the replay's records with its transactional producer, in the transaction the job has begun. Headers go
 * through the binder's header mapper with the output bindings' content type, so a replayed record carries the same
 * headers as the live path's.
 */
final class ProducerEventSink implements EventSink {
    /** The content type of every output binding in extract-service.yml, which the binder adds as a header. */
    static final String CONTENT_TYPE = "application/json";

    private final Producer<byte[], byte[]> producer;
    private final AbstractKafkaHeaderMapper headerMapper;
    /** The sends of the transaction in progress, whose offsets are known once it committed. */
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    ProducerEventSink(Producer<byte[], byte[]> producer, AbstractKafkaHeaderMapper headerMapper) {
        this.producer = producer;
        this.headerMapper = headerMapper;
    }

    @Override
    public void send(String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        sendMessage(topic, key, payload, headers);
    }

    /** Sends one record; {@code headers} as a message would carry them (a summary's, as the function returned it). */
    void sendMessage(String topic, byte[] key, byte[] payload, Map<String, ?> headers) {
        Map<String, Object> message = new LinkedHashMap<>(headers);
        message.put(MessageHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (message.containsKey(Headers.CE_SPECVERSION)) {
            // what Spring Cloud Function marks a CloudEvent with on the live path's output bindings
            message.put(MessageUtils.MESSAGE_TYPE, CloudEventMessageUtils.CLOUDEVENT_VALUE);
        }
        RecordHeaders recordHeaders = new RecordHeaders();
        headerMapper.fromHeaders(new MessageHeaders(message), recordHeaders);
        sent.add(producer.send(new ProducerRecord<>(topic, null, key, payload, recordHeaders)));
    }

    /** Where the records sent since the last call went, and forgets them: after a commit, their offsets; after an abort, nothing. */
    List<Future<RecordMetadata>> drain() {
        List<Future<RecordMetadata>> drained = List.copyOf(sent);
        sent.clear();
        return drained;
    }
}
