package zonepulse.extract.article;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.messaging.MessageHeaders;

/**
 * Maps Kafka record headers as the binder does, but drops an incoming {@code contentType} header, so that the
 * binding's own content type ({@code application/octet-stream}: the value's bytes, untouched) always applies and
 * {@link ArticleExtraction} reads the contract's JSON itself.
 *
 * <p>Why: a producer other than the binder decides what that header holds. kcat sends it as raw bytes, which the
 * converters reject ("Unknown type for contentType header value: class [B") before the function is reached, so the
 * record was retried in three transactions and dead-lettered without its reason; and {@code application/json} made
 * the JSON converter turn a value {@code [1,2,3]} into three bytes (issue 12). Outgoing headers are mapped unchanged.
 * store-service has the same mapper for the same reasons.
 */
class ContentTypeIgnoringHeaderMapper extends BinderHeaderMapper {
    /** The bean name the Kafka binder looks its header mapper up by. */
    static final String BEAN_NAME = "kafkaBinderHeaderMapper";

    @Override
    public void toHeaders(Headers source, Map<String, Object> headers) {
        super.toHeaders(source, headers);
        headers.remove(MessageHeaders.CONTENT_TYPE);
        if (!headers.isEmpty()) {
            // as the binder's own mapper says: the record's headers were mapped (not embedded in the payload)
            headers.put("scst_nativeHeadersPresent", Boolean.TRUE);
        }
    }
}
