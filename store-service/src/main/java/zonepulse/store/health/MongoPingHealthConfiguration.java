package zonepulse.store.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code mongo} health indicator of the readiness group: MongoDB answers a {@code ping} on the service's
 * database. It replaces Spring Boot's own (which asks {@code hello}, a command the embedded MongoDB-compatible server
 * of the local stack does not know), so the probes mean the same in the demo and in production.
 */
@Configuration(proxyBeanMethods = false)
class MongoPingHealthConfiguration {
    @Bean
    HealthIndicator mongoHealthIndicator(
            MongoClient client, @Value("${spring.mongodb.database:zonepulse}") String database) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                client.getDatabase(database).runCommand(new Document("ping", 1));
                builder.up();
            }
        };
    }
}
