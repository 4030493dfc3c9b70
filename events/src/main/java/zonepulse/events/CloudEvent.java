package zonepulse.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents 1.0 attributes of one message, written as Kafka headers in binary mode.
 *
 * @param id unique per message (the event id, or article id and content hash)
 * @param source the producing service, as a URI reference (/zonepulse/extract-service)
 * @param type reverse-DNS event type, which names the schema version (io.zonepulse.indicator-event.v1)
 * @param time when it was produced
 * @param subject the message key
 */
public record CloudEvent(String id, String source, String type, Instant time, String subject) {

    /** The CloudEvents type of a message with the given contract schema ("raw-article/1"). */
    public static String typeOf(String schema) {
        int slash = schema.indexOf('/');
        return "io.zonepulse." + schema.substring(0, slash) + ".v" + schema.substring(slash + 1);
    }

    /** The headers to put on the Kafka record, in binary mode. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.CE_SPECVERSION, Headers.CE_SPECVERSION_VALUE);
        headers.put(Headers.CE_ID, id);
        headers.put(Headers.CE_SOURCE, source);
        headers.put(Headers.CE_TYPE, type);
        headers.put(Headers.CE_TIME, time.toString());
        if (subject != null) {
            headers.put(Headers.CE_SUBJECT, subject);
        }
        headers.put(Headers.CONTENT_TYPE, "application/json");
        return headers;
    }
}
