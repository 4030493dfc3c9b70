package zonepulse.ingest.publishing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sources publish ({@code zonepulse.ingest.publishing.*}).
 *
 * @param maxInFlight how many articles one poll (of the drop folder, of a feed) may have sent and not yet seen
 *     acknowledged and recorded in the ledger; the poll waits for one to finish before it sends another. More keeps
 *     the producer's batches full; each one in flight holds its article in memory (the producer's
 *     {@code buffer.memory} bounds the bytes as well)
 */
@ConfigurationProperties(PublishingProperties.PREFIX)
@Validated
public record PublishingProperties(
        @Min(1) @Max(4096) @DefaultValue("64") int maxInFlight) {
    public static final String PREFIX = "zonepulse.ingest.publishing";
}
