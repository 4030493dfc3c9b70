package zonepulse.extract.article;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends the live service's records with a template over the binder's transactional producer factory. Called on the
 * consumer thread while the listener container's transaction is in progress, the template uses that transaction's
 * producer, so the records commit with the batch's offsets; outside a transaction it refuses to send.
 */
final class KafkaTemplateEventSink implements EventSink {
    private final Supplier<KafkaTemplate<byte[], byte[]>> template;
    private final OutputRecords records;

    /**
     * @param template the template, looked up on first use: the binder creates its producer factory when it binds
     */
    KafkaTemplateEventSink(Supplier<KafkaTemplate<byte[], byte[]>> template, OutputRecords records) {
        this.template = template;
        this.records = records;
    }

    @Override
    public void send(String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        // a failed send fails the transaction's commit: the batch is rolled back and redelivered
        template.get().send(records.record(topic, key, payload, headers));
    }
}
