package zonepulse.ingest.fetch;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FetchConfiguration {
    /** The system resolver; a test replaces it to make names resolve where it wants. */
    @Bean
    @ConditionalOnMissingBean
    HostResolver hostResolver() {
        return HostResolver.SYSTEM;
    }

    @Bean(destroyMethod = "close")
    HttpFetcher httpFetcher(FetchProperties properties, HostResolver resolver) {
        return new HttpFetcher(properties, resolver);
    }

    @Bean
    PoliteFetcher politeFetcher(
            HttpFetcher http,
            CircuitBreakerRegistry breakers,
            RateLimiterRegistry rateLimiters,
            RetryRegistry retries,
            BulkheadRegistry bulkheads,
            Clock clock) {
        return new PoliteFetcher(
                http,
                breakers,
                rateLimiters,
                retries,
                bulkheads.bulkhead(
                        PoliteFetcher.BULKHEAD,
                        bulkheads.getConfiguration(PoliteFetcher.BULKHEAD).orElse(bulkheads.getDefaultConfig())),
                clock);
    }
}
