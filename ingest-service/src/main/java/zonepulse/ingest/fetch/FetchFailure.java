package zonepulse.ingest.fetch;

/** Why a fetch failed, as recorded in the ledger and tagged on the failure metrics. */
public enum FetchFailure {
    /** The URL is not an absolute http or https URL with a host. */
    INVALID_URL("invalid-url", false),
    /** A scheme other than http or https, in the URL or in a redirect. */
    UNSUPPORTED_SCHEME("unsupported-scheme", false),
    /** The host resolves to a loopback, private, link-local, unique-local or metadata address. */
    FORBIDDEN_ADDRESS("forbidden-address", false),
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS("too-many-redirects", false),
    /** The body, counted after decompression, is over the size cap. */
    TOO_LARGE("too-large", false),
    /** robots.txt does not let zonepulse fetch the page. */
    ROBOTS_DISALLOWED("robots-disallowed", false),
    /** A 4xx answer other than 429. */
    HTTP_STATUS("http-status", false),
    /** The body is not what was asked for (media type, encoding). */
    UNSUPPORTED_CONTENT("unsupported-content", false),
    /** The host could not be resolved. */
    UNKNOWN_HOST("unknown-host", true),
    /** 429, or the host asked to be left alone until a time (Retry-After). */
    RATE_LIMITED("rate-limited", true),
    /** 5xx, 503 included. */
    UNAVAILABLE("unavailable", true),
    /** Connect, read or whole-call time cap. */
    TIMEOUT("timeout", true),
    /** The connection closed before the body was complete. */
    TRUNCATED("truncated", true),
    /** Any other I/O failure (refused, reset, TLS). */
    CONNECTION("connection", true),
    /** The host's circuit breaker is open: no request was sent. */
    CIRCUIT_OPEN("circuit-open", true),
    /** Too many fetches in flight: no request was sent. */
    BULKHEAD_FULL("bulkhead-full", true);

    private final String code;
    private final boolean transientFailure;

    FetchFailure(String code, boolean transientFailure) {
        this.code = code;
        this.transientFailure = transientFailure;
    }

    /** The short code used in ledger reasons and metric tags. */
    public String code() {
        return code;
    }

    /** Whether trying again later may succeed (an outage of the host, not a refusal). */
    public boolean isTransient() {
        return transientFailure;
    }
}
