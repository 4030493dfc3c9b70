package zonepulse.ingest.testing;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import zonepulse.ingest.fetch.FetchProperties;

/** Fetch settings for tests: short caps, fast retries. */
public final class TestFetch {
    private TestFetch() {}

    public static FetchProperties properties(List<String> allowedHosts) {
        return properties(allowedHosts, 3, Duration.ofMillis(10), Duration.ofSeconds(3));
    }

    public static FetchProperties properties(
            List<String> allowedHosts, int maxAttempts, Duration backoff, Duration maxRetryAfter) {
        return new FetchProperties(
                "zonepulse-test/1.0",
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                DataSize.ofKilobytes(256),
                3,
                allowedHosts,
                new FetchProperties.Retry(maxAttempts, backoff, 2.0, 0.5, Duration.ofMillis(200), maxRetryAfter),
                Duration.ofHours(1));
    }
}
