package zonepulse.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RecordHeadersIgnoringMapperTest {

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The headers extract-service writes (CloudEvents attributes, the trace context, the binder's JSON map of header
     * types) and a contentType as raw bytes, as kcat sends it: none reaches the message, so no converter sees them.
     */
    @Test
    void noRecordHeaderIsMappedIntoTheMessage() {
        RecordHeaders record = new RecordHeaders();
        record.add("contentType", utf8("application/json"));
        record.add("ce_type", utf8("zonepulse.project-event.v1"));
        record.add("ce_subject", utf8("art-3f9c"));
        record.add("traceparent", utf8("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        record.add("spring_json_header_types", utf8("{\"ce_type\":\"java.lang.String\"}"));
        Map<String, Object> headers = new HashMap<>();

        new RecordHeadersIgnoringMapper().toHeaders(record, headers);

        assertThat(headers).isEmpty();
    }
}
