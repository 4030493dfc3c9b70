package zonepulse.ingest.publishing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How sources publish ({@code zonepulse.ingest.publishing.*}). A poll (of the drop folder, of a feed) sends its
 * articles without waiting for the broker, up to both bounds at once; it waits for one to finish (acknowledged and
 * recorded in the ledger, or failed) before it sends another.
 *
 * @param maxInFlight how many articles one poll may have in flight. More keeps the producer's batches full
 * @param maxInFlightSize how much text one poll may have in flight, counted as it is held in memory (2 bytes a
 *     character): what keeps a folder of large files from holding many of them at once. An article larger than this
 *     is sent alone, once nothing else is in flight
 */
@ConfigurationProperties(PublishingProperties.PREFIX)
@Validated
public record PublishingProperties(
        @Min(1) @Max(4096) @DefaultValue("64") int maxInFlight,
        @NotNull @DefaultValue("64MB") DataSize maxInFlightSize) {

    public static final String PREFIX = "zonepulse.ingest.publishing";

    /** The bounds in the units a poll counts them in: the size in KiB, so that it fits a semaphore's permits. */
    public int maxInFlightKibibytes() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxInFlightSize.toKilobytes()));
    }

    @AssertTrue(message = "must be at least 1KB")
    boolean isMaxInFlightSize() {
        return maxInFlightSize == null || maxInFlightSize.toKilobytes() >= 1;
    }
}
