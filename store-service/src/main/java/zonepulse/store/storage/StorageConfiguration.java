package zonepulse.store.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.events.EventJson;

/** Exposes the MongoDB adapter through its two ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadProperties.class)
public class StorageConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    MongoEventStore mongoEventStore(
            MongoClient client,
            @Value("${spring.mongodb.database:zonepulse}") String database,
            EventJson json,
            ReadProperties read) {
        MongoDatabase writes = client.getDatabase(database);
        MongoEventStore store = new MongoEventStore(
                writes, writes.withTimeout(read.timeout().toMillis(), TimeUnit.MILLISECONDS), json, Clock.systemUTC());
        try {
            store.createIndexes();
            store.completeProjectSearchFields();
        } catch (StoreUnavailableException e) {
            // MongoDB may come up after this service; indexes are created, and projects stored by an earlier version
            // given their search fields, on the next start. Writes work without.
            org.slf4j.LoggerFactory.getLogger(StorageConfiguration.class)
                    .warn("indexes not created, MongoDB unreachable at start-up: {}", e.getMessage());
        }
        return store;
    }
}
