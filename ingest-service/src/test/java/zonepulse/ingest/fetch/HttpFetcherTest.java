package zonepulse.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zonepulse.ingest.testing.ConnectionCounter;
import zonepulse.ingest.testing.FixtureServer;
import zonepulse.ingest.testing.TestFetch;

class HttpFetcherTest {
    private final FixtureServer server = new FixtureServer();
    private final ConnectionCounter listener = new ConnectionCounter();
    /** Allows the fixture server's host only, as an operator allows an in-cluster RSSHub. */
    private final HttpFetcher allowed =
            new HttpFetcher(TestFetch.properties(List.of("127.0.0.1")), HostResolver.SYSTEM);
    /** Allows nothing: every private address refused. */
    private final HttpFetcher strict = new HttpFetcher(TestFetch.properties(List.of()), HostResolver.SYSTEM);

    @AfterEach
    void close() {
        server.close();
        listener.close();
        allowed.close();
        strict.close();
    }

    @Test
    void anAllowedHostIsFetchedWithItsValidators() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT");
            FixtureServer.send(
                    exchange, 200, "application/rss+xml; charset=utf-8", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });

        FetchResponse response =
                allowed.fetch(FetchRequest.get(URI.create(server.url("/feed")), "application/rss+xml"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.charset()).isEqualTo("utf-8");
        assertThat(server.requests("/feed").get(0).header("User-Agent")).isEqualTo("zonepulse-test/1.0");
    }

    @Test
    void aConditionalGetAnsweredWith304HasNoBody() throws Exception {
        server.on("/feed", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            FixtureServer.send(
                    exchange, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : "<rss/>".getBytes());
        });

        FetchResponse response = allowed.fetch(FetchRequest.get(URI.create(server.url("/feed")), null)
                .conditional("\"v1\"", "Sun, 22 Nov 2026 10:00:00 GMT"));

        assertThat(response.notModified()).isTrue();
        assertThat(response.body()).isEmpty();
        assertThat(server.requests("/feed").get(0).header("If-Modified-Since"))
                .isEqualTo("Sun, 22 Nov 2026 10:00:00 GMT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:%d/",
                "http://localhost:%d/",
                "http://[::ffff:127.0.0.1]:%d/",
                "http://[::ffff:7f00:1]:%d/",
                "http://127.000.000.001:%d/",
                "http://2130706433:%d/",
                "http://0x7f000001:%d/",
                "http://127.1:%d/",
                "http://0.0.0.0:%d/",
                "http://[::]:%d/",
                "http://[::1]:%d/",
                "http://LOCALHOST.:%d/latest/meta-data/",
            })
    void loopbackInAnySpellingIsRefusedWithoutAConnection(String spelling) {
        String url = spelling.formatted(listener.port());

        FetchException e =
                catchThrowableOfType(FetchException.class, () -> strict.fetch(FetchRequest.get(URI.create(url), null)));

        assertThat(e).as(url).isNotNull();
        assertThat(e.failure())
                .as(url)
                .isIn(FetchFailure.FORBIDDEN_ADDRESS, FetchFailure.INVALID_URL, FetchFailure.UNKNOWN_HOST);
        assertThat(listener.connections())
                .as("connections to the listener after " + url)
                .isZero();
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedOnTheAddressItResolvedTo() {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        };
        try (HttpFetcher fetcher = new HttpFetcher(TestFetch.properties(List.of()), rebinding)) {
            FetchException e = catchThrowableOfType(
                    FetchException.class,
                    () -> fetcher.fetch(
                            FetchRequest.get(URI.create("http://news.example.com:" + listener.port() + "/"), null)));

            assertThat(e.failure()).isEqualTo(FetchFailure.FORBIDDEN_ADDRESS);
            assertThat(e.getMessage()).contains("news.example.com").contains("loopback");
        }
        assertThat(lookups)
                .as("one lookup, whose answer is the one vetted and connected to")
                .hasValue(1);
        assertThat(listener.connections()).isZero();
    }

    @Test
    void anAnswerMixingPublicAndPrivateAddressesIsRefusedWhole() throws Exception {
        HostResolver mixed = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}),
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})
        };
        GuardedDnsResolver dns = new GuardedDnsResolver(mixed, java.util.Set.of());

        assertThatThrownBy(() -> dns.resolve("mixed.example.com"))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void theResolverHandsTheClientExactlyTheAddressesItVetted() throws Exception {
        InetAddress[] answer = {
            InetAddress.getByAddress("public.example.com", new byte[] {93, (byte) 184, (byte) 216, 34})
        };
        GuardedDnsResolver dns = new GuardedDnsResolver(host -> answer, java.util.Set.of());

        assertThat(dns.resolve("public.example.com")).containsExactly(answer);
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedWithoutAConnection() {
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://localhost:" + listener.port() + "/internal");
            FixtureServer.send(exchange, 302, null, new byte[0]);
        });

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/moved")), null)));

        assertThat(e.failure()).isEqualTo(FetchFailure.FORBIDDEN_ADDRESS);
        assertThat(listener.connections()).isZero();
        assertThat(server.requests("/moved")).hasSize(1);
    }

    /** Regression: an allowed (internal) host skips the address check, so a public site could redirect into it. */
    @Test
    void aPublicHostCannotRedirectIntoAnAllowedInternalHost() {
        try (HttpFetcher fetcher =
                new HttpFetcher(TestFetch.properties(List.of("rsshub.zonepulse.svc")), HostResolver.SYSTEM)) {
            assertThat(fetcher.redirectAllowed(
                            URI.create("https://news.example.com/a"), URI.create("http://rsshub.zonepulse.svc/feed")))
                    .isFalse();
            assertThat(fetcher.redirectAllowed(
                            URI.create("http://rsshub.zonepulse.svc/old"),
                            URI.create("http://rsshub.zonepulse.svc/new")))
                    .isTrue();
            assertThat(fetcher.redirectAllowed(
                            URI.create("https://news.example.com/a"), URI.create("https://www.example.com/b")))
                    .as("public to public: the address check decides")
                    .isTrue();
        }
    }

    @Test
    void aRedirectToAMetadataAddressIsRefused() {
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            FixtureServer.send(exchange, 301, null, new byte[0]);
        });

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/moved")), null)));

        assertThat(e.failure()).isEqualTo(FetchFailure.FORBIDDEN_ADDRESS);
        assertThat(e.getMessage()).contains("169.254.169.254");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            FixtureServer.send(exchange, 302, null, new byte[0]);
        });

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/moved")), null)));

        assertThat(e.failure()).isEqualTo(FetchFailure.UNSUPPORTED_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "jar:file:/x.jar!/"})
    void onlyHttpAndHttpsAreFetched(String url) {
        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(url), null)));

        assertThat(e.failure()).isIn(FetchFailure.UNSUPPORTED_SCHEME, FetchFailure.INVALID_URL);
    }

    @Test
    void threeRedirectsAreFollowedAndAFourthIsNot() throws Exception {
        for (int i = 0; i < 4; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                FixtureServer.send(exchange, 302, null, new byte[0]);
            });
        }
        server.onText("/r3", "text/plain", "arrived");
        server.onText("/r4", "text/plain", "too far");

        FetchResponse response = allowed.fetch(FetchRequest.get(URI.create(server.url("/r0")), null));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
        assertThat(response.uri().getPath()).isEqualTo("/r3");

        server.on("/r3", exchange -> {
            exchange.getResponseHeaders().set("Location", "/r4");
            FixtureServer.send(exchange, 307, null, new byte[0]);
        });
        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/r0")), null)));
        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(server.requests("/r4")).isEmpty();
    }

    @Test
    void aGzipBombIsCutOffAtTheCapCountedAfterDecompression() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros); // 64 MB of zeros, about 64 KB on the wire
            }
        }
        byte[] bomb = compressed.toByteArray();
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureServer.send(exchange, 200, "text/html", bomb);
        });

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/bomb")), null)));

        assertThat(bomb.length).isLessThan(256 * 1024);
        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE);
        assertThat(e.getMessage()).contains("after decompression");
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        server.onBody("/big", "text/html", new byte[300 * 1024]);

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/big")), null)));

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE);
    }

    @Test
    void aSlowDripAnswerIsCutOffAtTheCallTimeCap() {
        server.on("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                sleep(100);
            }
        });
        long started = System.nanoTime();

        FetchException e = catchThrowableOfType(
                FetchException.class, () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/slow")), null)));

        assertThat(e.failure()).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aTruncatedAnswerIsATransientFailure() {
        server.on("/truncated", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write("<html>only the start".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            exchange.getHttpContext().getServer(); // then the exchange is closed mid-body
            throw new java.io.IOException("cut");
        });

        FetchException e = catchThrowableOfType(
                FetchException.class,
                () -> allowed.fetch(FetchRequest.get(URI.create(server.url("/truncated")), null)));

        assertThat(e.failure()).isIn(FetchFailure.TRUNCATED, FetchFailure.CONNECTION);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void retryAfterIsReadInSecondsAndAsADate() {
        java.time.Instant now = java.time.Instant.parse("2026-11-22T10:00:00Z");
        assertThat(HttpFetcher.retryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpFetcher.retryAfter("Sun, 22 Nov 2026 10:01:00 GMT", now)).isEqualTo(Duration.ofMinutes(1));
        assertThat(HttpFetcher.retryAfter("soon", now)).isNull();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
