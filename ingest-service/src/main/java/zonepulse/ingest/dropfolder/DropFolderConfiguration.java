package zonepulse.ingest.dropfolder;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.metrics.IngestMetrics;
import zonepulse.ingest.publishing.ArticlePublisher;

/** The drop-folder source, started with the application. */
@Configuration(proxyBeanMethods = false)
class DropFolderConfiguration {
    /** Circuit breaker names, configured under {@code resilience4j.circuitbreaker.instances}. */
    static final String KAFKA_BREAKER = "kafka";

    static final String MONGODB_BREAKER = "mongodb";

    @Bean
    DropFolderSource dropFolderSource(
            DropFolderProperties properties,
            IngestLedger ledger,
            ArticlePublisher publisher,
            CircuitBreakerRegistry breakers,
            Clock clock,
            IngestMetrics metrics) {
        DroppedFileIngester ingester = new DroppedFileIngester(
                properties.maxFileSize().toBytes(),
                new FailedFiles(properties.directory(), properties.failedDirectory()),
                ledger,
                publisher,
                breakers.circuitBreaker(KAFKA_BREAKER),
                breakers.circuitBreaker(MONGODB_BREAKER),
                clock,
                metrics);
        DropFolderScanner scanner =
                new DropFolderScanner(properties.directory(), properties.failedDirectory(), properties.extensions());
        return new DropFolderSource(properties, new DropFolderPoller(scanner, ingester));
    }
}
