package zonepulse.store.readapi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the read API v1 ({@code zonepulse.store.api.*}).
 *
 * @param defaultLimit page size when a request gives no {@code limit}
 * @param maxLimit the largest {@code limit} a request may ask for
 * @param timeZone the zone whose calendar decides whether an expected date has passed (the articles' own: China)
 * @param retryAfter what a 503 tells the client to wait while MongoDB is unavailable
 */
@Validated
@ConfigurationProperties("zonepulse.store.api")
public record ReadApiProperties(
        @Min(1) @Max(10_000) Integer defaultLimit,
        @Min(1) @Max(10_000) Integer maxLimit,
        @NotNull ZoneId timeZone,
        @NotNull Duration retryAfter) {

    public ReadApiProperties {
        defaultLimit = defaultLimit == null ? 50 : defaultLimit;
        maxLimit = maxLimit == null ? 500 : maxLimit;
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        if (defaultLimit > maxLimit) {
            throw new IllegalArgumentException("zonepulse.store.api.default-limit (" + defaultLimit
                    + ") must not exceed zonepulse.store.api.max-limit (" + maxLimit + ")");
        }
    }
}
