package zonepulse.ingest.fetch;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches as a site operator would want: per host a rate limiter, a circuit breaker (one dead site does not slow the
 * others) and retries of transient failures with exponential backoff and jitter, honouring Retry-After on 429 and
 * 503; a bulkhead caps the fetches in flight; pages are fetched only where the host's robots.txt allows. A host that
 * asked for a pause longer than a fetch may wait is left alone until then: no request is sent to it meanwhile.
 *
 * <p>Resilience4j instances: rate limiter and circuit breaker {@code fetch:<host>} from the configs named
 * {@value #HOST_CONFIG}, bulkhead {@value #BULKHEAD}; retries {@code fetch:<host>} built from
 * {@code zonepulse.ingest.fetch.retry}.
 */
public class PoliteFetcher {
    private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);
    /** The name of the per-host rate limiter and circuit breaker configs under {@code resilience4j.*.configs}. */
    public static final String HOST_CONFIG = "fetch-host";
    /** The bulkhead instance capping concurrent fetches. */
    public static final String BULKHEAD = "fetch";

    static final long MAX_ROBOTS_SIZE = 512 * 1024;
    private static final Duration ROBOTS_UNREACHABLE_TTL = Duration.ofMinutes(1);

    private final HttpFetcher http;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry rateLimiters;
    private final RetryRegistry retries;
    private final Bulkhead bulkhead;
    private final Clock clock;
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

    public PoliteFetcher(
            HttpFetcher http,
            CircuitBreakerRegistry breakers,
            RateLimiterRegistry rateLimiters,
            RetryRegistry retries,
            Bulkhead bulkhead,
            Clock clock) {
        this.http = http;
        this.breakers = breakers;
        this.rateLimiters = rateLimiters;
        this.retries = retries;
        this.bulkhead = bulkhead;
        this.clock = clock;
    }

    /** A fetch of a configured source (a feed): no robots.txt check, the operator chose to fetch it. */
    public FetchResponse fetch(FetchRequest request) throws FetchException {
        String host = hostOf(request.uri());
        Instant until = pausedUntil.get(host);
        if (until != null) {
            if (clock.instant().isBefore(until)) {
                throw new FetchException(
                        FetchFailure.RATE_LIMITED,
                        host + " asked to be left alone until " + until + " (Retry-After); not requested",
                        Duration.between(clock.instant(), until),
                        null);
            }
            pausedUntil.remove(host, until);
        }
        CheckedSupplier<FetchResponse> call = () -> http.fetch(request);
        call = Bulkhead.decorateCheckedSupplier(bulkhead, call);
        call = RateLimiter.decorateCheckedSupplier(rateLimiter(host), call);
        call = CircuitBreaker.decorateCheckedSupplier(breaker(host), call);
        call = Retry.decorateCheckedSupplier(retry(host), call);
        try {
            return call.get();
        } catch (FetchException e) {
            Duration retryAfter = e.retryAfter();
            if (retryAfter != null
                    && retryAfter.compareTo(http.properties().retry().maxRetryAfter()) > 0) {
                Instant resume = clock.instant().plus(retryAfter);
                pausedUntil.merge(host, resume, (a, b) -> a.isAfter(b) ? a : b);
                log.warn(
                        "{} asked for a pause of {}s: no request to it before {}",
                        host,
                        retryAfter.toSeconds(),
                        resume);
            }
            throw e;
        } catch (CallNotPermittedException e) {
            throw new FetchException(
                    FetchFailure.CIRCUIT_OPEN, "circuit breaker of " + host + " is open; not requested", e);
        } catch (BulkheadFullException e) {
            throw new FetchException(FetchFailure.BULKHEAD_FULL, "too many fetches in flight; not requested", e);
        } catch (RequestNotPermitted e) {
            throw new FetchException(FetchFailure.RATE_LIMITED, "rate limit of " + host + " reached; not requested", e);
        } catch (RuntimeException e) {
            throw new FetchException(FetchFailure.CONNECTION, request.uri() + ": " + e, e);
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new FetchException(FetchFailure.CONNECTION, request.uri() + ": " + e, e);
        }
    }

    /**
     * A page fetch: refused without a request when the host's robots.txt disallows the URL for zonepulse; failed as
     * transient, with the time left before it is asked again, while that robots.txt is unreachable.
     */
    public FetchResponse fetchPage(FetchRequest request) throws FetchException {
        if (!robotsRules(request.uri()).allows(request.uri())) {
            throw new FetchException(
                    FetchFailure.ROBOTS_DISALLOWED,
                    "robots.txt of " + request.uri().getHost() + " disallows " + request.uri());
        }
        return fetch(request);
    }

    /** The robots.txt rules for the URL's origin, fetched at most once per TTL. */
    RobotsRules robotsRules(URI uri) throws FetchException {
        String origin = originOf(uri);
        CachedRobots cached = robots.get(origin);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.rulesOrUnreachable(origin, now);
        }
        RobotsRules rules;
        Duration ttl = http.properties().robotsCacheTtl();
        try {
            FetchResponse response = fetch(
                    new FetchRequest(URI.create(origin + "/robots.txt"), null, null, "text/plain", MAX_ROBOTS_SIZE));
            rules = RobotsRules.parse(response.body(), http.properties().robotsToken());
        } catch (FetchException e) {
            switch (e.failure()) {
                case HTTP_STATUS, TOO_MANY_REDIRECTS, TOO_LARGE -> rules = RobotsRules.ALLOW_ALL; // RFC 9309 2.3.1.3
                case FORBIDDEN_ADDRESS, INVALID_URL, UNSUPPORTED_SCHEME -> throw e;
                default -> {
                    // unreachable: RFC 9309 2.3.1.4, complete disallow for now, ask again soon. A transient failure,
                    // not a disallow: a URL submitted now is answered "try later", not refused (issue 12)
                    log.info(
                            "robots.txt of {} unreachable ({}): its pages are not fetched for now", origin, e.reason());
                    CachedRobots unreachable = new CachedRobots(null, e, now.plus(ROBOTS_UNREACHABLE_TTL));
                    robots.put(origin, unreachable);
                    return unreachable.rulesOrUnreachable(origin, now);
                }
            }
        }
        robots.put(origin, new CachedRobots(rules, null, now.plus(ttl)));
        return rules;
    }

    /** An origin's robots.txt rules, or why it could not be read (then {@code rules} is null), until it expires. */
    private record CachedRobots(RobotsRules rules, FetchException unreachable, Instant expires) {
        RobotsRules rulesOrUnreachable(String origin, Instant now) throws FetchException {
            if (unreachable == null) {
                return rules;
            }
            throw new FetchException(
                    unreachable.isTransient() ? unreachable.failure() : FetchFailure.UNAVAILABLE,
                    "robots.txt of " + origin + " unreachable (" + unreachable.reason() + "): its pages are not"
                            + " fetched for now",
                    Duration.between(now, expires),
                    unreachable);
        }
    }

    private CircuitBreaker breaker(String host) {
        String name = "fetch:" + host;
        return breakers.find(name).orElseGet(() -> {
            CircuitBreakerConfig base = breakers.getConfiguration(HOST_CONFIG).orElse(breakers.getDefaultConfig());
            CircuitBreakerConfig config = CircuitBreakerConfig.from(base)
                    .recordException(e -> e instanceof FetchException f && f.isTransient())
                    .build();
            return breakers.circuitBreaker(name, config);
        });
    }

    private RateLimiter rateLimiter(String host) {
        String name = "fetch:" + host;
        return rateLimiters
                .find(name)
                .orElseGet(() -> rateLimiters.rateLimiter(
                        name, rateLimiters.getConfiguration(HOST_CONFIG).orElse(rateLimiters.getDefaultConfig())));
    }

    private Retry retry(String host) {
        String name = "fetch:" + host;
        return retries.find(name).orElseGet(() -> {
            Retry retry = retries.retry(name, retryConfig());
            retry.getEventPublisher()
                    .onRetry(event -> log.warn(
                            "fetch from {} failed ({}), attempt {} of {} in {} ms",
                            host,
                            event.getLastThrowable() == null
                                    ? "?"
                                    : event.getLastThrowable().getMessage(),
                            event.getNumberOfRetryAttempts() + 1,
                            http.properties().retry().maxAttempts(),
                            event.getWaitInterval().toMillis()));
            return retry;
        });
    }

    private RetryConfig retryConfig() {
        FetchProperties.Retry settings = http.properties().retry();
        return RetryConfig.<FetchResponse>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(e -> e instanceof FetchException f
                        && f.isTransient()
                        && f.failure() != FetchFailure.CIRCUIT_OPEN
                        && f.failure() != FetchFailure.BULKHEAD_FULL
                        && (f.retryAfter() == null || f.retryAfter().compareTo(settings.maxRetryAfter()) <= 0))
                .intervalBiFunction((Integer attempt, Either<Throwable, FetchResponse> outcome) ->
                        waitMillis(settings, attempt, outcome))
                .build();
    }

    /** Retry-After when the server gave one, else exponential backoff with jitter. */
    static long waitMillis(FetchProperties.Retry settings, int attempt, Either<Throwable, ?> outcome) {
        if (outcome != null
                && outcome.isLeft()
                && outcome.getLeft() instanceof FetchException f
                && f.retryAfter() != null) {
            return f.retryAfter().toMillis();
        }
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.multiplier(), Math.max(0, attempt - 1));
        base = Math.min(base, settings.maxBackoff().toMillis());
        double jitter = settings.jitter();
        double factor = 1 - jitter + ThreadLocalRandom.current().nextDouble() * 2 * jitter;
        return Math.max(0, Math.round(base * factor));
    }

    static String hostOf(URI uri) {
        return uri.getHost() == null ? "" : GuardedDnsResolver.normalise(uri.getHost());
    }

    private static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }
}
