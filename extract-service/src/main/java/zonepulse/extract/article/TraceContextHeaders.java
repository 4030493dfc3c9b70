package zonepulse.extract.article;

import java.util.Map;

/**
 * The trace context of the current observation as record headers (W3C {@code traceparent}, and {@code tracestate} or
 * baggage when there are any), so that an article's records continue its trace. Taken once per article and put on
 * each of its records, rather than one observation per record sent: an article yields dozens of records.
 */
@FunctionalInterface
public interface TraceContextHeaders {
    /** For when tracing is off: no headers. */
    TraceContextHeaders NONE = Map::of;

    /** The current context's headers; empty when there is none. */
    Map<String, String> current();
}
