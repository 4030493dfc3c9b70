package zonepulse.ingest.push;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.Ids;
import zonepulse.events.SourceType;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.TextDecoder;
import zonepulse.ingest.fetch.FetchException;
import zonepulse.ingest.fetch.FetchResponse;
import zonepulse.ingest.fetch.UrlCanonicalizer;
import zonepulse.ingest.page.PageFetcher;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

/**
 * {@code POST /api/articles}: other systems push articles, operators submit URLs.
 *
 * <ul>
 *   <li>{@code application/json}: {@code {url, title, publishedAt, content, author, categories, mediaType}}; with a
 *       url and no content, the page is fetched (robots.txt and rate limits honoured);
 *   <li>{@code text/html} or {@code text/plain}: the body is the article (its charset from Content-Type, else
 *       detected); metadata in {@code X-Article-Url}, {@code X-Article-Title}, {@code X-Article-Published-At},
 *       {@code X-Article-Author}, {@code X-Article-Categories} (comma-separated), percent-encoded UTF-8.
 * </ul>
 *
 * Answers 202 with {@code articleId}: the canonical URL's id, or without a URL the content's. Idempotent: the same
 * content twice gives the same id and one publication. 401 without a configured API key, 413 over the size cap, 400
 * for bad input (recorded in the ledger), 422 for a page that may not or cannot be had (robots.txt disallows it, it
 * is not HTML or text), 503 with Retry-After while Kafka or MongoDB is unavailable, or while a submitted page's host
 * or its robots.txt cannot be reached (recorded in the ledger as retryable).
 */
@RestController
class ArticlePushController {
    private static final Logger log = LoggerFactory.getLogger(ArticlePushController.class);
    static final String SOURCE = "push";
    static final String API_KEY_HEADER = "X-API-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z!/]");
    private static final List<String> MEDIA_TYPES = List.of("text/html", "text/plain", "text/markdown");
    /** Retry-After of a page that failed for now without saying when to come back. */
    private static final Duration PAGE_RETRY_AFTER = Duration.ofSeconds(30);

    private final PushProperties properties;
    private final ArticleIngester ingester;
    private final PageFetcher pages;
    private final SourceMetrics metrics;
    private final SourceStatusBoard board;
    private final List<byte[]> keyDigests;

    ArticlePushController(
            PushProperties properties,
            ArticleIngester ingester,
            PageFetcher pages,
            SourceMetrics metrics,
            SourceStatusBoard board) {
        board.register(SOURCE, "push", null, null);
        this.board = board;
        this.properties = properties;
        this.ingester = ingester;
        this.pages = pages;
        this.metrics = metrics;
        this.keyDigests =
                properties.apiKeys().stream().map(ArticlePushController::digest).toList();
    }

    @PostMapping("/api/articles")
    ResponseEntity<Map<String, Object>> push(HttpServletRequest request) {
        if (!authorised(request)) {
            log.warn("push refused from {}: no valid API key", request.getRemoteAddr());
            metrics.itemFailed(SOURCE, "unauthorised");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + API_KEY_HEADER + "\"")
                    .body(error(
                            keyDigests.isEmpty()
                                    ? "push is disabled: no API key configured (zonepulse.ingest.push.api-keys)"
                                    : "a valid API key is required (" + API_KEY_HEADER + " or Authorization: Bearer)"));
        }
        try {
            ArticleIngester.Candidate candidate = candidateOf(request);
            ArticleIngester.Result result;
            try {
                result = ingester.ingest(candidate);
            } catch (RuntimeException e) {
                log.warn(
                        "push of {} not published, Kafka or MongoDB unavailable: {}",
                        candidate.canonicalUri(),
                        e.toString());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "10")
                        .body(error("Kafka or MongoDB unavailable, nothing was published; retry later"));
            }
            if (result.refused()) {
                board.polled(SOURCE, "refused", result.refusal());
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(error(result.refusal()));
            }
            board.polled(SOURCE, result.published() ? "ok" : "unchanged", null);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("articleId", result.articleId());
            body.put("contentHash", result.contentHash());
            body.put("status", result.published() ? "published" : "unchanged");
            body.put("uri", candidate.canonicalUri());
            if (result.clusterId() != null) {
                body.put("clusterId", result.clusterId());
            }
            if (result.duplicateOf() != null) {
                body.put("duplicateOf", result.duplicateOf());
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        } catch (PushRefusedException e) {
            if (e.canonicalUri() != null) {
                try {
                    if (e.isRetryable()) {
                        ingester.retryLater(SOURCE, SourceType.HTTP, e.canonicalUri(), e.getMessage());
                    } else {
                        ingester.refuse(SOURCE, SourceType.HTTP, e.canonicalUri(), e.getMessage());
                    }
                } catch (RuntimeException outage) {
                    log.warn("push refusal not recorded in the ledger ({}): {}", outage.toString(), e.getMessage());
                }
            } else {
                log.warn("push refused: {}", e.getMessage());
                metrics.itemFailed(SOURCE, SourceMetrics.codeOf(e.getMessage()));
            }
            board.polled(SOURCE, e.isRetryable() ? "retryable" : "refused", e.getMessage());
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
            if (e.isRetryable()) {
                answer.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(e.retryAfter())));
            }
            return answer.body(error(e.getMessage()));
        }
    }

    private ArticleIngester.Candidate candidateOf(HttpServletRequest request) throws PushRefusedException {
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        String mediaType = FetchResponseMediaType.of(contentType);
        byte[] body = readBody(request);
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            return fromJson(body);
        }
        if (mediaType.equals("text/html") || mediaType.equals("text/plain") || mediaType.equals("text/markdown")) {
            return fromRaw(request, body, mediaType, FetchResponse.charsetOf(contentType));
        }
        throw new PushRefusedException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type: send application/json, text/html or text/plain, not '" + contentType + "'",
                null);
    }

    private ArticleIngester.Candidate fromJson(byte[] body) throws PushRefusedException {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "bad-json: " + e.getOriginalMessage(), null);
        }
        if (json == null || !json.isObject()) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "bad-json: a JSON object is expected", null);
        }
        String url = text(json, "url");
        String content = text(json, "content");
        String uri = canonicalUri(url, content);
        Instant publishedAt = instant(text(json, "publishedAt"), uri);
        List<String> categories = new ArrayList<>();
        json.path("categories").forEach(c -> {
            if (c.isString() && !c.asString().isBlank()) {
                categories.add(c.asString().strip());
            }
        });
        String mediaType = text(json, "mediaType");
        if (content == null) {
            if (url == null) {
                throw new PushRefusedException(HttpStatus.BAD_REQUEST, "empty: neither content nor url", null);
            }
            PageFetcher.Page page = fetchPage(url, uri);
            content = page.text();
            mediaType = page.mediaType();
        }
        if (mediaType == null) {
            mediaType = HTML_TAG.matcher(content).find() ? "text/html" : "text/plain";
        } else if (!MEDIA_TYPES.contains(mediaType)) {
            throw new PushRefusedException(
                    HttpStatus.BAD_REQUEST, "bad-media-type: mediaType must be one of " + MEDIA_TYPES, uri);
        }
        ArticleMetadata metadata = new ArticleMetadata(
                text(json, "title"), publishedAt, text(json, "author"), categories, url, null, null);
        return new ArticleIngester.Candidate(SOURCE, SourceType.HTTP, uri, null, mediaType, content, metadata);
    }

    private ArticleIngester.Candidate fromRaw(HttpServletRequest request, byte[] body, String mediaType, String charset)
            throws PushRefusedException {
        String url = header(request, "X-Article-Url");
        String provisional = url != null ? safeCanonical(url) : "urn:zonepulse:push:bytes:" + Ids.sha256Hex(body);
        String content;
        try {
            content = TextDecoder.decode(body, charset).text();
        } catch (ExtractionException e) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "undecodable: " + e.getMessage(), provisional);
        }
        if (content.isBlank()) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "empty: no text but white space", provisional);
        }
        String uri = canonicalUri(url, content);
        String categories = header(request, "X-Article-Categories");
        ArticleMetadata metadata = new ArticleMetadata(
                header(request, "X-Article-Title"),
                instant(header(request, "X-Article-Published-At"), uri),
                header(request, "X-Article-Author"),
                categories == null
                        ? List.of()
                        : List.of(categories.split(",")).stream()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                url,
                null,
                null);
        return new ArticleIngester.Candidate(SOURCE, SourceType.HTTP, uri, null, mediaType, content, metadata);
    }

    private PageFetcher.Page fetchPage(String url, String uri) throws PushRefusedException {
        try {
            return pages.fetch(URI.create(uri));
        } catch (FetchException e) {
            if (e.isTransient()) {
                // the host, or its robots.txt, is unreachable for now: the pusher may try again, nothing is refused
                throw new PushRefusedException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "page " + e.reason(),
                        uri,
                        e.retryAfter() == null ? PAGE_RETRY_AFTER : e.retryAfter());
            }
            throw new PushRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "page " + e.reason(), uri);
        }
    }

    /** Whole seconds, at least one: what Retry-After can say. */
    private static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The canonical URL, or for an article without one a URN of its content, so the same content gets the same id. */
    private static String canonicalUri(String url, String content) throws PushRefusedException {
        if (url != null) {
            try {
                String canonical = UrlCanonicalizer.canonical(url);
                String scheme = canonical.substring(0, canonical.indexOf(':'));
                if (scheme.equals("http") || scheme.equals("https")) {
                    return canonical;
                }
            } catch (IllegalArgumentException e) {
                // refused below
            }
            throw new PushRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-url: url must be an absolute http or https URL, not '" + url + "'",
                    null);
        }
        if (content == null || content.isBlank()) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "empty: no content", null);
        }
        return "urn:zonepulse:push:" + Ids.sha256Hex(content);
    }

    private static String safeCanonical(String url) throws PushRefusedException {
        return canonicalUri(url, null);
    }

    private static Instant instant(String value, String uri) throws PushRefusedException {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new PushRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "bad-date: publishedAt must be ISO-8601 with an offset, not '" + value + "'",
                    uri);
        }
    }

    private byte[] readBody(HttpServletRequest request) throws PushRefusedException {
        long cap = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > cap) {
            throw new PushRefusedException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(cap), null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > cap) {
                    throw new PushRefusedException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(cap), null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new PushRefusedException(HttpStatus.BAD_REQUEST, "unreadable: " + e.getMessage(), null);
        }
        return out.toByteArray();
    }

    private static String tooLarge(long cap) {
        return "too-large: the body is over the limit of " + cap + " bytes (zonepulse.ingest.push.max-body-size)";
    }

    private boolean authorised(HttpServletRequest request) {
        if (keyDigests.isEmpty()) {
            return false;
        }
        String key = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (key == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7).strip();
        }
        if (key == null || key.isBlank()) {
            return false;
        }
        byte[] presented = digest(key.strip());
        boolean match = false;
        for (byte[] digest : keyDigests) {
            match |= MessageDigest.isEqual(digest, presented); // constant time, every key compared
        }
        return match;
    }

    private static byte[] digest(String key) {
        return Ids.sha256Hex(key).getBytes(StandardCharsets.US_ASCII);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IllegalArgumentException e) {
            return value.strip();
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    /** The media type of a Content-Type without its parameters, lower-case. */
    private static final class FetchResponseMediaType {
        static String of(String contentType) {
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                    .strip()
                    .toLowerCase(Locale.ROOT);
        }
    }
}
