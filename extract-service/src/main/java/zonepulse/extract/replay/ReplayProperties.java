package zonepulse.extract.replay;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The replay mode's settings (profile {@code replay}); a bad value stops the start with a message naming it.
 *
 * @param selection which raw articles to re-extract ({@code zonepulse.extract.replay.selection.region=…}); none: all
 * @param batchSize articles per Kafka transaction: outputs become visible to read_committed consumers a batch at a
 *     time, and a failed batch is retried one article per transaction
 * @param progressInterval how often progress is reported (after the transaction that passes it)
 * @param idleTimeout how long the replay may read without getting any further before it gives up (Kafka unreachable)
 * @param transactionalId the producer's transactional id; unique per run (the Kubernetes Job's pod name), and
 *     starting with {@code extract-}, the prefix extract-service's KafkaUser may use
 */
@Validated
@ConfigurationProperties("zonepulse.extract.replay")
public record ReplayProperties(
        @Valid @NotNull @DefaultValue ReplaySelection selection,
        @Min(1) @Max(10_000) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("5s") Duration progressInterval,
        @NotNull @DefaultValue("2m") Duration idleTimeout,
        @NotBlank String transactionalId) {

    /** A replay of {@code selection} with the defaults, under {@code transactionalId}. */
    public static ReplayProperties of(ReplaySelection selection, String transactionalId) {
        return new ReplayProperties(selection, 100, Duration.ofSeconds(5), Duration.ofMinutes(2), transactionalId);
    }

    public ReplayProperties withBatchSize(int size) {
        return new ReplayProperties(selection, size, progressInterval, idleTimeout, transactionalId);
    }

    public ReplayProperties withProgressInterval(Duration interval) {
        return new ReplayProperties(selection, batchSize, interval, idleTimeout, transactionalId);
    }
}
