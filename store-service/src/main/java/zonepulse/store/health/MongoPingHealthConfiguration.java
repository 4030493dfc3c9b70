package zonepulse.store.health;

import com.mongodb.client.MongoClient;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code mongo} health indicator of the readiness group: MongoDB answers a {@code ping} on the service's
 * database. It replaces Spring Boot's own (which asks {@code hello}, a command the embedded MongoDB-compatible server
 * of the local stack does not know), so the probes mean the same in the demo and in production. A ping slower than
 * {@code zonepulse.store.health.slow-ping} reports {@link #DEGRADED}: the store still works, at MongoDB's pace, and the
 * read API may answer 503 for queries over their time limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoPingHealthConfiguration.HealthProperties.class)
class MongoPingHealthConfiguration {
    /** Working, slowly: served with HTTP 200 (store-service.yml maps it), so a slow database restarts nothing. */
    static final Status DEGRADED = new Status("DEGRADED", "MongoDB answers slowly");

    /**
     * @param slowPing a ping slower than this reports the store degraded
     */
    @Validated
    @ConfigurationProperties("zonepulse.store.health")
    record HealthProperties(@NotNull @DefaultValue("1s") Duration slowPing) {}

    @Bean
    HealthIndicator mongoHealthIndicator(
            MongoClient client,
            @Value("${spring.mongodb.database:zonepulse}") String database,
            HealthProperties properties) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                long started = System.nanoTime();
                client.getDatabase(database).runCommand(new Document("ping", 1));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                builder.status(took.compareTo(properties.slowPing()) > 0 ? DEGRADED : Status.UP)
                        .withDetail("pingMillis", took.toMillis());
            }
        };
    }
}
