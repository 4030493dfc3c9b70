package zonepulse.ingest.fetch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest-service fetches over HTTP ({@code zonepulse.ingest.fetch.*}). Per-host rate limits, circuit breakers and
 * the bulkhead are Resilience4j instances configured under {@code resilience4j.*} (see ingest-service.yml).
 *
 * @param userAgent the User-Agent of every request; its first word is the robots.txt product token
 * @param connectTimeout the cap on opening a connection
 * @param readTimeout the cap on any wait for the next bytes
 * @param callTimeout the cap on a whole fetch, redirects and body included (catches slow-drip answers)
 * @param maxBodySize the largest body read, counted after decompression
 * @param maxRedirects how many redirects a fetch follows (each one vetted like the first request)
 * @param allowedHosts host names or literal addresses fetched without the address check, for sources inside the
 *     cluster (an RSSHub service); matched on the URL's host exactly, case-insensitive
 * @param retry retries of transient failures
 * @param robotsCacheTtl how long a host's robots.txt is kept
 */
@ConfigurationProperties(FetchProperties.PREFIX)
@Validated
public record FetchProperties(
        @NotBlank @DefaultValue("zonepulse-ingest/0.1 (+https://github.com/zonepulse/zonepulse)")
        String userAgent,

        @NotNull @DurationMin(millis = 1) @DefaultValue("5s")
        Duration connectTimeout,

        @NotNull @DurationMin(millis = 1) @DefaultValue("15s")
        Duration readTimeout,

        @NotNull @DurationMin(millis = 1) @DefaultValue("30s")
        Duration callTimeout,

        @NotNull @DefaultValue("10MB") DataSize maxBodySize,

        @Min(0) @Max(3) @DefaultValue("3") int maxRedirects,

        @NotNull @DefaultValue({}) List<@NotBlank String> allowedHosts,
        @NotNull @Valid @DefaultValue Retry retry,

        @NotNull @DurationMin(seconds = 0) @DefaultValue("1h")
        Duration robotsCacheTtl) {

    public static final String PREFIX = "zonepulse.ingest.fetch";

    /**
     * Retries of transient failures (timeouts, 5xx, 429, connection errors), with exponential backoff and jitter;
     * a Retry-After on 429 or 503 replaces the backoff when it is at most {@code maxRetryAfter}, and when it is longer
     * the host is left alone until then.
     *
     * @param maxAttempts attempts in all, the first one included
     * @param initialBackoff the wait before the second attempt
     * @param multiplier how much each wait grows
     * @param jitter the random share added or removed from each wait (0.5: ±50%)
     * @param maxBackoff the longest computed wait
     * @param maxRetryAfter the longest Retry-After waited for within one fetch
     */
    public record Retry(
            @Min(1) @Max(10) @DefaultValue("3") int maxAttempts,

            @NotNull @DurationMin(millis = 0) @DefaultValue("1s")
            Duration initialBackoff,

            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,

            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5")
            double jitter,

            @NotNull @DurationMin(millis = 0) @DefaultValue("30s")
            Duration maxBackoff,

            @NotNull @DurationMin(millis = 0) @DefaultValue("30s")
            Duration maxRetryAfter) {}

    @AssertTrue(message = "must be more than 0 bytes")
    boolean isMaxBodySize() {
        return maxBodySize == null || maxBodySize.toBytes() > 0;
    }

    /** The robots.txt product token: the User-Agent's first word, without its version. */
    public String robotsToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "zonepulse" : first;
    }
}
