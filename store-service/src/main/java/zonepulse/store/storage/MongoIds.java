package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/** Reading documents by their ids, in slices. */
final class MongoIds {
    /**
     * Ids per query. mongo-java-server (tests, the demo) checks each document it finds against the whole {@code $in}
     * list, so one query for n ids costs n² there; slices keep it linear. A real MongoDB answers each slice from the
     * {@code _id} index as it would the whole list, at one round trip per slice.
     */
    static final int SLICE = 100;

    private MongoIds() {}

    /**
     * The documents of {@code collection} with these ids, in no particular order.
     *
     * @param projection the fields to return, or null for all
     */
    static List<Document> find(MongoCollection<Document> collection, Collection<String> ids, Document projection) {
        List<Document> found = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            var query = collection.find(in(Fields.ID, all.subList(from, Math.min(all.size(), from + SLICE))));
            if (projection != null) {
                query = query.projection(projection);
            }
            query.forEach(found::add);
        }
        return found;
    }
}
