package zonepulse.events;

/**
 * Kafka header names: the CloudEvents 1.0 binary-mode attributes carried by every message, and the headers
 * that dead-letter records carry to say why they were refused.
 */
public final class Headers {
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_ID = "ce_id";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_TIME = "ce_time";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CE_SPECVERSION_VALUE = "1.0";

    /** On a dead-letter record: the class name of the exception that refused it. */
    public static final String DLQ_EXCEPTION = "x-exception-fqcn";
    /** On a dead-letter record: the reason, in words. */
    public static final String DLQ_REASON = "x-exception-message";
    /** On a dead-letter record: the topic it was consumed from. */
    public static final String DLQ_ORIGINAL_TOPIC = "x-original-topic";

    private Headers() {}
}
