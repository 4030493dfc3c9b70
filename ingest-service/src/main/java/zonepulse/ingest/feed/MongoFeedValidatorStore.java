package zonepulse.ingest.feed;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/** Feed validators in the MongoDB collection {@value #COLLECTION}, one document per feed URL. */
final class MongoFeedValidatorStore implements FeedValidatorStore {
    static final String COLLECTION = "ingest_feed_state";
    static final String ID = "_id";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "lastModified";
    static final String UPDATED_AT = "updatedAt";

    private final MongoCollection<Document> state;
    private final Clock clock;

    MongoFeedValidatorStore(MongoClient client, MongoConnectionDetails connection, Clock clock) {
        String database = connection.getConnectionString().getDatabase();
        if (database == null) {
            throw new IllegalStateException("spring.mongodb.uri must name the database (mongodb://host/zonepulse)");
        }
        this.state = client.getDatabase(database).getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public Optional<Validators> load(String feedUri) {
        return Optional.ofNullable(state.find(Filters.eq(ID, feedUri)).first())
                .map(doc -> new Validators(doc.getString(ETAG), doc.getString(LAST_MODIFIED)));
    }

    @Override
    public void save(String feedUri, Validators validators) {
        state.updateOne(
                Filters.eq(ID, feedUri),
                Updates.combine(
                        Updates.set(ETAG, validators.etag()),
                        Updates.set(LAST_MODIFIED, validators.lastModified()),
                        Updates.set(UPDATED_AT, Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
    }
}
