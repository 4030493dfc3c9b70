package zonepulse.ingest.testing;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;
import zonepulse.ingest.dedup.DedupProperties;
import zonepulse.ingest.dedup.NearDuplicates;
import zonepulse.ingest.fetch.HostResolver;
import zonepulse.ingest.fetch.HttpFetcher;
import zonepulse.ingest.fetch.PoliteFetcher;
import zonepulse.ingest.page.PageFetcher;
import zonepulse.ingest.publishing.PublishingProperties;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

/**
 * The sources' collaborators wired by hand around an in-memory ledger and a recording publisher. Names other than
 * 127.0.0.1 and localhost do not resolve, so no test can reach beyond the machine (a feed item's link to a real site
 * fails as an unknown host).
 */
public final class Sources implements AutoCloseable {
    public static final HostResolver LOCAL_ONLY = host -> {
        if (host.equals("127.0.0.1") || host.equals("localhost")) {
            return java.net.InetAddress.getAllByName(host);
        }
        throw new java.net.UnknownHostException(host + " (tests resolve 127.0.0.1 and localhost only)");
    };

    public final InMemoryLedger ledger = new InMemoryLedger();
    public final RecordingPublisher publisher = new RecordingPublisher();
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final SourceMetrics metrics = new SourceMetrics(meters);
    public final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    public final SourceStatusBoard board = new SourceStatusBoard(breakers, Clock.systemUTC());
    public final HttpFetcher http = new HttpFetcher(TestFetch.properties(List.of("127.0.0.1")), LOCAL_ONLY);
    public final PoliteFetcher fetcher = new PoliteFetcher(
            http,
            breakers,
            RateLimiterRegistry.of(Map.of(
                    PoliteFetcher.HOST_CONFIG,
                    RateLimiterConfig.custom()
                            .limitForPeriod(100)
                            .limitRefreshPeriod(Duration.ofMillis(100))
                            .timeoutDuration(Duration.ofSeconds(5))
                            .build())),
            RetryRegistry.ofDefaults(),
            Bulkhead.ofDefaults("fetch"),
            Clock.systemUTC());
    public final PageFetcher pages = new PageFetcher(fetcher);
    public final ArticleIngester ingester = new ArticleIngester(
            ledger,
            publisher,
            new NearDuplicates(new DedupProperties(true, 3, 20, 1000)),
            metrics,
            board,
            breakers,
            Clock.systemUTC(),
            new PublishingProperties(8, DataSize.ofMegabytes(64)));

    public double count(String name, String... tags) {
        var search = meters.find(name).tags(tags);
        return search.counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        http.close();
    }
}
