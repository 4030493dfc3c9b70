package zonepulse.extract.article;

import java.util.Map;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.Topics;

/**
 * Sends events through output bindings. Called on the consumer thread, so with the transactional binder each send
 * joins the transaction the consumer started.
 */
final class StreamBridgeEventSink implements EventSink {
    /** Output binding of each topic; their destinations are set in extract-service.yml. */
    static final Map<String, String> BINDING_OF_TOPIC = Map.of(
            Topics.EVENTS_INDICATORS, "indicators-out",
            Topics.EVENTS_PROJECTS, "projects-out",
            Topics.ARTICLES_RAW_DLQ, "dlq-out");

    private final StreamBridge bridge;

    StreamBridgeEventSink(StreamBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void send(String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        String binding = BINDING_OF_TOPIC.get(topic);
        if (binding == null) {
            throw new IllegalArgumentException("no output binding for topic " + topic);
        }
        // a message cannot hold null: KafkaNull is how the binder writes a record with no value
        MessageBuilder<Object> message = MessageBuilder.withPayload(payload == null ? KafkaNull.INSTANCE : payload);
        if (key != null) {
            message.setHeader(KafkaHeaders.KEY, key);
        }
        headers.forEach(message::setHeader);
        if (!bridge.send(binding, message.build())) {
            throw new IllegalStateException("binding " + binding + " did not accept the event");
        }
    }
}
