package zonepulse.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zonepulse.ingest.testing.FixtureServer;
import zonepulse.ingest.testing.TestFetch;

class PoliteFetcherTest {
    private final FixtureServer server = new FixtureServer();
    private HttpFetcher http;

    @AfterEach
    void close() {
        server.close();
        if (http != null) {
            http.close();
        }
    }

    private PoliteFetcher fetcher(int maxAttempts, Duration maxRetryAfter, Duration ratePeriod) {
        http = new HttpFetcher(
                TestFetch.properties(
                        List.of("127.0.0.1", "localhost"), maxAttempts, Duration.ofMillis(10), maxRetryAfter),
                HostResolver.SYSTEM);
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(Map.of(
                PoliteFetcher.HOST_CONFIG,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(4)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .build()));
        RateLimiterRegistry limiters = RateLimiterRegistry.of(Map.of(
                PoliteFetcher.HOST_CONFIG,
                RateLimiterConfig.custom()
                        .limitForPeriod(1)
                        .limitRefreshPeriod(ratePeriod)
                        .timeoutDuration(Duration.ofSeconds(5))
                        .build()));
        return new PoliteFetcher(
                http,
                breakers,
                limiters,
                RetryRegistry.ofDefaults(),
                Bulkhead.of(
                        "fetch", BulkheadConfig.custom().maxConcurrentCalls(2).build()),
                Clock.systemUTC());
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheTimeTheHostAskedFor() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/feed", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                FixtureServer.send(exchange, 429, "text/plain", "slow down".getBytes());
            } else {
                FixtureServer.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes());
            }
        });
        PoliteFetcher fetcher = fetcher(3, Duration.ofSeconds(5), Duration.ofMillis(1));

        FetchResponse response = fetcher.fetch(FetchRequest.get(URI.create(server.url("/feed")), null));

        assertThat(response.status()).isEqualTo(200);
        List<FixtureServer.Request> requests = server.requests("/feed");
        assertThat(requests).hasSize(2);
        assertThat(Duration.ofNanos(requests.get(1).atNanos() - requests.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void a503WithALongRetryAfterIsNotRetriedAndTheHostIsLeftAloneUntilThen() {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            FixtureServer.send(exchange, 503, "text/plain", "maintenance".getBytes());
        });
        PoliteFetcher fetcher = fetcher(3, Duration.ofSeconds(2), Duration.ofMillis(1));

        FetchException first = catchThrowableOfType(
                FetchException.class, () -> fetcher.fetch(FetchRequest.get(URI.create(server.url("/feed")), null)));
        FetchException second = catchThrowableOfType(
                FetchException.class, () -> fetcher.fetch(FetchRequest.get(URI.create(server.url("/other")), null)));

        assertThat(first.failure()).isEqualTo(FetchFailure.UNAVAILABLE);
        assertThat(first.retryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(second.failure()).isEqualTo(FetchFailure.RATE_LIMITED);
        assertThat(server.requests())
                .as("one request, not retried, nothing sent during the pause")
                .hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenOpenTheHostsBreakerWithoutSlowingOtherHosts() throws Exception {
        server.on("/down", exchange -> FixtureServer.send(exchange, 500, "text/plain", "boom".getBytes()));
        server.onText("/up", "text/plain", "fine");
        PoliteFetcher fetcher = fetcher(2, Duration.ofSeconds(2), Duration.ofMillis(1));
        URI down = URI.create(server.url("/down"));

        FetchException e =
                catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.get(down, null)));
        assertThat(e.failure()).isEqualTo(FetchFailure.UNAVAILABLE);
        assertThat(server.requests("/down")).as("two attempts").hasSize(2);

        catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.get(down, null)));
        FetchException open =
                catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.get(down, null)));

        assertThat(open.failure()).isEqualTo(FetchFailure.CIRCUIT_OPEN);
        assertThat(server.requests("/down")).as("nothing sent while open").hasSize(4);
        // the same server under another host name has its own breaker
        FetchResponse other =
                fetcher.fetch(FetchRequest.get(URI.create("http://localhost:" + server.port() + "/up"), null));
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).isEqualTo("fine");
    }

    @Test
    void aClientErrorIsNeitherRetriedNorCountedAgainstTheHost() {
        PoliteFetcher fetcher = fetcher(3, Duration.ofSeconds(2), Duration.ofMillis(1));
        for (int i = 0; i < 6; i++) {
            FetchException e = catchThrowableOfType(
                    FetchException.class,
                    () -> fetcher.fetch(FetchRequest.get(URI.create(server.url("/missing")), null)));
            assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        }
        assertThat(server.requests("/missing")).hasSize(6);
    }

    @Test
    void requestsToOneHostAreSpacedByItsRateLimit() throws Exception {
        server.onText("/page", "text/plain", "ok");
        PoliteFetcher fetcher = fetcher(1, Duration.ofSeconds(2), Duration.ofMillis(200));

        for (int i = 0; i < 3; i++) {
            fetcher.fetch(FetchRequest.get(URI.create(server.url("/page")), null));
        }

        List<FixtureServer.Request> requests = server.requests("/page");
        assertThat(Duration.ofNanos(requests.get(2).atNanos() - requests.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void pagesDisallowedByRobotsTxtAreNotRequested() throws Exception {
        server.onText("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: zonepulse-test
                Disallow: /private/
                Allow: /private/open$
                """);
        server.onText("/news/1.html", "text/html", "<p>news</p>");
        server.onText("/private/open", "text/html", "<p>open</p>");
        PoliteFetcher fetcher = fetcher(1, Duration.ofSeconds(2), Duration.ofMillis(1));

        FetchException e = catchThrowableOfType(
                FetchException.class,
                () -> fetcher.fetchPage(FetchRequest.get(URI.create(server.url("/private/secret.html")), null)));
        FetchResponse news = fetcher.fetchPage(FetchRequest.get(URI.create(server.url("/news/1.html")), null));
        FetchResponse open = fetcher.fetchPage(FetchRequest.get(URI.create(server.url("/private/open")), null));

        assertThat(e.failure()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
        assertThat(news.status()).isEqualTo(200);
        assertThat(open.status()).isEqualTo(200);
        assertThat(server.requests("/private/secret.html")).isEmpty();
        assertThat(server.requests("/robots.txt"))
                .as("robots.txt fetched once per host")
                .hasSize(1);
    }

    @Test
    void noRobotsTxtAllowsEverything() throws Exception {
        server.onText("/a.html", "text/html", "<p>a</p>");
        PoliteFetcher fetcher = fetcher(1, Duration.ofSeconds(2), Duration.ofMillis(1));

        assertThat(fetcher.fetchPage(FetchRequest.get(URI.create(server.url("/a.html")), null))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theBulkheadCapsFetchesInFlight() throws Exception {
        server.on("/slow", exchange -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(exchange, 200, "text/plain", "done".getBytes());
        });
        PoliteFetcher fetcher = fetcher(1, Duration.ofSeconds(2), Duration.ofMillis(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<FetchFailure>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        fetcher.fetch(FetchRequest.get(URI.create(server.url("/slow")), null));
                        return null;
                    } catch (FetchException e) {
                        return e.failure();
                    }
                }));
            }
            List<FetchFailure> failures = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                failures.add(outcome.get());
            }
            assertThat(failures).containsOnlyOnce(FetchFailure.BULKHEAD_FULL);
            assertThat(server.requests("/slow")).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void backoffGrowsAndStaysWithinItsJitter() {
        FetchProperties.Retry retry = new FetchProperties.Retry(
                5, Duration.ofMillis(100), 2.0, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(30));
        for (int i = 0; i < 50; i++) {
            assertThat(PoliteFetcher.waitMillis(retry, 1, null)).isBetween(50L, 150L);
            assertThat(PoliteFetcher.waitMillis(retry, 3, null)).isBetween(200L, 600L);
        }
    }
}
