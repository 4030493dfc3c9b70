package zonepulse.store.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.store.TestEvents.id;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.store.TestEvents;

/**
 * An article extracted again (by a newer extractor, or after its content changed) replaces its old events instead
 * of adding to them, whatever order its summary and events arrive in (DESIGN: generations).
 */
class GenerationsTest {
    private static final String A = "zonepulse-rules/2.0.0";
    private static final String B = "zonepulse-rules/2.1.0";
    private static final Instant FETCHED = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant REFETCHED = Instant.parse("2024-03-09T08:00:00Z");
    private static final String ARTICLE = id("article");

    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoEventStore store;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        client = MongoClients.create("mongodb://127.0.0.1:" + mongo.port() + "/?serverSelectionTimeoutMS=1000");
        store = new MongoEventStore(
                client.getDatabase("test"),
                TestEvents.JSON,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        store.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    /** One generation of the article: two indicators and one project event, and its summary. */
    private record Extraction(List<IndicatorEvent> indicators, List<ProjectEvent> projects, ExtractedArticle summary) {
        static Extraction of(String extractor, Instant fetchedAt, String project, double... values) {
            List<IndicatorEvent> indicators = new ArrayList<>();
            for (double value : values) {
                indicators.add(
                        TestEvents.indicator(id(extractor + fetchedAt + value), ARTICLE, value, extractor, fetchedAt));
            }
            List<ProjectEvent> projects = List.of(TestEvents.project(
                    id(extractor + fetchedAt + project), ARTICLE, project, Stage.SIGNED, extractor, fetchedAt));
            ExtractedArticle summary = TestEvents.article(
                    ARTICLE,
                    indicators.stream().map(IndicatorEvent::eventId).toList(),
                    projects.stream().map(ProjectEvent::eventId).toList(),
                    extractor,
                    fetchedAt);
            return new Extraction(indicators, projects, summary);
        }

        List<String> eventIds() {
            List<String> ids = new ArrayList<>(summary.indicatorEventIds());
            ids.addAll(summary.projectEventIds());
            return ids;
        }
    }

    enum SummaryArrives {
        BEFORE_THE_EVENTS,
        BETWEEN_THE_EVENTS,
        AFTER_THE_EVENTS
    }

    private void storeEvents(Extraction extraction, SummaryArrives when) {
        if (when == SummaryArrives.BEFORE_THE_EVENTS) {
            store.storeArticle(extraction.summary());
        }
        store.storeIndicator(extraction.indicators().get(0));
        if (when == SummaryArrives.BETWEEN_THE_EVENTS) {
            store.storeArticle(extraction.summary());
        }
        extraction.indicators().stream().skip(1).forEach(store::storeIndicator);
        extraction.projects().forEach(store::storeProject);
        if (when == SummaryArrives.AFTER_THE_EVENTS) {
            store.storeArticle(extraction.summary());
        }
    }

    private List<Object> current() {
        List<Object> ids = new ArrayList<>();
        store.indicators(new EventQueries.IndicatorFilter(null, null, null, ARTICLE, 100))
                .forEach(doc -> ids.add(doc.get("_id")));
        for (Map<String, Object> project : store.projects(new EventQueries.ProjectFilter(null, null, 100))) {
            store.projectEvents((String) project.get("_id")).forEach(doc -> ids.add(doc.get("_id")));
        }
        return ids;
    }

    @ParameterizedTest
    @EnumSource(SummaryArrives.class)
    void aNewerExtractorSupersedesTheOldEventsInAnyArrivalOrder(SummaryArrives when) {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);

        storeEvents(b, when);

        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
        assertThat(store.projects(new EventQueries.ProjectFilter(null, null, 100)))
                .as("the project only generation A named is gone; generation B's is there")
                .extracting(p -> p.get("_id"))
                .containsExactly("乙园区新材料");
        assertThat(store.counts())
                .containsEntry("indicator_observations", 2L)
                .containsEntry("project_events", 1L)
                .containsEntry("projects", 1L);
        assertThat(store.counts(true))
                .containsEntry("indicator_observations.superseded", 2L)
                .containsEntry("project_events.superseded", 1L)
                .containsEntry("article_generations", 2L);
        assertThat(store.indicators(new EventQueries.IndicatorFilter(null, null, null, ARTICLE, 100, true)))
                .as("asked for, superseded events are there, marked")
                .hasSize(4)
                .filteredOn(doc -> Boolean.TRUE.equals(doc.get("superseded")))
                .extracting(doc -> doc.get("_id"))
                .containsExactlyInAnyOrderElementsOf(a.summary().indicatorEventIds());
        assertThat(store.article(ARTICLE).orElseThrow()).containsEntry("extractor", B);
    }

    @ParameterizedTest
    @EnumSource(SummaryArrives.class)
    void theOlderGenerationRedeliveredAfterTheNewerChangesNothing(SummaryArrives when) {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);
        storeEvents(b, SummaryArrives.AFTER_THE_EVENTS);
        Map<String, Long> before = store.counts(true);
        Map<String, Object> projectBefore = store.project("乙园区新材料").orElseThrow();

        assertThat(store.storeArticle(a.summary()))
                .as("an older summary never replaces a newer one")
                .isFalse();
        storeEvents(a, when);

        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
        assertThat(store.counts(true)).isEqualTo(before);
        assertThat(store.project("乙园区新材料").orElseThrow()).isEqualTo(projectBefore);
        assertThat(store.project("甲园区智能制造")).isEmpty();
        assertThat(store.article(ARTICLE).orElseThrow()).containsEntry("extractor", B);
    }

    @Test
    void oneBatchHoldingBothGenerationsEndsAsTheNewerAloneWould() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        List<zonepulse.events.ExtractedArticle> summaries = List.of(b.summary(), a.summary());
        List<IndicatorEvent> indicators = new ArrayList<>(b.indicators());
        indicators.addAll(a.indicators());
        List<ProjectEvent> projects = List.of(a.projects().get(0), b.projects().get(0));

        BatchOutcome outcome = store.store(new EventBatch(summaries, indicators, projects));
        store.store(new EventBatch(summaries, indicators, projects)); // redelivered whole

        assertThat(outcome.summariesStored()).as("B's summary; A's is older").isEqualTo(1);
        assertThat(outcome.indicatorsWritten()).isEqualTo(4);
        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
        assertThat(store.project("甲园区智能制造")).isEmpty();
        assertThat(store.counts(true))
                .containsEntry("indicator_observations", 2L)
                .containsEntry("indicator_observations.superseded", 2L)
                .containsEntry("projects", 1L);
    }

    @Test
    void theSameEventTwiceInOneBatchIsStoredOnce() {
        IndicatorEvent event = TestEvents.indicator(id("twice"), ARTICLE, 10, A, FETCHED);

        BatchOutcome outcome = store.store(new EventBatch(List.of(), List.of(event, event), List.of()));

        assertThat(outcome.indicatorsWritten()).isEqualTo(1);
        assertThat(outcome.indicatorsUnchanged()).isEqualTo(1);
        assertThat(outcome.refused()).isEmpty();
    }

    @Test
    void theNewerGenerationArrivingFirstIsNotUndoneByTheOlderOne() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);

        storeEvents(b, SummaryArrives.BETWEEN_THE_EVENTS);
        storeEvents(a, SummaryArrives.BEFORE_THE_EVENTS);

        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
        assertThat(store.project("甲园区智能制造")).isEmpty();
    }

    @Test
    void changedContentSupersedesTheOldVersionsEvents() {
        Extraction before = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction after = Extraction.of(A, REFETCHED, "甲园区智能制造", 10, 30);
        storeEvents(before, SummaryArrives.AFTER_THE_EVENTS);

        storeEvents(after, SummaryArrives.BETWEEN_THE_EVENTS);

        assertThat(current()).containsExactlyInAnyOrderElementsOf(after.eventIds());
        assertThat(store.project("甲园区智能制造").orElseThrow())
                .extracting(p -> ((List<?>) p.get("timeline")).size())
                .as("the project's timeline holds the new version's mention only")
                .isEqualTo(1);
    }

    @Test
    void anEventIdSharedByTwoContentVersionsHoldsTheNewerVersionsEvent() {
        // event ids do not depend on the content: the same span and figure in a changed article keep their id
        IndicatorEvent old = TestEvents.indicator(id("same"), ARTICLE, 10, A, FETCHED);
        IndicatorEvent changed = TestEvents.indicator(id("same"), ARTICLE, 10, A, REFETCHED);
        store.storeIndicator(old);
        store.storeArticle(TestEvents.article(ARTICLE, List.of(old.eventId()), List.of(), A, FETCHED));

        assertThat(store.storeIndicator(changed)).isTrue();
        assertThat(store.storeIndicator(old))
                .as("the older version never comes back")
                .isFalse();
        store.storeArticle(TestEvents.article(ARTICLE, List.of(changed.eventId()), List.of(), A, REFETCHED));

        List<Map<String, Object>> stored =
                store.indicators(new EventQueries.IndicatorFilter(null, null, null, ARTICLE, 100, true));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsEntry("superseded", false);
        assertThat(((Map<?, ?>) stored.get(0).get("source")).get("fetchedAt")).isEqualTo(REFETCHED.toString());
    }

    @Test
    void theChangeReportListsWhatTheNewerExtractorAddedRemovedAndChanged() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);
        storeEvents(b, SummaryArrives.BETWEEN_THE_EVENTS);

        assertThat(store.extractors()).containsExactly(A, B);
        var report = new zonepulse.store.changes.ChangeReports(store)
                .between(null, null)
                .orElseThrow();

        assertThat(report.from()).isEqualTo(A);
        assertThat(report.to()).isEqualTo(B);
        assertThat(report.articlesCompared()).isEqualTo(1);
        assertThat(report.articlesChanged()).isEqualTo(1);
        // the test events share one evidence span: 10 pairs with 10, 20 with 25 (a changed value), the project
        // event pairs by span and stage and changes its name
        assertThat(report.eventsChanged()).isEqualTo(2);
        assertThat(report.articles().get(0).changed())
                .flatExtracting(change -> change.fields())
                .extracting(field -> field.field())
                .contains("value", "name", "projectKey");
        assertThat(new zonepulse.store.changes.ChangeReports(store).between("2.1.0", "9.9.9"))
                .isEmpty();
    }

    @Test
    void aRedeliveredSummaryRepairsWhatACrashBetweenWritesLeftUndone() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);
        storeEvents(b, SummaryArrives.BEFORE_THE_EVENTS);
        // as if the first delivery of B's summary had died after writing the article but before marking its events
        client.getDatabase("test")
                .getCollection(Fields.INDICATOR_OBSERVATIONS)
                .updateMany(
                        new org.bson.Document(),
                        new org.bson.Document(
                                "$set",
                                new org.bson.Document(Fields.SUPERSEDED, false).append(Fields.STATUS_BASIS, "")));

        assertThat(store.storeArticle(b.summary()))
                .as("the same generation again")
                .isFalse();

        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
    }

    @Test
    void aRedeliveredSummaryRemovesAProjectACrashLeftShowingSupersededEvents() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);
        var database = client.getDatabase("test");
        org.bson.Document projectOfA = database.getCollection(Fields.PROJECTS)
                .find(new org.bson.Document(Fields.ID, "甲园区智能制造"))
                .first();
        org.bson.Document listOfA = database.getCollection(EventMemberships.PROJECT_EVENT_IDS)
                .find(new org.bson.Document(Fields.ID, "甲园区智能制造"))
                .first();
        storeEvents(b, SummaryArrives.AFTER_THE_EVENTS);
        // as if B's summary had marked A's events superseded and died before re-projecting A's project
        database.getCollection(Fields.PROJECTS).insertOne(projectOfA);
        database.getCollection(EventMemberships.PROJECT_EVENT_IDS)
                .replaceOne(new org.bson.Document(Fields.ID, "甲园区智能制造"), listOfA);

        store.storeArticle(b.summary());

        assertThat(store.projects(new EventQueries.ProjectFilter(null, null, 100)))
                .extracting(p -> p.get("_id"))
                .containsExactly("乙园区新材料");
    }

    @Test
    void eventsAnEarlierVersionStoredBeforeEventListsExistedAreSupersededAllTheSame() {
        Extraction a = Extraction.of(A, FETCHED, "甲园区智能制造", 10, 20);
        Extraction b = Extraction.of(B, FETCHED, "乙园区新材料", 10, 25);
        storeEvents(a, SummaryArrives.AFTER_THE_EVENTS);
        // the database as a version without the lists left it
        var database = client.getDatabase("test");
        database.getCollection(EventMemberships.ARTICLE_EVENT_IDS).drop();
        database.getCollection(EventMemberships.PROJECT_EVENT_IDS).drop();
        database.getCollection(EventMemberships.MIGRATIONS).drop();
        MongoEventStore upgraded = new MongoEventStore(
                database, TestEvents.JSON, Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));

        b.indicators().forEach(upgraded::storeIndicator);
        b.projects().forEach(upgraded::storeProject);
        upgraded.storeArticle(b.summary());

        assertThat(current()).containsExactlyInAnyOrderElementsOf(b.eventIds());
        assertThat(store.projects(new EventQueries.ProjectFilter(null, null, 100)))
                .extracting(p -> p.get("_id"))
                .containsExactly("乙园区新材料");
        assertThat(database.getCollection(EventMemberships.MIGRATIONS).countDocuments())
                .as("the lists were filled once, and that is recorded")
                .isEqualTo(1);
    }
}
