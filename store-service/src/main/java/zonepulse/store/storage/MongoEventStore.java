package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Generation;
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
    /** Events that no newer generation of their article has superseded. */
    private static final Bson CURRENT = ne(Fields.SUPERSEDED, true);

    private final MongoDatabase database;
    /** The same database for the read API: every query bounded in time, so a slow MongoDB gets a 503, not a hang. */
    private final MongoDatabase reads;

    private final EventJson json;
    private final Clock clock;

    MongoEventStore(MongoDatabase database, EventJson json, Clock clock) {
        this(database, database, json, clock);
    }

    /**
     * @param database for writes and the projections, which wait as long as MongoDB takes
     * @param reads for the queries of the read API, usually {@code database} with a time limit
     */
    MongoEventStore(MongoDatabase database, MongoDatabase reads, EventJson json, Clock clock) {
        this.database = database;
        this.reads = reads;
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
            collection(Fields.ARTICLE_GENERATIONS).createIndex(Indexes.ascending(Fields.EXTRACTOR));
            collection(Fields.ARTICLE_GENERATIONS).createIndex(Indexes.ascending(Fields.ARTICLE_ID));
            return null;
        });
    }

    @Override
    public boolean storeArticle(ExtractedArticle article) {
        String generation = Generation.of(article).key();
        Document doc = Document.parse(json.writeString(article));
        doc.remove("schema");
        doc.put(Fields.ID, article.articleId());
        doc.put(
                Fields.PUBLISHED_AT,
                article.publishedAt() == null ? null : article.publishedAt().toString());
        doc.put(Fields.INDICATOR_COUNT, article.indicatorCount());
        doc.put(Fields.PROJECT_COUNT, article.projectCount());
        doc.put(Fields.GENERATION, generation);
        doc.put(Fields.STORED_AT, clock.instant().toString());
        return guarded("storing article " + article.articleId(), () -> {
            insertIfAbsent(Fields.ARTICLE_GENERATIONS, generationDocument(article, generation));
            Document existing = collection(Fields.ARTICLES)
                    .find(eq(Fields.ID, article.articleId()))
                    .projection(new Document(Fields.GENERATION, 1))
                    .first();
            // only a newer generation replaces the current summary: a late or redelivered older one never does
            boolean newer = existing == null || generation.compareTo(generationOf(existing)) > 0;
            if (newer) {
                collection(Fields.ARTICLES)
                        .replaceOne(eq(Fields.ID, article.articleId()), doc, new ReplaceOptions().upsert(true));
            }
            // always, even for a redelivery: the first delivery may have died between these writes
            reconcileArticle(article.articleId());
            return newer;
        });
    }

    @Override
    public boolean storeIndicator(IndicatorEvent event) {
        Document doc = eventDocument(event, event.eventId(), Generation.of(event));
        doc.put(Fields.SERIES_KEY, event.seriesKey());
        return guarded("storing indicator event " + event.eventId(), () -> {
            boolean written = writeUnlessOlder(Fields.INDICATOR_OBSERVATIONS, doc);
            reconcileEvent(Fields.INDICATOR_OBSERVATIONS, event.eventId(), event.articleId(), doc);
            return written;
        });
    }

    @Override
    public boolean storeProject(ProjectEvent event) {
        Document doc = eventDocument(event, event.eventId(), Generation.of(event));
        return guarded("storing project event " + event.eventId(), () -> {
            boolean written = writeUnlessOlder(Fields.PROJECT_EVENTS, doc);
            reconcileEvent(Fields.PROJECT_EVENTS, event.eventId(), event.articleId(), doc);
            // Re-project even for a redelivered event: the first delivery may have died between the writes.
            reproject(event.projectKey());
            return written;
        });
    }

    @Override
    public void ping() {
        guarded("pinging", () -> database.runCommand(new Document("ping", 1)));
    }

    /** The history of an article's generations, one document each, for replays' change reports. */
    private Document generationDocument(ExtractedArticle article, String generation) {
        return new Document(Fields.ID, article.articleId() + "|" + generation)
                .append(Fields.ARTICLE_ID, article.articleId())
                .append(Fields.GENERATION, generation)
                .append(Fields.EXTRACTOR, article.extractor())
                .append(
                        Fields.FETCHED_AT,
                        article.source() == null || article.source().fetchedAt() == null
                                ? null
                                : article.source().fetchedAt().toString())
                .append(Fields.CONTENT_HASH, article.contentHash())
                .append(Fields.TITLE, article.title())
                .append(Fields.INDICATOR_EVENT_IDS, article.indicatorEventIds())
                .append(Fields.PROJECT_EVENT_IDS, article.projectEventIds())
                .append(Fields.STORED_AT, clock.instant().toString());
    }

    /** A summary's generation key; "" for one stored before generations were recorded (older than any). */
    private static String generationOf(Document summary) {
        String generation = summary.getString(Fields.GENERATION);
        return generation == null ? EventStatus.NO_SUMMARY : generation;
    }

    /**
     * Inserts the event if absent. Under an id that is already stored it replaces the stored event only when the new
     * one is of a newer content version of the article (an event id does not depend on the content, so changed
     * content can yield the same id for a changed figure); a redelivery or an older version changes nothing.
     */
    private boolean writeUnlessOlder(String collection, Document doc) {
        if (insertIfAbsent(collection, doc)) {
            return true;
        }
        return collection(collection)
                        .replaceOne(
                                and(
                                        eq(Fields.ID, doc.get(Fields.ID)),
                                        lt(Fields.GENERATION, doc.get(Fields.GENERATION))),
                                doc)
                        .getModifiedCount()
                > 0;
    }

    /** The article's current summary: its generation and the ids it lists; null when none is stored yet. */
    private CurrentSummary currentSummary(String articleId) {
        Document summary = collection(Fields.ARTICLES)
                .find(eq(Fields.ID, articleId))
                .projection(new Document(Fields.GENERATION, 1)
                        .append(Fields.INDICATOR_EVENT_IDS, 1)
                        .append(Fields.PROJECT_EVENT_IDS, 1))
                .first();
        if (summary == null) {
            return new CurrentSummary(null, Set.of());
        }
        Set<String> listed = new HashSet<>(summary.getList(Fields.INDICATOR_EVENT_IDS, String.class, List.of()));
        listed.addAll(summary.getList(Fields.PROJECT_EVENT_IDS, String.class, List.of()));
        return new CurrentSummary(generationOf(summary), listed);
    }

    private record CurrentSummary(String generation, Set<String> listed) {
        EventStatus statusOf(String eventId, String eventGeneration) {
            return EventStatus.decide(eventId, eventGeneration, generation, listed);
        }
    }

    /**
     * Decides one event's status after it was written. The article's summary is read after the event's write, and
     * {@link #storeArticle} reconciles after the summary's write: whichever runs second sees both, so an event and
     * its summary arriving at the same time on two consumers still end in the right status.
     */
    private void reconcileEvent(String collection, String eventId, String articleId, Document written) {
        EventStatus status = currentSummary(articleId).statusOf(eventId, written.getString(Fields.GENERATION));
        applyStatus(collection, eventId, status);
    }

    /**
     * Marks every stored event of the article current or superseded according to its current summary, and re-projects
     * the projects whose events changed status. Idempotent.
     */
    private void reconcileArticle(String articleId) {
        CurrentSummary summary = currentSummary(articleId);
        Set<String> touchedProjects = new TreeSet<>();
        for (String collection : List.of(Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS)) {
            for (Document stored : collection(collection)
                    .find(eq(Fields.ARTICLE_ID, articleId))
                    .projection(new Document(Fields.GENERATION, 1)
                            .append(Fields.SUPERSEDED, 1)
                            .append(Fields.STATUS_BASIS, 1)
                            .append(Fields.PROJECT_KEY, 1))) {
                String eventId = stored.getString(Fields.ID);
                EventStatus status = summary.statusOf(eventId, generationOf(stored));
                boolean unchanged = Boolean.valueOf(status.superseded()).equals(stored.getBoolean(Fields.SUPERSEDED))
                        && status.basis().equals(stored.getString(Fields.STATUS_BASIS));
                if (!unchanged) {
                    applyStatus(collection, eventId, status);
                }
                if (stored.getString(Fields.PROJECT_KEY) != null) {
                    touchedProjects.add(stored.getString(Fields.PROJECT_KEY));
                }
            }
        }
        touchedProjects.forEach(this::reproject);
    }

    /** Sets the status unless the stored one was decided on a newer summary. */
    private void applyStatus(String collection, String eventId, EventStatus status) {
        collection(collection)
                .updateOne(
                        and(
                                eq(Fields.ID, eventId),
                                or(lte(Fields.STATUS_BASIS, status.basis()), exists(Fields.STATUS_BASIS, false))),
                        combine(set(Fields.SUPERSEDED, status.superseded()), set(Fields.STATUS_BASIS, status.basis())));
    }

    /**
     * Rebuilds the project's projection from its current events (deleting it when none is left). Another consumer
     * may change those events meanwhile, so the projection is checked against a second read and rebuilt until both
     * agree: the last writer always wrote what the events said when it finished.
     */
    private void reproject(String projectKey) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Document> events = currentProjectEvents(projectKey);
            if (events.isEmpty()) {
                collection(Fields.PROJECTS).deleteOne(eq(Fields.ID, projectKey));
            } else {
                ProjectTimeline project = null;
                for (Document stored : events) {
                    Instant storedAt = Instant.parse(stored.getString(Fields.STORED_AT));
                    ProjectEvent event = json.read(stored.toJson(), ProjectEvent.class);
                    project = project == null ? ProjectTimeline.of(event, storedAt) : project.with(event, storedAt);
                }
                collection(Fields.PROJECTS)
                        .replaceOne(
                                eq(Fields.ID, projectKey), projectDocument(project), new ReplaceOptions().upsert(true));
            }
            if (versions(events).equals(versions(currentProjectEvents(projectKey)))) {
                return;
            }
        }
    }

    private List<Document> currentProjectEvents(String projectKey) {
        List<Document> events = new ArrayList<>();
        collection(Fields.PROJECT_EVENTS)
                .find(and(eq(Fields.PROJECT_KEY, projectKey), ne(Fields.SUPERSEDED, true)))
                .sort(ascending(Fields.STORED_AT, Fields.ID))
                .forEach(events::add);
        return events;
    }

    private static List<String> versions(List<Document> events) {
        return events.stream()
                .map(e -> e.getString(Fields.ID) + "@" + e.getString(Fields.GENERATION))
                .toList();
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

    private Document eventDocument(Object event, String eventId, Generation generation) {
        Document doc = Document.parse(json.writeString(event));
        doc.put(Fields.ID, eventId);
        doc.put(Fields.STORED_AT, clock.instant().toString());
        doc.put(Fields.GENERATION, generation.key());
        // current until its article's summary says otherwise (reconcileEvent decides right after the write)
        doc.put(Fields.SUPERSEDED, false);
        doc.put(Fields.STATUS_BASIS, EventStatus.NO_SUMMARY);
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
                () -> list(readCollection(Fields.PROJECTS)
                        .find(conditions.isEmpty() ? new Document() : and(conditions))
                        .sort(descending(Fields.LAST_SEEN))
                        .limit(filter.limit())));
    }

    @Override
    public Optional<Map<String, Object>> project(String projectKey) {
        return guarded(
                "reading project",
                () -> Optional.ofNullable(readCollection(Fields.PROJECTS)
                        .find(eq(Fields.ID, projectKey))
                        .first()));
    }

    @Override
    public List<Map<String, Object>> projectEvents(String projectKey, boolean includeSuperseded) {
        Bson filter = eq(Fields.PROJECT_KEY, projectKey);
        return guarded(
                "reading project events",
                () -> list(readCollection(Fields.PROJECT_EVENTS)
                        .find(includeSuperseded ? filter : and(filter, CURRENT))
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
        if (!filter.includeSuperseded()) {
            conditions.add(CURRENT);
        }
        return guarded(
                "listing indicators",
                () -> list(readCollection(Fields.INDICATOR_OBSERVATIONS)
                        .find(conditions.isEmpty() ? new Document() : and(conditions))
                        .sort(ascending(Fields.SERIES_KEY, Fields.PERIOD_END))
                        .limit(filter.limit())));
    }

    @Override
    public Optional<Map<String, Object>> article(String articleId) {
        return guarded(
                "reading article",
                () -> Optional.ofNullable(readCollection(Fields.ARTICLES)
                        .find(eq(Fields.ID, articleId))
                        .first()));
    }

    @Override
    public long indicatorEventCount(String articleId) {
        return guarded(
                "counting indicators",
                () -> readCollection(Fields.INDICATOR_OBSERVATIONS)
                        .countDocuments(and(eq(Fields.ARTICLE_ID, articleId), CURRENT)));
    }

    @Override
    public long projectEventCount(String articleId) {
        return guarded(
                "counting project events",
                () -> readCollection(Fields.PROJECT_EVENTS)
                        .countDocuments(and(eq(Fields.ARTICLE_ID, articleId), CURRENT)));
    }

    @Override
    public Map<String, Long> counts(boolean includeSuperseded) {
        return guarded("counting", () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(Fields.ARTICLES, readCollection(Fields.ARTICLES).countDocuments());
            for (String events : List.of(Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS)) {
                counts.put(events, readCollection(events).countDocuments(CURRENT));
            }
            counts.put(Fields.PROJECTS, readCollection(Fields.PROJECTS).countDocuments());
            if (includeSuperseded) {
                for (String events : List.of(Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS)) {
                    counts.put(
                            events + ".superseded", readCollection(events).countDocuments(eq(Fields.SUPERSEDED, true)));
                }
                counts.put(
                        Fields.ARTICLE_GENERATIONS,
                        readCollection(Fields.ARTICLE_GENERATIONS).countDocuments());
            }
            return counts;
        });
    }

    @Override
    public List<String> extractors() {
        return guarded("listing extractors", () -> {
            List<String> extractors = new ArrayList<>();
            readCollection(Fields.ARTICLE_GENERATIONS)
                    .distinct(Fields.EXTRACTOR, String.class)
                    .forEach(extractors::add);
            extractors.sort(java.util.Comparator.comparing(extractor -> new Generation(null, extractor)));
            return extractors;
        });
    }

    @Override
    public List<Map<String, Object>> generationsBy(String extractor) {
        return guarded("listing article generations", () -> {
            Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
            for (Document generation : readCollection(Fields.ARTICLE_GENERATIONS)
                    .find(eq(Fields.EXTRACTOR, extractor))
                    .sort(ascending(Fields.ARTICLE_ID, Fields.GENERATION))) {
                latest.put(generation.getString(Fields.ARTICLE_ID), generation);
            }
            return List.copyOf(latest.values());
        });
    }

    @Override
    public List<Map<String, Object>> eventsById(java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return guarded("reading events", () -> {
            List<Map<String, Object>> events = new ArrayList<>();
            for (String collection : List.of(Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS)) {
                readCollection(collection)
                        .find(com.mongodb.client.model.Filters.in(Fields.ID, eventIds))
                        .forEach(events::add);
            }
            return events;
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

    private MongoCollection<Document> readCollection(String name) {
        return reads.getCollection(name);
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
