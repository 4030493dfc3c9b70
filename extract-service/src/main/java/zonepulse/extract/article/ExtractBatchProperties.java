package zonepulse.extract.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the live service works through a poll's batch of raw articles. The batch's bounds themselves (records, bytes)
 * are the consumer's {@code max.poll.records} and {@code fetch.max.bytes} (extract-service.yml).
 *
 * @param workers threads extracting a batch's articles side by side; 0 (the default) means one per available core
 * @param retries how many more times a batch is tried after its transaction failed for a reason other than poison
 *     input (a send Kafka refused); after them each of its records is dead-lettered with the reason
 * @param retryInterval the wait before each of those tries
 */
@Validated
@ConfigurationProperties("zonepulse.extract.batch")
public record ExtractBatchProperties(
        @Min(0) @DefaultValue("0") int workers,
        @Min(0) @DefaultValue("2") int retries,
        @NotNull @DefaultValue("500ms") Duration retryInterval) {

    /** The number of worker threads to start. */
    public int workerThreads() {
        return workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }
}
