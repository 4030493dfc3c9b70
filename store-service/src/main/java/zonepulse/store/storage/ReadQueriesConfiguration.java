package zonepulse.store.storage;

import com.mongodb.client.MongoClient;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.events.EventJson;

/** Exposes the MongoDB adapter of the read API v1 through its port, {@link ReadQueries}. */
@Configuration(proxyBeanMethods = false)
public class ReadQueriesConfiguration {

    @Bean
    ReadQueries readQueries(
            MongoClient client,
            @Value("${spring.mongodb.database:zonepulse}") String database,
            EventJson json,
            ReadProperties read) {
        // every query bounded by zonepulse.store.read.timeout: a slow MongoDB gets the caller a 503, not a hang
        MongoReadQueries queries = new MongoReadQueries(
                client.getDatabase(database)
                        .withTimeout(read.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS),
                json);
        try {
            queries.createIndexes();
        } catch (StoreUnavailableException e) {
            // as for the write path's indexes: MongoDB may come up after this service; the reads work without them
            LoggerFactory.getLogger(ReadQueriesConfiguration.class)
                    .warn("read indexes not created, MongoDB unreachable at start-up: {}", e.getMessage());
        }
        return queries;
    }
}
