package zonepulse.ingest.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The ingest ledger in the MongoDB collection {@value #COLLECTION}, one document per source item. Uses only
 * document updates and upserts with $set/$setOnInsert/$inc/$unset, singly or in an unordered bulk write, which
 * mongo-java-server handles as MongoDB does.
 */
@Component
class MongoIngestLedger implements IngestLedger {
    static final String COLLECTION = "ingest_ledger";
    static final String ID = "_id";
    static final String ARTICLE_ID = "articleId";
    static final String CONTENT_HASH = "contentHash";
    static final String STATUS = "status";
    static final String REASON = "reason";
    static final String PUBLISHED_COUNT = "publishedCount";
    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String SOURCE = "source";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> ledger;

    MongoIngestLedger(MongoClient client, MongoConnectionDetails connection) {
        String database = connection.getConnectionString().getDatabase();
        if (database == null) {
            throw new IllegalStateException(
                    "spring.mongodb.uri must name the database of the ingest ledger (mongodb://host/zonepulse)");
        }
        this.ledger = client.getDatabase(database).getCollection(COLLECTION);
    }

    @Override
    public Map<String, LedgerEntry> findAll(Collection<String> canonicalUris) {
        Map<String, LedgerEntry> entries = new HashMap<>();
        if (canonicalUris.isEmpty()) {
            return entries;
        }
        for (Document document : ledger.find(Filters.in(ID, canonicalUris))) {
            LedgerEntry entry = entryOf(document);
            entries.put(entry.canonicalUri(), entry);
        }
        return entries;
    }

    /**
     * One unordered bulk write of two updates per publication, which give the same entry in either order: one moves an
     * existing entry that holds another hash (or none, when it was only ever refused) to this version and counts it;
     * the other creates the entry when there is none. An entry that already holds this hash matches neither, which is
     * what makes a repeated write a no-op.
     */
    @Override
    public void recordPublished(List<Publication> publications) {
        if (publications.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(2 * publications.size());
        Set<String> uris = new HashSet<>();
        for (Publication publication : publications) {
            if (!uris.add(publication.canonicalUri())) {
                throw new IllegalArgumentException("two publications of " + publication.canonicalUri()
                        + " in one bulk: their order would be lost");
            }
            Date when = Date.from(publication.at());
            writes.add(new UpdateOneModel<>(
                    Filters.and(
                            Filters.eq(ID, publication.canonicalUri()),
                            Filters.ne(CONTENT_HASH, publication.contentHash())),
                    Updates.combine(
                            sourceUpdate(publication.source()),
                            Updates.set(ARTICLE_ID, publication.articleId()),
                            Updates.set(CONTENT_HASH, publication.contentHash()),
                            Updates.set(STATUS, LedgerStatus.PUBLISHED.value()),
                            Updates.unset(REASON),
                            Updates.inc(PUBLISHED_COUNT, 1L),
                            Updates.set(PUBLISHED_AT, when),
                            Updates.set(UPDATED_AT, when))));
            List<org.bson.conversions.Bson> created = new ArrayList<>(List.of(
                    Updates.setOnInsert(ARTICLE_ID, publication.articleId()),
                    Updates.setOnInsert(CONTENT_HASH, publication.contentHash()),
                    Updates.setOnInsert(STATUS, LedgerStatus.PUBLISHED.value()),
                    Updates.setOnInsert(PUBLISHED_COUNT, 1L),
                    Updates.setOnInsert(PUBLISHED_AT, when),
                    Updates.setOnInsert(UPDATED_AT, when)));
            if (publication.source() != null) {
                created.add(Updates.setOnInsert(SOURCE, publication.source()));
            }
            writes.add(
                    new UpdateOneModel<>(Filters.eq(ID, publication.canonicalUri()), Updates.combine(created), UPSERT));
        }
        ledger.bulkWrite(writes, UNORDERED);
    }

    @Override
    public void recordFailed(String canonicalUri, String articleId, String reason, Instant at) {
        recordFailed(canonicalUri, articleId, reason, null, at);
    }

    @Override
    public void recordFailed(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordNotPublished(canonicalUri, articleId, LedgerStatus.FAILED, reason, source, at);
    }

    @Override
    public void recordRetryable(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordNotPublished(canonicalUri, articleId, LedgerStatus.RETRYABLE, reason, source, at);
    }

    /** Leaves the published version's hash, count and time as they are: nothing was published. */
    private void recordNotPublished(
            String canonicalUri, String articleId, LedgerStatus status, String reason, String source, Instant at) {
        ledger.updateOne(
                Filters.eq(ID, canonicalUri),
                Updates.combine(
                        sourceUpdate(source),
                        Updates.set(ARTICLE_ID, articleId),
                        Updates.set(STATUS, status.value()),
                        Updates.set(REASON, reason),
                        Updates.set(UPDATED_AT, Date.from(at))),
                UPSERT);
    }

    /** Names the source when known; a write that does not know it leaves the name there is. */
    private static org.bson.conversions.Bson sourceUpdate(String source) {
        return source == null ? Updates.combine() : Updates.set(SOURCE, source);
    }

    private static LedgerEntry entryOf(Document document) {
        Number publishedCount = document.get(PUBLISHED_COUNT, Number.class);
        Date updatedAt = document.getDate(UPDATED_AT);
        return new LedgerEntry(
                document.getString(ID),
                document.getString(ARTICLE_ID),
                document.getString(CONTENT_HASH),
                LedgerStatus.fromValue(document.getString(STATUS)),
                document.getString(REASON),
                publishedCount == null ? 0 : publishedCount.longValue(),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
