package zonepulse.store.intake;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;

/**
 * Maps none of a record's headers into the message the binder hands to {@link StoreEventsConsumer}: the consumer
 * reads only the values, and the error handler dead-letters the {@code ConsumerRecord} itself, with its headers as
 * they came.
 *
 * <p>Why not the binder's mapper: a producer other than the binder decides what the headers hold. kcat sends a
 * {@code contentType} header as raw bytes, which the converters rejected before the consumer was reached, so the
 * dead letter said "Unknown type for contentType header value: class [B" instead of what is wrong with the message;
 * and {@code application/json} made the JSON converter turn a value {@code [1,2,3]} into three bytes (issue 12). So
 * the binding's own content type ({@code application/octet-stream}: the value's bytes, untouched) always applies.
 * And mapping the others cost CPU for nothing: matching each name against the mapper's patterns and decoding its
 * JSON map of header types, for each of the thirty-odd records an article yields (about 3 % of store-service's CPU in
 * {@code ./zonepulse bench}). store-service publishes nothing through the binder, so no outgoing mapping is changed.
 */
class RecordHeadersIgnoringMapper extends BinderHeaderMapper {
    /** The bean name the Kafka binder looks its header mapper up by. */
    static final String BEAN_NAME = "kafkaBinderHeaderMapper";

    @Override
    public void toHeaders(Headers source, Map<String, Object> headers) {
        // nothing: see the class comment
    }
}
