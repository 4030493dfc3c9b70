package zonepulse.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.function.context.message.MessageUtils;
import org.springframework.messaging.MessageHeaders;
import zonepulse.events.Headers;

/**
 * The headers of an output are those the binder's header mapper writes for it, byte for byte and in its order, for
 * the first record of a list of header names and for every record after it.
 */
class OutputRecordsTest {
    private final ContentTypeIgnoringHeaderMapper mapper = new ContentTypeIgnoringHeaderMapper();
    private final OutputRecords records = new OutputRecords(mapper);

    @Test
    void everyRecordHasTheHeadersTheMapperWritesForIt() {
        List<Map<String, String>> outputs = List.of(
                cloudEvent("e-1", "zonepulse.indicator", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
                cloudEvent("e-2", "zonepulse.indicator", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                cloudEvent("e-3", "zonepulse.project", "00-0af7651916cd43dd8448eb211c80319c-b9c7c989f97918e1-01"),
                Map.of(),
                deadLetter("无法解析：正文为空（苏州工业园区管委会来稿）", "news.articles.raw"),
                deadLetter("payload is not JSON", "news.articles.raw"));
        for (int round = 0; round < 2; round++) {
            for (Map<String, String> headers : outputs) {
                ProducerRecord<byte[], byte[]> record = records.record("news.events.indicators", null, null, headers);

                assertThat(written(record.headers()))
                        .as("round %d, headers %s", round, headers)
                        .isEqualTo(written(mappedByTheMapper(headers)));
            }
        }
    }

    @Test
    void aCloudEventIsMarkedAsTheOutputBindingsMarkedIt() {
        ProducerRecord<byte[], byte[]> record = records.record("t", null, null, cloudEvent("e-9", "x", "00-1-2-01"));

        assertThat(new String(
                        record.headers().lastHeader(MessageUtils.MESSAGE_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo(CloudEventMessageUtils.CLOUDEVENT_VALUE);
        assertThat(new String(
                        record.headers().lastHeader(MessageHeaders.CONTENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo(OutputRecords.CONTENT_TYPE);
    }

    /** What the records had before headers were written without the mapper: the mapper's own output. */
    private RecordHeaders mappedByTheMapper(Map<String, String> headers) {
        Map<String, Object> message = new LinkedHashMap<>(headers);
        message.put(MessageHeaders.CONTENT_TYPE, OutputRecords.CONTENT_TYPE);
        if (message.containsKey(Headers.CE_SPECVERSION)) {
            message.put(MessageUtils.MESSAGE_TYPE, CloudEventMessageUtils.CLOUDEVENT_VALUE);
        }
        RecordHeaders recordHeaders = new RecordHeaders();
        mapper.fromHeaders(new MessageHeaders(message), recordHeaders);
        return recordHeaders;
    }

    private static List<String> written(org.apache.kafka.common.header.Headers headers) {
        List<String> written = new ArrayList<>();
        for (Header header : headers) {
            written.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        return written;
    }

    private static Map<String, String> cloudEvent(String id, String type, String traceparent) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.CE_SPECVERSION, Headers.CE_SPECVERSION_VALUE);
        headers.put(Headers.CE_ID, id);
        headers.put(Headers.CE_SOURCE, "/zonepulse/extract-service");
        headers.put(Headers.CE_TYPE, type);
        headers.put(Headers.CE_SUBJECT, "文章-" + id);
        headers.put("traceparent", traceparent);
        return headers;
    }

    private static Map<String, String> deadLetter(String reason, String topic) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.DLQ_EXCEPTION, "zonepulse.extract.article.PoisonArticleException");
        headers.put(Headers.DLQ_REASON, reason);
        headers.put(Headers.DLQ_ORIGINAL_TOPIC, topic);
        return headers;
    }
}
