package zonepulse.ingest.dedup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
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

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> fingerprints;

    MongoFingerprintStore(MongoClient client, MongoConnectionDetails connection) {
        String database = connection.getConnectionString().getDatabase();
        if (database == null) {
            throw new IllegalStateException("spring.mongodb.uri must name the database (mongodb://host/zonepulse)");
        }
        this.fingerprints = client.getDatabase(database).getCollection(COLLECTION);
    }

    @Override
    public void save(List<Stored> stored, Instant at) {
        if (stored.isEmpty()) {
            return;
        }
        Date when = Date.from(at);
        List<WriteModel<Document>> writes = new ArrayList<>(stored.size());
        for (Stored fingerprint : stored) {
            writes.add(new UpdateOneModel<>(
                    Filters.eq("_id", fingerprint.articleId()),
                    Updates.combine(
                            Updates.set("fingerprint", fingerprint.fingerprint()),
                            Updates.set("clusterId", fingerprint.clusterId()),
                            Updates.set("updatedAt", when)),
                    UPSERT));
        }
        fingerprints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
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
