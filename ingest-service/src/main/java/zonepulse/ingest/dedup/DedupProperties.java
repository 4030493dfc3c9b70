package zonepulse.ingest.dedup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Near-duplicate clustering ({@code zonepulse.ingest.dedup.*}).
 *
 * @param enabled whether articles get a SimHash and a cluster id
 * @param maxDistance the largest Hamming distance between two fingerprints of the same story (of 64 bits); the same
 *     story with different boilerplate is typically 2-6 bits apart, unrelated stories about 32
 * @param minTextLength texts shorter than this (letters and digits) are not fingerprinted: too little to compare
 * @param capacity how many recent articles the index holds
 */
@ConfigurationProperties("zonepulse.ingest.dedup")
@Validated
public record DedupProperties(
        @DefaultValue("true") boolean enabled,
        @Min(0) @Max(16) @DefaultValue("6") int maxDistance,
        @Min(1) @DefaultValue("80") int minTextLength,
        @Min(1) @DefaultValue("100000") int capacity) {}
