package zonepulse.ingest.dedup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.stereotype.Component;

/** Fingerprints in the MongoDB collection {@value #COLLECTION}: {@code _id} articleId, fingerprint, clusterId. */
@Component
class MongoFingerprintStore implements FingerprintStore {
    static final String COLLECTION = "ingest_fingerprints";

    private final MongoCollection<Document> fingerprints;

    MongoFingerprintStore(MongoClient client, MongoConnectionDetails connection) {
        String database = connection.getConnectionString().getDatabase();
        if (database == null) {
            throw new IllegalStateException("spring.mongodb.uri must name the database (mongodb://host/zonepulse)");
        }
        this.fingerprints = client.getDatabase(database).getCollection(COLLECTION);
    }

    @Override
    public void save(String articleId, long fingerprint, String clusterId, Instant at) {
        fingerprints.updateOne(
                Filters.eq("_id", articleId),
                Updates.combine(
                        Updates.set("fingerprint", fingerprint),
                        Updates.set("clusterId", clusterId),
                        Updates.set("updatedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<Stored> recent(int limit) {
        List<Stored> stored = new ArrayList<>();
        for (Document document :
                fingerprints.find().sort(Sorts.descending("updatedAt")).limit(limit)) {
            Number fingerprint = document.get("fingerprint", Number.class);
            if (fingerprint != null) {
                stored.add(new Stored(
                        document.getString("_id"), fingerprint.longValue(), document.getString("clusterId")));
            }
        }
        return stored;
    }
}
