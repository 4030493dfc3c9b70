package zonepulse.store.storage;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on the read API's MongoDB queries.
 *
 * @param timeout the longest one query may take, from server selection to the last document (MongoDB's client-side
 *     operation timeout); over it the API answers 503 with Retry-After instead of keeping the caller waiting
 */
@Validated
@ConfigurationProperties("zonepulse.store.read")
public record ReadProperties(@NotNull @DefaultValue("3s") Duration timeout) {}
