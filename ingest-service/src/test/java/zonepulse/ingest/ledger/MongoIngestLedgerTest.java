package zonepulse.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's document shape and updates, on mongo-java-server. */
class MongoIngestLedgerTest {
    private static final String URI = "file:///drop/a.txt";
    private static final Instant FIRST = Instant.parse("2026-11-22T19:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-22T19:05:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoIngestLedger ledger;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        String uri = "mongodb://127.0.0.1:" + address.getPort() + "/ledger_test";
        client = MongoClients.create(uri);
        ledger = new MongoIngestLedger(client, () -> new ConnectionString(uri));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void anUnknownItemHasNoEntry() {
        assertThat(ledger.find(URI)).isEmpty();
    }

    @Test
    void aPublishWritesTheDocumentTheDesignDescribes() {
        publish("id1", "h1", FIRST);

        Document document = collection().find().first();
        assertThat(document).isNotNull();
        assertThat(document.getString("_id")).isEqualTo(URI);
        assertThat(document.getString("articleId")).isEqualTo("id1");
        assertThat(document.getString("contentHash")).isEqualTo("h1");
        assertThat(document.getString("status")).isEqualTo("published");
        assertThat(document.containsKey("reason")).isFalse();
        assertThat(document.get("publishedCount", Number.class).longValue()).isEqualTo(1);
        assertThat(document.getDate("publishedAt")).isEqualTo(Date.from(FIRST));
        assertThat(document.getDate("updatedAt")).isEqualTo(Date.from(FIRST));
        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h1", LedgerStatus.PUBLISHED, null, 1, FIRST));
    }

    @Test
    void aNewVersionReplacesTheHashAndCountsTheVersions() {
        publish("id1", "h1", FIRST);
        publish("id1", "h2", SECOND);

        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h2", LedgerStatus.PUBLISHED, null, 2, SECOND));
        assertThat(collection().countDocuments()).isEqualTo(1);
    }

    @Test
    void aFailureKeepsTheLastPublishedVersionAndAPublishClearsTheReason() {
        publish("id1", "h1", FIRST);
        ledger.recordFailed(URI, "id1", "cannot be decoded", SECOND);

        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h1", LedgerStatus.FAILED, "cannot be decoded", 1, SECOND));

        publish("id1", "h2", SECOND);
        assertThat(ledger.find(URI)).hasValueSatisfying(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.PUBLISHED);
            assertThat(entry.reason()).isNull();
            assertThat(entry.publishedCount()).isEqualTo(2);
        });
    }

    @Test
    void aRetryableFailureKeepsTheLastPublishedVersion() {
        publish("id1", "h1", FIRST);
        ledger.recordRetryable(URI, "id1", "page unknown-host: …", "push", SECOND);

        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h1", LedgerStatus.RETRYABLE, "page unknown-host: …", 1, SECOND));
        assertThat(collection().find().first().getString("status")).isEqualTo("retryable");
    }

    @Test
    void theFirstPublicationOfAnItemOnlyEverRefusedCountsOne() {
        ledger.recordFailed(URI, "id1", "too large", FIRST);
        publish("id1", "h1", SECOND);

        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h1", LedgerStatus.PUBLISHED, null, 1, SECOND));
    }

    /** A bulk written again (after a failure that left part of it written) must not count a version twice. */
    @Test
    void recordingAPublicationAgainChangesNothing() {
        publish("id1", "h1", FIRST);
        Document before = collection().find().first();

        publish("id1", "h1", SECOND);

        assertThat(collection().find().first()).isEqualTo(before);
        assertThat(ledger.find(URI))
                .hasValueSatisfying(entry -> assertThat(entry.publishedCount()).isEqualTo(1));
    }

    @Test
    void oneBulkRecordsManyItemsEachAsIfAlone() {
        publish("id1", "h1", FIRST);
        ledger.recordFailed("file:///drop/b.txt", "idb", "empty file", FIRST);
        List<Publication> bulk = new ArrayList<>();
        bulk.add(new Publication(URI, "id1", "h2", "drop-folder", SECOND));
        bulk.add(new Publication("file:///drop/b.txt", "idb", "hb", "drop-folder", SECOND));
        for (int i = 0; i < 200; i++) {
            bulk.add(new Publication("file:///drop/n" + i + ".txt", "id" + i, "h" + i, "drop-folder", SECOND));
        }

        ledger.recordPublished(bulk);

        assertThat(collection().countDocuments()).isEqualTo(202);
        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", "h2", LedgerStatus.PUBLISHED, null, 2, SECOND));
        assertThat(ledger.find("file:///drop/b.txt"))
                .contains(new LedgerEntry("file:///drop/b.txt", "idb", "hb", LedgerStatus.PUBLISHED, null, 1, SECOND));
        for (int i = 0; i < 200; i++) {
            assertThat(ledger.find("file:///drop/n" + i + ".txt"))
                    .contains(new LedgerEntry(
                            "file:///drop/n" + i + ".txt", "id" + i, "h" + i, LedgerStatus.PUBLISHED, null, 1, SECOND));
        }
        assertThat(collection()
                        .find(new Document("_id", "file:///drop/n7.txt"))
                        .first()
                        .getString("source"))
                .isEqualTo("drop-folder");
    }

    @Test
    void twoVersionsOfOneItemInOneBulkAreRefused() {
        assertThatThrownBy(() -> ledger.recordPublished(List.of(
                        new Publication(URI, "id1", "h1", "drop-folder", FIRST),
                        new Publication(URI, "id1", "h2", "drop-folder", SECOND))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(collection().countDocuments()).isZero();
    }

    @Test
    void aFailureOfAnItemNeverPublishedHasNoHash() {
        ledger.recordFailed(URI, "id1", "too large", FIRST);

        assertThat(ledger.find(URI))
                .contains(new LedgerEntry(URI, "id1", null, LedgerStatus.FAILED, "too large", 0, FIRST));
    }

    @Test
    void theUriMustNameTheDatabase() {
        assertThatThrownBy(() -> new MongoIngestLedger(client, () -> new ConnectionString("mongodb://127.0.0.1/")))
                .hasMessageContaining("spring.mongodb.uri");
    }

    private void publish(String articleId, String contentHash, Instant at) {
        ledger.recordPublished(List.of(new Publication(URI, articleId, contentHash, "drop-folder", at)));
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return client.getDatabase("ledger_test").getCollection(MongoIngestLedger.COLLECTION);
    }
}
