package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static zonepulse.store.TestEvents.id;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.stack.TcpProxy;
import zonepulse.store.TestEvents;

/** The MongoDB adapter through the real driver, against mongo-java-server. */
class MongoEventStoreTest {
    private EmbeddedMongo mongo;
    private TcpProxy proxy;
    private MongoClient client;
    private MongoEventStore store;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        proxy = TcpProxy.to("127.0.0.1", mongo.port());
        client = MongoClients.create("mongodb://127.0.0.1:" + proxy.port()
                + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=500&socketTimeoutMS=1000");
        store = new MongoEventStore(
                client.getDatabase("test"),
                TestEvents.JSON,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        store.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        proxy.close();
        mongo.close();
    }

    @Test
    void indicatorIsInsertedOnceUnderItsEventId() {
        var event = TestEvents.indicator(id("i1"), id("a1"), 3713.4);

        assertThat(store.storeIndicator(event)).isTrue();
        assertThat(store.storeIndicator(event)).as("redelivery is a no-op").isFalse();

        List<Map<String, Object>> stored =
                store.indicators(new EventQueries.IndicatorFilter(null, null, null, null, 10));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0))
                .containsEntry("_id", event.eventId())
                .containsEntry("seriesKey", "北京经济技术开发区|规模以上工业总产值|level")
                .containsEntry("value", 3713.4);
    }

    @Test
    void projectEventsAreProjectedIntoOneProject() {
        var signed = TestEvents.project(
                id("p1"), id("a1"), Stage.SIGNED, false, "2021-01", Instant.parse("2021-01-10T00:00:00Z"));
        var started = TestEvents.project(
                id("p2"),
                id("a2"),
                Stage.CONSTRUCTION_STARTED,
                false,
                "2021-09",
                Instant.parse("2021-10-14T00:00:00Z"));

        assertThat(store.storeProject(started)).isTrue();
        assertThat(store.storeProject(signed)).isTrue();
        assertThat(store.storeProject(signed)).isFalse();

        Map<String, Object> project = store.project(signed.projectKey()).orElseThrow();
        assertThat(project)
                .containsEntry("furthestStage", "construction_started")
                .containsEntry("sourceCount", 2)
                .containsEntry("firstSeen", "2021-01-10T00:00:00Z");
        assertThat((List<?>) project.get("timeline")).hasSize(2);
        assertThat(store.projectEvents(signed.projectKey())).hasSize(2);
        assertThat(store.counts()).containsEntry("project_events", 2L).containsEntry("projects", 1L);
    }

    @Test
    void projectsCarryTheirSearchFieldsWhichTheFirstApiDoesNotShow() {
        var signed = TestEvents.project(
                id("p1"), id("a1"), Stage.SIGNED, false, "2021-01", Instant.parse("2021-01-10T00:00:00Z"));
        var planned = TestEvents.project(
                id("p2"), id("a2"), Stage.COMPLETED, true, "2025", Instant.parse("2021-10-14T00:00:00Z"));
        store.storeProject(signed);

        Document stored = projects().find(eq("_id", signed.projectKey())).first();
        assertThat(stored.getList("nameSuffixes", String.class))
                .isEqualTo(ProjectSearchFields.nameSuffixes(stored.getList("nameVariants", String.class)))
                .isNotEmpty();
        assertThat(stored.getBoolean("hasExpectedStage")).isFalse();
        store.storeProject(planned);
        assertThat(projects().find(eq("_id", signed.projectKey())).first().getBoolean("hasExpectedStage"))
                .isTrue();

        assertThat(store.project(signed.projectKey()).orElseThrow())
                .doesNotContainKeys("nameSuffixes", "hasExpectedStage")
                .containsKey("nameVariants");
        assertThat(store.projects(new EventQueries.ProjectFilter(null, null, 10)))
                .allSatisfy(project -> assertThat(project).doesNotContainKeys("nameSuffixes", "hasExpectedStage"));
    }

    @Test
    void projectsStoredWithoutSearchFieldsGetThemFromTheirNamesAndTimeline() {
        store.storeProject(TestEvents.project(
                id("p1"), id("a1"), Stage.SIGNED, false, "2021-01", Instant.parse("2021-01-10T00:00:00Z")));
        store.storeProject(TestEvents.project(
                id("p2"), id("a2"), Stage.COMPLETED, true, "2025", Instant.parse("2021-10-14T00:00:00Z")));
        Document written = projects().find().first();
        // as an earlier version of the service stored it
        projects()
                .updateMany(
                        new Document(),
                        Updates.combine(Updates.unset("nameSuffixes"), Updates.unset("hasExpectedStage")));

        store.completeProjectSearchFields();

        Document completed = projects().find().first();
        assertThat(completed.getList("nameSuffixes", String.class))
                .isEqualTo(written.getList("nameSuffixes", String.class));
        assertThat(completed.getBoolean("hasExpectedStage")).isTrue();
        assertThat(completed).isEqualTo(written);
    }

    @Test
    void articleIsUpsertedByArticleId() {
        var article = TestEvents.article(id("a1"), List.of(id("i1")), List.of());

        assertThat(store.storeArticle(article)).isTrue();
        assertThat(store.storeArticle(article))
                .as("same content, same extractor")
                .isFalse();

        assertThat(store.article(id("a1")).orElseThrow())
                .containsEntry("indicatorCount", 1)
                .containsEntry("projectCount", 0)
                .containsKey("cleanText");
    }

    @Test
    void unreachableDatabaseIsAnOutageNotBadInput() {
        proxy.cut();

        assertThatThrownBy(() -> store.storeIndicator(TestEvents.indicator(id("i2"), id("a1"), 1)))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(store::ping).isInstanceOf(StoreUnavailableException.class);

        proxy.restore();
        store.ping();
        assertThat(store.storeIndicator(TestEvents.indicator(id("i2"), id("a1"), 1)))
                .isTrue();
    }

    private MongoCollection<Document> projects() {
        return client.getDatabase("test").getCollection("projects");
    }
}
