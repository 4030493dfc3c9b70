package zonepulse.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zonepulse.stack.EmbeddedMongo;

/** Feed validators survive the poller: kept in MongoDB, read back by a new store. */
class MongoFeedValidatorStoreTest {
    private static final String FEED = "http://rsshub.zonepulse.svc/sina/finance";

    private EmbeddedMongo mongo;
    private MongoClient client;
    private String uri;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        uri = mongo.uri("feed_state_test");
        client = MongoClients.create(uri);
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private MongoFeedValidatorStore store() {
        return new MongoFeedValidatorStore(
                client,
                () -> new ConnectionString(uri),
                Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void validatorsSavedByOneStoreAreLoadedByAnother() {
        assertThat(store().load(FEED)).isEmpty();

        store().save(FEED, new FeedValidatorStore.Validators("\"v7\"", "Sun, 22 Nov 2026 10:00:00 GMT"));
        store().save(FEED, new FeedValidatorStore.Validators("\"v8\"", null));

        assertThat(store().load(FEED)).contains(new FeedValidatorStore.Validators("\"v8\"", null));
        assertThat(client.getDatabase("feed_state_test")
                        .getCollection(MongoFeedValidatorStore.COLLECTION)
                        .countDocuments())
                .isEqualTo(1);
    }
}
