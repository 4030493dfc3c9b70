package zonepulse.extract.article;

import java.util.Map;

/** Where extracted events are sent: a port, so the extraction function can be tested without a broker. */
public interface EventSink {
    /**
     * Sends one message.
     *
     * @param topic the contract topic
     * @param key the record key the contract names for that topic
     * @param payload the JSON body
     * @param headers the CloudEvents headers
     */
    void send(String topic, String key, byte[] payload, Map<String, String> headers);
}
