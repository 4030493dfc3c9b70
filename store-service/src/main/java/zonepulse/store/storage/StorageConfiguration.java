package zonepulse.store.storage;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.events.EventJson;

/** Exposes the MongoDB adapter through its two ports. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    MongoEventStore mongoEventStore(
            MongoClient client, @Value("${spring.mongodb.database:zonepulse}") String database, EventJson json) {
        MongoEventStore store = new MongoEventStore(client.getDatabase(database), json, Clock.systemUTC());
        try {
            store.createIndexes();
        } catch (StoreUnavailableException e) {
            // MongoDB may come up after this service; indexes are created on the next start. Writes work without.
            org.slf4j.LoggerFactory.getLogger(StorageConfiguration.class)
                    .warn("indexes not created, MongoDB unreachable at start-up: {}", e.getMessage());
        }
        return store;
    }
}
