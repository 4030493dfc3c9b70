package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.store.TestEvents.id;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zonepulse.events.Generation;
import zonepulse.events.Investment;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.store.TestEvents;
import zonepulse.store.projects.ProjectTimeline;

/**
 * A batch folds its new mentions of a project into the stored projection when that was built from the first of the
 * project's current events, and rebuilds it from all of them otherwise; either way the result is the fold of all the
 * current events in stored order.
 */
class IncrementalProjectionTest {
    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoEventStore store;
    private final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T08:00:00Z"));

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        client = MongoClients.create("mongodb://127.0.0.1:" + mongo.port());
        store = new MongoEventStore(client.getDatabase("test"), TestEvents.JSON, clock);
        store.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void aBatchFoldsItsNewMentionsIntoTheStoredProjection() {
        ProjectEvent signed = mention("m1", "a1", Stage.SIGNED, "2024-02-01T00:00:00Z", "苏州工业园区", 12.0);
        ProjectEvent started = mention("m2", "a2", Stage.CONSTRUCTION_STARTED, "2024-06-03T00:00:00Z", null, null);
        store(signed, started);
        // a mark the fold keeps and a rebuild would not: the stored projection is what the next batch starts from
        projects().updateOne(eq("_id", signed.projectKey()), Updates.set("name", "折叠起点"));

        ProjectEvent completed = mention("m3", "a3", Stage.COMPLETED, "2025-01-20T00:00:00Z", "苏州市吴中区", 15.5);
        store(completed);

        Document stored = projects().find(eq("_id", signed.projectKey())).first();
        assertThat(stored.getString("name")).isEqualTo("折叠起点");
        assertThat(stored.getList("timeline", Document.class)).hasSize(3);
        assertThat(stored.getString("region")).isEqualTo("苏州市吴中区");
        assertThat(stored.getString("furthestStage")).isEqualTo("completed");
        assertThat(stored.getList(ProjectDocuments.BUILT_FROM, String.class))
                .containsExactly(version(signed), version(started), version(completed));
    }

    @Test
    void aProjectionOfAnEarlierVersionIsRebuiltFromAllTheCurrentEvents() {
        ProjectEvent signed = mention("m1", "a1", Stage.SIGNED, "2023-11-08T00:00:00Z", "合肥高新区", 30.0);
        store(signed);
        // as an earlier version stored it: no record of what it was built from
        projects()
                .updateOne(
                        eq("_id", signed.projectKey()),
                        Updates.combine(Updates.set("name", "旧版本"), Updates.unset(ProjectDocuments.BUILT_FROM)));

        ProjectEvent opened = mention("m2", "a2", Stage.IN_PRODUCTION, "2024-09-30T00:00:00Z", null, null);
        store(opened);

        Document stored = projects().find(eq("_id", signed.projectKey())).first();
        assertThat(stored.getString("name")).isEqualTo(signed.name());
        assertThat(stored.getList(ProjectDocuments.BUILT_FROM, String.class))
                .containsExactly(version(signed), version(opened));
    }

    @Test
    void aProjectBuiltBatchByBatchIsTheFoldOfAllItsEventsInStoredOrder() {
        List<ProjectEvent> mentions = List.of(
                mention("m1", "a1", Stage.SIGNED, "2022-05-10T00:00:00Z", "成都高新区", 8.0),
                mention("m2", "a2", Stage.LANDED, "2022-04-01T00:00:00Z", "成都市双流区", null),
                mention("m3", "a3", Stage.CONSTRUCTION_STARTED, "2022-12-01T00:00:00Z", null, 9.5),
                mention("m4", "a4", Stage.TOPPED_OUT, "2023-08-15T00:00:00Z", "成都高新区", null),
                mention("m5", "a5", Stage.IN_PRODUCTION, "2024-01-02T00:00:00Z", null, 11.0));
        List<Instant> storedAt = new ArrayList<>();
        for (ProjectEvent mention : mentions) {
            store(mention);
            storedAt.add(Instant.parse(client.getDatabase("test")
                    .getCollection("project_events")
                    .find(eq("_id", mention.eventId()))
                    .first()
                    .getString("storedAt")));
        }

        ProjectTimeline expected = null;
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ProjectEvent mention = mentions.get(i);
            expected = expected == null
                    ? ProjectTimeline.of(mention, storedAt.get(i))
                    : expected.with(mention, storedAt.get(i));
            versions.add(version(mention));
        }
        Document stored =
                projects().find(eq("_id", mentions.get(0).projectKey())).first();
        // as JSON: the stored document's nested values are documents where the built one's may be plain maps
        assertThat(stored.toJson())
                .isEqualTo(new ProjectDocuments(TestEvents.JSON)
                        .document(expected, versions)
                        .toJson());
        assertThat(new ProjectDocuments(TestEvents.JSON).timeline(stored)).isEqualTo(expected);
    }

    /**
     * A batch folds the events it wrote from their messages, not read back: of one event that comes twice in the
     * batch (a newer extractor's version, then the older one redelivered), the message of the version written.
     */
    @Test
    void ofAnEventTwiceInOneBatchTheProjectionFoldsTheVersionWritten() {
        ProjectEvent older = mention("m1", "a1", Stage.SIGNED, "2024-02-01T00:00:00Z", "武汉东湖高新区", 20.0);
        ProjectEvent newer = new ProjectEvent(
                older.schema(),
                older.type(),
                older.eventId(),
                older.articleId(),
                older.source(),
                "zonepulse-rules/9.0.0",
                "武汉市江夏区",
                older.confidence(),
                older.evidence(),
                older.name(),
                older.projectKey(),
                older.stage(),
                older.expected(),
                older.date(),
                older.investment(),
                older.companies());
        assertThat(Generation.of(newer).isNewerThan(Generation.of(older))).isTrue();

        store(newer, older);

        Document stored = projects().find(eq("_id", older.projectKey())).first();
        assertThat(stored.getString("region")).isEqualTo("武汉市江夏区");
        assertThat(stored.getList(ProjectDocuments.BUILT_FROM, String.class)).containsExactly(version(newer));
    }

    /**
     * Another consumer stores a mention of the project after this batch read its versions and before it writes the
     * projection: the write is stale, and the count of changes the other consumer made tells the batch to build it
     * again.
     */
    @Test
    void aMentionAnotherConsumerStoresWhileABatchProjectsEndsInTheProjection() {
        ProjectEvent signed = mention("m1", "a1", Stage.SIGNED, "2024-03-05T00:00:00Z", "青岛西海岸新区", 18.0);
        ProjectEvent started = mention("m2", "a2", Stage.CONSTRUCTION_STARTED, "2024-08-20T00:00:00Z", null, null);
        MongoEventStore interrupted = storeInterruptedBeforeItsProjectionWrite(() -> store(started));

        interrupted.store(new EventBatch(List.of(), List.of(), List.of(signed)));

        assertThat(projects()
                        .find(eq("_id", signed.projectKey()))
                        .first()
                        .getList(ProjectDocuments.BUILT_FROM, String.class))
                .containsExactly(version(signed), version(started));
    }

    /**
     * Another consumer's summary supersedes a mention after this batch read the project's versions: the status flip is
     * counted too, so the projection this batch wrote, which still shows the superseded mention, is built again.
     */
    @Test
    void aMentionSupersededWhileABatchProjectsIsLeftOutOfTheProjection() {
        ProjectEvent signed = mention("m1", "a1", Stage.SIGNED, "2023-06-12T00:00:00Z", "长沙经开区", 25.0);
        ProjectEvent landed = mention("m2", "a2", Stage.LANDED, "2023-07-01T00:00:00Z", null, null);
        ProjectEvent topped = mention("m3", "a3", Stage.TOPPED_OUT, "2024-04-18T00:00:00Z", null, null);
        store(signed, landed);
        // the article of the second mention, extracted again, lists no project event
        MongoEventStore interrupted = storeInterruptedBeforeItsProjectionWrite(
                () -> store.storeArticle(TestEvents.article(landed.articleId(), List.of(), List.of())));

        interrupted.store(new EventBatch(List.of(), List.of(), List.of(topped)));

        assertThat(client.getDatabase("test")
                        .getCollection("project_events")
                        .find(eq("_id", landed.eventId()))
                        .first()
                        .getBoolean("superseded"))
                .isTrue();
        assertThat(projects()
                        .find(eq("_id", signed.projectKey()))
                        .first()
                        .getList(ProjectDocuments.BUILT_FROM, String.class))
                .containsExactly(version(signed), version(topped));
    }

    /** A store whose first write to the projections waits until {@code meanwhile} (another consumer) has run. */
    private MongoEventStore storeInterruptedBeforeItsProjectionWrite(Runnable meanwhile) {
        MongoDatabase database = client.getDatabase("test");
        AtomicBoolean ran = new AtomicBoolean();
        MongoDatabase interleaved = proxy(MongoDatabase.class, (method, args) -> {
            Object result = invoke(method, database, args);
            if (method.getName().equals("getCollection") && "projects".equals(args[0])) {
                Object projects = result;
                return proxy(MongoCollection.class, (collectionMethod, collectionArgs) -> {
                    if (collectionMethod.getName().equals("bulkWrite") && ran.compareAndSet(false, true)) {
                        meanwhile.run();
                    }
                    return invoke(collectionMethod, projects, collectionArgs);
                });
            }
            return result;
        });
        return new MongoEventStore(interleaved, TestEvents.JSON, clock);
    }

    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> call.on(method, args)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theFirstApiDoesNotShowWhatAProjectWasBuiltFrom() {
        ProjectEvent signed = mention("m1", "a1", Stage.SIGNED, "2024-02-01T00:00:00Z", null, null);
        store(signed);

        assertThat(store.project(signed.projectKey()).orElseThrow()).doesNotContainKey(ProjectDocuments.BUILT_FROM);
        assertThat(store.projects(new EventQueries.ProjectFilter(null, null, 10)))
                .allSatisfy(project -> assertThat(project).doesNotContainKey(ProjectDocuments.BUILT_FROM));
    }

    private void store(ProjectEvent... events) {
        store.store(new EventBatch(List.of(), List.of(), List.of(events)));
    }

    private MongoCollection<Document> projects() {
        return client.getDatabase("test").getCollection("projects");
    }

    private static String version(ProjectEvent event) {
        return event.eventId() + "@" + Generation.of(event).key();
    }

    /** A mention of one project (the examples'), published at {@code publishedAt}, with its own region and figure. */
    private static ProjectEvent mention(
            String label, String article, Stage stage, String publishedAt, String region, Double investment) {
        ProjectEvent e = TestEvents.project(id(label), id(article), stage, false, null, Instant.parse(publishedAt));
        return new ProjectEvent(
                e.schema(),
                e.type(),
                e.eventId(),
                e.articleId(),
                e.source(),
                e.extractor(),
                region,
                e.confidence(),
                e.evidence(),
                e.name(),
                e.projectKey(),
                stage,
                false,
                e.date(),
                investment == null || e.investment() == null
                        ? null
                        : new Investment(
                                investment,
                                e.investment().unit(),
                                e.investment().qualifier(),
                                e.investment().normalized()),
                List.of("公司" + label));
    }

    /** Each instant a second after the one before, so that events stored one after another have a stored order. */
    private static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
