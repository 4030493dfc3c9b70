package zonepulse.store.storage;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Drops indexes an earlier version of store-service created and this one replaced by others whose keys begin with
 * theirs (so nothing that used them is left without an index): MongoDB keeps an index until it is dropped, and each
 * one costs every write. Only indexes of the default name this service gave them are dropped, never one an operator
 * added under a name of their own.
 */
final class RetiredIndexes {
    private RetiredIndexes() {}

    /**
     * Drops the indexes on these keys that {@code collection} has; call after creating their replacements. Only those
     * listed are dropped, so that the server logs no failed command for those already gone.
     */
    static void drop(MongoCollection<Document> collection, List<Bson> retired) {
        Set<String> present = new HashSet<>();
        collection.listIndexes().forEach(index -> present.add(index.getString("name")));
        for (Bson keys : retired) {
            String name = name(keys);
            if (present.contains(name)) {
                collection.dropIndex(name);
            }
        }
    }

    /** The name MongoDB gives an index on these keys by default: field_direction, joined by "_" ({a: 1, b: -1} → a_1_b_-1). */
    static String name(Bson keys) {
        return render(keys).entrySet().stream()
                .map(key -> key.getKey() + "_" + key.getValue().asNumber().intValue())
                .collect(Collectors.joining("_"));
    }

    static BsonDocument render(Bson keys) {
        return keys.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
    }
}
