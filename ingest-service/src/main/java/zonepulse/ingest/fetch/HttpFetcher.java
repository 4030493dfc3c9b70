package zonepulse.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way ingest-service speaks HTTP: GET only, http and https only, every connection's address vetted by
 * {@link GuardedDnsResolver} (redirects too, at most {@link FetchProperties#maxRedirects()}, each re-vetted), no
 * proxy, no cookies, no automatic retries, and caps on connect, read and whole-call time and on the body size counted
 * after decompression. It knows nothing of hosts' rate limits or breakers: {@link PoliteFetcher} adds them.
 */
public class HttpFetcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final int BUFFER = 16 * 1024;

    private final FetchProperties properties;
    private final GuardedDnsResolver dns;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public HttpFetcher(FetchProperties properties, HostResolver resolver) {
        this.properties = properties;
        this.dns = new GuardedDnsResolver(resolver, Set.copyOf(properties.allowedHosts()));
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(
                        Timeout.ofMilliseconds(properties.connectTimeout().toMillis()))
                .setSocketTimeout(
                        Timeout.ofMilliseconds(properties.readTimeout().toMillis()))
                .build();
        PoolingHttpClientConnectionManager manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dns)
                .setDefaultConnectionConfig(connections)
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(4)
                .build();
        RequestConfig requests = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setConnectionRequestTimeout(
                        Timeout.ofMilliseconds(properties.callTimeout().toMillis()))
                .setResponseTimeout(
                        Timeout.ofMilliseconds(properties.readTimeout().toMillis()))
                .build();
        // no useSystemProperties(): no proxy from the environment, so the vetted address is the one connected to
        this.client = HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(requests)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(properties.userAgent())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    public FetchProperties properties() {
        return properties;
    }

    /** Whether the operator allowed this host explicitly (no address check). */
    public boolean isAllowedHost(String host) {
        return dns.isAllowed(host);
    }

    /**
     * GETs the URL, following at most {@code maxRedirects} redirects.
     *
     * @return a 2xx answer with its body, or a 304
     * @throws FetchException for anything else, with the reason
     */
    public FetchResponse fetch(FetchRequest request) throws FetchException {
        long started = System.nanoTime();
        long deadline = started + properties.callTimeout().toNanos();
        long cap = request.maxBodySize() > 0
                ? request.maxBodySize()
                : properties.maxBodySize().toBytes();
        URI uri = vet(request.uri());
        for (int redirects = 0; ; redirects++) {
            Hop hop = exchange(uri, request, cap, deadline);
            if (hop.location() == null) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                log.debug("GET {} -> {} ({} bytes, {} ms)", uri, hop.status(), hop.body().length, elapsed.toMillis());
                return new FetchResponse(
                        uri, hop.status(), hop.body(), hop.contentType(), hop.etag(), hop.lastModified(), elapsed);
            }
            if (redirects >= properties.maxRedirects()) {
                throw new FetchException(
                        FetchFailure.TOO_MANY_REDIRECTS,
                        "more than " + properties.maxRedirects() + " redirects, the last one from " + uri);
            }
            URI next;
            try {
                next = uri.resolve(UrlCanonicalizer.toUri(hop.location()));
            } catch (IllegalArgumentException e) {
                throw new FetchException(
                        FetchFailure.INVALID_URL, "redirect from " + uri + " to an invalid URL " + hop.location());
            }
            log.debug("GET {} redirected ({}) to {}", uri, hop.status(), next);
            if (!redirectAllowed(uri, next)) {
                throw new FetchException(
                        FetchFailure.FORBIDDEN_ADDRESS,
                        "redirect from " + uri + " into the allowed internal host " + next.getHost()
                                + ": only an allowed host may redirect there");
            }
            uri = vet(next);
        }
    }

    /**
     * Allowed hosts skip the address check, so a public site must not be able to send the fetcher into one (an
     * in-cluster RSSHub reachable only from inside): a redirect may enter an allowed host only from an allowed host.
     */
    boolean redirectAllowed(URI from, URI to) {
        String target = to.getHost();
        return target == null || !dns.isAllowed(target) || (from.getHost() != null && dns.isAllowed(from.getHost()));
    }

    /** Refuses what must never be requested, before any connection: other schemes, no host, literal bad addresses. */
    private URI vet(URI uri) throws FetchException {
        if (!uri.isAbsolute()) {
            throw new FetchException(FetchFailure.INVALID_URL, "not an absolute URL: " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchFailure.UNSUPPORTED_SCHEME, "only http and https are fetched, not " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(FetchFailure.INVALID_URL, "no valid host name in " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchFailure.INVALID_URL, "credentials in the URL are not sent: " + uri);
        }
        if (isAddressLiteral(host)) {
            // the connection manager may connect to a literal address without asking the resolver
            try {
                dns.resolve(host);
            } catch (ForbiddenAddressException e) {
                throw new FetchException(FetchFailure.FORBIDDEN_ADDRESS, e.getMessage(), e);
            } catch (UnknownHostException e) {
                throw new FetchException(FetchFailure.INVALID_URL, "not an address: " + host, e);
            }
        }
        return uri;
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+");
    }

    private Hop exchange(URI uri, FetchRequest request, long cap, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(uri);
        }
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, request.accept());
        if (request.etag() != null) {
            get.setHeader(HttpHeaders.IF_NONE_MATCH, request.etag());
        }
        if (request.lastModified() != null) {
            get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, request.lastModified());
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> canceller = deadlines.schedule(
                () -> {
                    timedOut.set(true);
                    get.cancel();
                },
                remaining,
                TimeUnit.NANOSECONDS);
        try {
            return client.execute(get, response -> handle(get, uri, response, cap, deadline));
        } catch (Carrier carried) {
            throw carried.failure;
        } catch (IOException e) {
            throw classify(uri, e, timedOut.get());
        } catch (RuntimeException e) {
            if (timedOut.get()) {
                throw timeout(uri);
            }
            throw new FetchException(FetchFailure.CONNECTION, uri + ": " + e, e);
        } finally {
            canceller.cancel(false);
        }
    }

    private Hop handle(HttpGet get, URI uri, ClassicHttpResponse response, long cap, long deadline) throws IOException {
        int status = response.getCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            if (location == null || location.getValue().isBlank()) {
                throw carry(new FetchException(
                        FetchFailure.HTTP_STATUS, uri + " answered " + status + " without Location"));
            }
            return new Hop(status, null, null, null, null, location.getValue().strip());
        }
        if (status == 304) {
            return new Hop(
                    status,
                    new byte[0],
                    header(response, HttpHeaders.CONTENT_TYPE),
                    header(response, HttpHeaders.ETAG),
                    header(response, HttpHeaders.LAST_MODIFIED),
                    null);
        }
        if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(header(response, HttpHeaders.RETRY_AFTER), Instant.now());
            throw carry(new FetchException(
                    status == 429 ? FetchFailure.RATE_LIMITED : FetchFailure.UNAVAILABLE,
                    uri + " answered " + status
                            + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toSeconds() + "s"),
                    retryAfter,
                    null));
        }
        if (status >= 500) {
            throw carry(new FetchException(FetchFailure.UNAVAILABLE, uri + " answered " + status));
        }
        if (status < 200 || status >= 300) {
            throw carry(new FetchException(FetchFailure.HTTP_STATUS, uri + " answered " + status));
        }
        byte[] body = read(get, uri, response.getEntity(), cap, deadline);
        return new Hop(
                status,
                body,
                header(response, HttpHeaders.CONTENT_TYPE),
                header(response, HttpHeaders.ETAG),
                header(response, HttpHeaders.LAST_MODIFIED),
                null);
    }

    /** Reads the body, decompressed, stopping (and dropping the connection) at the first byte over the cap. */
    private byte[] read(HttpGet get, URI uri, HttpEntity entity, long cap, long deadline) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > cap) {
            get.cancel();
            throw carry(tooLarge(uri, cap, "Content-Length " + entity.getContentLength()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(Math.max(entity.getContentLength(), BUFFER), Math.min(cap, 1 << 20)));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (InputStream in = entity.getContent()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > cap) {
                    get.cancel();
                    throw carry(tooLarge(uri, cap, "more than " + cap + " bytes after decompression"));
                }
                out.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    get.cancel();
                    throw carry(timeout(uri));
                }
            }
        }
        return out.toByteArray();
    }

    private FetchException tooLarge(URI uri, long cap, String what) {
        return new FetchException(
                FetchFailure.TOO_LARGE, uri + ": body over the cap of " + cap + " bytes (" + what + ")");
    }

    private FetchException timeout(URI uri) {
        return new FetchException(
                FetchFailure.TIMEOUT,
                uri + ": no complete answer within the call time cap of "
                        + properties.callTimeout().toMillis() + " ms");
    }

    private FetchException classify(URI uri, IOException e, boolean timedOut) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ForbiddenAddressException) {
                return new FetchException(FetchFailure.FORBIDDEN_ADDRESS, t.getMessage(), e);
            }
        }
        if (timedOut) {
            return timeout(uri);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException(FetchFailure.UNKNOWN_HOST, uri.getHost() + " cannot be resolved", e);
        }
        if (e instanceof InterruptedIOException) {
            return new FetchException(FetchFailure.TIMEOUT, uri + ": " + e.getMessage(), e);
        }
        if (e instanceof ConnectionClosedException
                || e instanceof MalformedChunkCodingException
                || e instanceof EOFException) {
            return new FetchException(FetchFailure.TRUNCATED, uri + ": answer cut off (" + e.getMessage() + ")", e);
        }
        if (String.valueOf(e.getMessage()).contains("Content-Encoding")) {
            return new FetchException(FetchFailure.UNSUPPORTED_CONTENT, uri + ": " + e.getMessage(), e);
        }
        return new FetchException(FetchFailure.CONNECTION, uri + ": " + e, e);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private static Carrier carry(FetchException failure) {
        return new Carrier(failure);
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            log.debug("closing the HTTP client: {}", e.toString());
        }
    }

    /** One request's answer: a body, or a redirect's Location. */
    private record Hop(
            int status, byte[] body, String contentType, String etag, String lastModified, String location) {}

    /** Carries a {@link FetchException} out of the response handler, which may throw only I/O exceptions. */
    private static final class Carrier extends IOException {
        final FetchException failure;

        Carrier(FetchException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }
}
