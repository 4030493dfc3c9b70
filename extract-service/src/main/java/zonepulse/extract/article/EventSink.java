package zonepulse.extract.article;

import java.util.Map;

/** Where extracted events are sent: a port, so the extraction function can be tested without a broker. */
public interface EventSink {
    /**
     * Sends one record.
     *
     * @param topic the contract topic
     * @param key the record key as bytes: the contract's key of an event, or a dead letter's key as it was received
     *     (null when it had none)
     * @param payload the JSON body; null only for the dead letter of a tombstone, which stays a tombstone
     * @param headers the CloudEvents headers, or a dead letter's reason
     */
    void send(String topic, byte[] key, byte[] payload, Map<String, String> headers);
}
