package zonepulse.ingest.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The ingest ledger in the MongoDB collection {@value #COLLECTION}, one document per source item. Uses only single
 * document upserts with $set/$inc/$unset, which mongo-java-server handles as MongoDB does.
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
    public Optional<LedgerEntry> find(String canonicalUri) {
        return Optional.ofNullable(ledger.find(Filters.eq(ID, canonicalUri)).first())
                .map(MongoIngestLedger::entryOf);
    }

    @Override
    public void recordPublished(String canonicalUri, String articleId, String contentHash, Instant at) {
        recordPublished(canonicalUri, articleId, contentHash, null, at);
    }

    @Override
    public void recordPublished(String canonicalUri, String articleId, String contentHash, String source, Instant at) {
        Date when = Date.from(at);
        ledger.updateOne(
                Filters.eq(ID, canonicalUri),
                Updates.combine(
                        sourceUpdate(source),
                        Updates.set(ARTICLE_ID, articleId),
                        Updates.set(CONTENT_HASH, contentHash),
                        Updates.set(STATUS, LedgerStatus.PUBLISHED.value()),
                        Updates.unset(REASON),
                        Updates.inc(PUBLISHED_COUNT, 1L),
                        Updates.set(PUBLISHED_AT, when),
                        Updates.set(UPDATED_AT, when)),
                UPSERT);
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
