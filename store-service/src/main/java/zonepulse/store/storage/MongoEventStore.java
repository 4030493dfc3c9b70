package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Investment;
import zonepulse.events.ProjectEvent;
import zonepulse.store.projects.ProjectTimeline;

/**
 * The MongoDB adapter behind {@link EventStore} and {@link EventQueries}. Events are stored in the contract's own
 * JSON shape, under their deterministic ids, insert-if-absent; the {@code projects} projection is rebuilt from a
 * project's stored events on each new one, so it is always what {@code project_events} says, even after a crash
 * between the two writes. Uses only what mongo-java-server and a real MongoDB replica set do the same way.
 */
final class MongoEventStore implements EventStore, EventQueries {
    private final MongoDatabase database;
    private final EventJson json;
    private final Clock clock;

    MongoEventStore(MongoDatabase database, EventJson json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** Creates the indexes DESIGN names; idempotent. */
    void createIndexes() {
        guarded("creating indexes", () -> {
            collection(Fields.ARTICLES).createIndex(Indexes.ascending(Fields.CONTENT_HASH));
            collection(Fields.ARTICLES).createIndex(Indexes.descending(Fields.PUBLISHED_AT));
            collection(Fields.INDICATOR_OBSERVATIONS)
                    .createIndex(Indexes.ascending(Fields.SERIES_KEY, Fields.PERIOD_END));
            collection(Fields.INDICATOR_OBSERVATIONS).createIndex(Indexes.ascending(Fields.REGION, Fields.INDICATOR));
            collection(Fields.INDICATOR_OBSERVATIONS).createIndex(Indexes.ascending(Fields.ARTICLE_ID));
            collection(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.PROJECT_KEY, Fields.DATE_VALUE));
            collection(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.ARTICLE_ID));
            collection(Fields.PROJECTS)
                    .createIndex(Indexes.descending(Fields.LAST_SEEN), new IndexOptions().name("lastSeen_desc"));
            return null;
        });
    }

    @Override
    public boolean storeArticle(ExtractedArticle article) {
        Document doc = Document.parse(json.writeString(article));
        doc.remove("schema");
        doc.put(Fields.ID, article.articleId());
        doc.put(
                Fields.PUBLISHED_AT,
                article.publishedAt() == null ? null : article.publishedAt().toString());
        doc.put(Fields.INDICATOR_COUNT, article.indicatorCount());
        doc.put(Fields.PROJECT_COUNT, article.projectCount());
        doc.put(Fields.STORED_AT, clock.instant().toString());
        return guarded("storing article " + article.articleId(), () -> {
            Document existing = collection(Fields.ARTICLES)
                    .find(eq(Fields.ID, article.articleId()))
                    .projection(new Document(Fields.CONTENT_HASH, 1).append(Fields.EXTRACTOR, 1))
                    .first();
            if (existing != null
                    && java.util.Objects.equals(existing.getString(Fields.CONTENT_HASH), article.contentHash())
                    && java.util.Objects.equals(existing.getString(Fields.EXTRACTOR), article.extractor())) {
                return false;
            }
            collection(Fields.ARTICLES)
                    .replaceOne(eq(Fields.ID, article.articleId()), doc, new ReplaceOptions().upsert(true));
            return true;
        });
    }

    @Override
    public boolean storeIndicator(IndicatorEvent event) {
        Document doc = eventDocument(event, event.eventId());
        doc.put(Fields.SERIES_KEY, event.seriesKey());
        return guarded(
                "storing indicator event " + event.eventId(), () -> insertIfAbsent(Fields.INDICATOR_OBSERVATIONS, doc));
    }

    @Override
    public boolean storeProject(ProjectEvent event) {
        Document doc = eventDocument(event, event.eventId());
        return guarded("storing project event " + event.eventId(), () -> {
            boolean inserted = insertIfAbsent(Fields.PROJECT_EVENTS, doc);
            // Re-project even for a redelivered event: the first delivery may have died between the two writes.
            reproject(event.projectKey());
            return inserted;
        });
    }

    @Override
    public void ping() {
        guarded("pinging", () -> database.runCommand(new Document("ping", 1)));
    }

    private void reproject(String projectKey) {
        ProjectTimeline project = null;
        for (Document stored : collection(Fields.PROJECT_EVENTS)
                .find(eq(Fields.PROJECT_KEY, projectKey))
                .sort(ascending(Fields.STORED_AT, Fields.ID))) {
            Instant storedAt = Instant.parse(stored.getString(Fields.STORED_AT));
            ProjectEvent event = json.read(stored.toJson(), ProjectEvent.class);
            project = project == null ? ProjectTimeline.of(event, storedAt) : project.with(event, storedAt);
        }
        if (project != null) {
            collection(Fields.PROJECTS)
                    .replaceOne(eq(Fields.ID, projectKey), projectDocument(project), new ReplaceOptions().upsert(true));
        }
    }

    private Document projectDocument(ProjectTimeline project) {
        List<Document> timeline = new ArrayList<>();
        for (ProjectTimeline.Entry entry : project.timeline()) {
            timeline.add(new Document(Fields.EVENT_ID, entry.eventId())
                    .append(Fields.STAGE, entry.stage().wire())
                    .append(Fields.EXPECTED, entry.expected())
                    .append(Fields.DATE, entry.date() == null ? null : Document.parse(json.writeString(entry.date())))
                    .append(Fields.ARTICLE_ID, entry.articleId())
                    .append(Fields.SEEN_AT, entry.seenAt().toString())
                    .append(Fields.QUOTE, entry.quote()));
        }
        Investment investment = project.latestInvestment();
        return new Document(Fields.ID, project.projectKey())
                .append(Fields.NAME, project.name())
                .append(Fields.NAME_VARIANTS, List.copyOf(project.nameVariants()))
                .append(Fields.COMPANIES, List.copyOf(project.companies()))
                .append(Fields.REGION, project.region())
                .append(Fields.TIMELINE, timeline)
                .append(
                        Fields.FURTHEST_STAGE,
                        project.furthestStage() == null
                                ? null
                                : project.furthestStage().wire())
                .append(
                        Fields.LATEST_INVESTMENT,
                        investment == null ? null : Document.parse(json.writeString(investment)))
                .append(Fields.FIRST_SEEN, project.firstSeen().toString())
                .append(Fields.LAST_SEEN, project.lastSeen().toString())
                .append(Fields.SOURCES, List.copyOf(project.sources()))
                .append(Fields.SOURCE_COUNT, project.sourceCount());
    }

    private Document eventDocument(Object event, String eventId) {
        Document doc = Document.parse(json.writeString(event));
        doc.put(Fields.ID, eventId);
        doc.put(Fields.STORED_AT, clock.instant().toString());
        return doc;
    }

    private boolean insertIfAbsent(String collection, Document doc) {
        try {
            collection(collection).insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    // ---- queries

    @Override
    public List<Map<String, Object>> projects(ProjectFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.stage() != null) {
            conditions.add(eq(Fields.FURTHEST_STAGE, filter.stage()));
        }
        if (filter.region() != null) {
            conditions.add(eq(Fields.REGION, filter.region()));
        }
        return guarded(
                "listing projects",
                () -> list(collection(Fields.PROJECTS)
                        .find(conditions.isEmpty() ? new Document() : and(conditions))
                        .sort(descending(Fields.LAST_SEEN))
                        .limit(filter.limit())));
    }

    @Override
    public Optional<Map<String, Object>> project(String projectKey) {
        return guarded(
                "reading project",
                () -> Optional.ofNullable(collection(Fields.PROJECTS)
                        .find(eq(Fields.ID, projectKey))
                        .first()));
    }

    @Override
    public List<Map<String, Object>> projectEvents(String projectKey) {
        return guarded(
                "reading project events",
                () -> list(collection(Fields.PROJECT_EVENTS)
                        .find(eq(Fields.PROJECT_KEY, projectKey))
                        .sort(ascending(Fields.DATE_VALUE, Fields.STORED_AT))));
    }

    @Override
    public List<Map<String, Object>> indicators(IndicatorFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.region() != null) {
            conditions.add(eq(Fields.REGION, filter.region()));
        }
        if (filter.indicator() != null) {
            conditions.add(eq(Fields.INDICATOR, filter.indicator()));
        }
        if (filter.measure() != null) {
            conditions.add(eq(Fields.MEASURE, filter.measure()));
        }
        if (filter.articleId() != null) {
            conditions.add(eq(Fields.ARTICLE_ID, filter.articleId()));
        }
        return guarded(
                "listing indicators",
                () -> list(collection(Fields.INDICATOR_OBSERVATIONS)
                        .find(conditions.isEmpty() ? new Document() : and(conditions))
                        .sort(ascending(Fields.SERIES_KEY, Fields.PERIOD_END))
                        .limit(filter.limit())));
    }

    @Override
    public Optional<Map<String, Object>> article(String articleId) {
        return guarded(
                "reading article",
                () -> Optional.ofNullable(collection(Fields.ARTICLES)
                        .find(eq(Fields.ID, articleId))
                        .first()));
    }

    @Override
    public long indicatorEventCount(String articleId) {
        return guarded(
                "counting indicators",
                () -> collection(Fields.INDICATOR_OBSERVATIONS).countDocuments(eq(Fields.ARTICLE_ID, articleId)));
    }

    @Override
    public long projectEventCount(String articleId) {
        return guarded(
                "counting project events",
                () -> collection(Fields.PROJECT_EVENTS).countDocuments(eq(Fields.ARTICLE_ID, articleId)));
    }

    @Override
    public Map<String, Long> counts() {
        return guarded("counting", () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String name :
                    List.of(Fields.ARTICLES, Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS, Fields.PROJECTS)) {
                counts.put(name, collection(name).countDocuments());
            }
            return counts;
        });
    }

    private static List<Map<String, Object>> list(Iterable<Document> documents) {
        List<Map<String, Object>> result = new ArrayList<>();
        documents.forEach(result::add);
        return result;
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Runs a database call, turning a driver failure into {@link StoreUnavailableException}. */
    private static <T> T guarded(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new StoreUnavailableException("MongoDB failed " + what + ": " + e.getMessage(), e);
        }
    }
}
