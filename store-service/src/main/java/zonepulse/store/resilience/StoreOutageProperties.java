package zonepulse.store.resilience;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How store-service rides out a MongoDB outage.
 *
 * @param binding the input binding paused while the circuit breaker is open
 * @param circuitBreaker the Resilience4j circuit breaker instance guarding MongoDB writes
 * @param retryInterval how often a failed message is tried again while the outage lasts
 * @param probeInterval how often MongoDB is pinged while the binding is paused
 */
@Validated
@ConfigurationProperties("zonepulse.store.outage")
public record StoreOutageProperties(
        @NotBlank @DefaultValue("store-in-0") String binding,
        @NotBlank @DefaultValue("mongo") String circuitBreaker,
        @NotNull @DefaultValue("1s") Duration retryInterval,
        @NotNull @DefaultValue("1s") Duration probeInterval) {}
