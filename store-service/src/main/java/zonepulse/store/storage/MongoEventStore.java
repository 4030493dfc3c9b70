package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /** Indexes earlier versions made, replaced by those of {@link #createIndexes} that begin with their keys. */
    static final List<Bson> RETIRED_INDICATOR_INDEXES = List.of(Indexes.ascending(Fields.ARTICLE_ID));

    /** A stored project as the first API shows it: without the fields kept only for the read API's indexes. */
    private static final Bson WITHOUT_SEARCH_FIELDS =
            Projections.exclude(Fields.NAME_SUFFIXES, Fields.HAS_EXPECTED_STAGE);

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
            // an article's events: for reconciling them with its summary, and the read API's article filter, in the
            // API's order (seriesKey, _id) so that its pages come from the index in order
            collection(Fields.INDICATOR_OBSERVATIONS)
                    .createIndex(Indexes.ascending(Fields.ARTICLE_ID, Fields.SERIES_KEY, Fields.ID));
            RetiredIndexes.drop(collection(Fields.INDICATOR_OBSERVATIONS), RETIRED_INDICATOR_INDEXES);
            collection(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.PROJECT_KEY, Fields.DATE_VALUE));
            collection(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.ARTICLE_ID));
            collection(Fields.PROJECTS)
                    .createIndex(Indexes.descending(Fields.LAST_SEEN), new IndexOptions().name("lastSeen_desc"));
            collection(Fields.ARTICLE_GENERATIONS).createIndex(Indexes.ascending(Fields.EXTRACTOR));
            collection(Fields.ARTICLE_GENERATIONS).createIndex(Indexes.ascending(Fields.ARTICLE_ID));
            return null;
        });
    }

    /**
     * Gives the projects stored by an earlier version of this service the fields the read API's filters use
     * ({@link ProjectSearchFields}), derived from their stored names and timeline; idempotent. A project written
     * meanwhile already has them and is left as it is.
     */
    void completeProjectSearchFields() {
        guarded("completing the projects' search fields", () -> {
            Bson incomplete = or(exists(Fields.NAME_SUFFIXES, false), exists(Fields.HAS_EXPECTED_STAGE, false));
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Document project : collection(Fields.PROJECTS).find(incomplete)) {
                writes.add(new UpdateOneModel<>(
                        and(eq(Fields.ID, project.get(Fields.ID)), incomplete),
                        searchFields(
                                project.getList(Fields.NAME_VARIANTS, String.class, List.of()),
                                project.getList(Fields.TIMELINE, Document.class, List.of()).stream()
                                        .anyMatch(entry -> Boolean.TRUE.equals(entry.getBoolean(Fields.EXPECTED))))));
                if (writes.size() == 500) {
                    collection(Fields.PROJECTS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
                    writes.clear();
                }
            }
            if (!writes.isEmpty()) {
                collection(Fields.PROJECTS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
            return null;
        });
    }

    private static Bson searchFields(java.util.Collection<String> names, boolean hasExpectedStage) {
        return combine(
                set(Fields.NAME_SUFFIXES, ProjectSearchFields.nameSuffixes(names)),
                set(Fields.HAS_EXPECTED_STAGE, hasExpectedStage));
    }

    /**
     * Stores a batch: the events in bulk (insert if absent), the summaries one by one (only a newer generation
     * replaces an article's current summary), then every touched article's events reconciled with its current
     * summary and every touched project re-projected, once each. Every step is idempotent and decided from what is
     * stored, so a redelivered batch, or one cut off by a crash, ends in the same state when it comes again.
     */
    @Override
    public BatchOutcome store(EventBatch batch) {
        return guarded("storing a batch", () -> {
            Map<String, String> refused = new LinkedHashMap<>();
            List<Document> indicators = new ArrayList<>();
            for (IndicatorEvent event : batch.indicators()) {
                Document doc = eventDocument(event, event.eventId(), Generation.of(event));
                doc.put(Fields.SERIES_KEY, event.seriesKey());
                indicators.add(doc);
            }
            List<Document> projects = new ArrayList<>();
            for (ProjectEvent event : batch.projects()) {
                projects.add(eventDocument(event, event.eventId(), Generation.of(event)));
            }
            int indicatorsWritten = writeAllUnlessOlder(Fields.INDICATOR_OBSERVATIONS, indicators, refused);
            int projectsWritten = writeAllUnlessOlder(Fields.PROJECT_EVENTS, projects, refused);
            int summariesStored = 0;
            for (ExtractedArticle summary : batch.summaries()) {
                if (storeSummary(summary)) {
                    summariesStored++;
                }
            }
            Set<String> articles = new LinkedHashSet<>();
            batch.summaries().forEach(summary -> articles.add(summary.articleId()));
            batch.indicators().forEach(event -> articles.add(event.articleId()));
            batch.projects().forEach(event -> articles.add(event.articleId()));
            Set<String> projectKeys = reconcileArticles(articles);
            // a project event's own project, even when its article's events kept their status: it may be new
            batch.projects().forEach(event -> projectKeys.add(event.projectKey()));
            reproject(projectKeys);
            return new BatchOutcome(
                    summariesStored,
                    batch.summaries().size() - summariesStored,
                    indicatorsWritten,
                    indicators.size() - indicatorsWritten - refusedAmong(indicators, refused),
                    projectsWritten,
                    projects.size() - projectsWritten - refusedAmong(projects, refused),
                    refused);
        });
    }

    private static int refusedAmong(List<Document> docs, Map<String, String> refused) {
        return (int) docs.stream()
                .filter(doc -> refused.containsKey(doc.getString(Fields.ID)))
                .count();
    }

    @Override
    public void ping() {
        guarded("pinging", () -> database.runCommand(new Document("ping", 1)));
    }

    /** Stores one summary in its article's history; true when it became the article's current summary. */
    private boolean storeSummary(ExtractedArticle article) {
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
        return newer;
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

    /** A summary's or event's generation key; "" for one stored before generations were recorded (older than any). */
    private static String generationOf(Document stored) {
        String generation = stored.getString(Fields.GENERATION);
        return generation == null ? EventStatus.NO_SUMMARY : generation;
    }

    /**
     * Inserts the events that are absent, in one unordered bulk insert. Under an id that is already stored, the
     * stored event is replaced only by one of a newer content version of the article (an event id does not depend on
     * the content, so changed content can yield the same id for a changed figure); a redelivery or an older version
     * changes nothing. An event MongoDB refuses for another reason is listed in {@code refused}, the others stored.
     *
     * @return how many events were written
     */
    private int writeAllUnlessOlder(String collection, List<Document> docs, Map<String, String> refused) {
        // the same event twice in one batch (a redelivery within the poll): the newest version once
        Map<Object, Document> unique = new LinkedHashMap<>();
        for (Document doc : docs) {
            unique.merge(
                    doc.get(Fields.ID),
                    doc,
                    (kept, other) -> generationOf(other).compareTo(generationOf(kept)) > 0 ? other : kept);
        }
        if (unique.isEmpty()) {
            return 0;
        }
        List<Document> toInsert = List.copyOf(unique.values());
        List<Document> present = new ArrayList<>();
        int inserted = toInsert.size();
        try {
            collection(collection).insertMany(toInsert, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                inserted--;
                Document doc = toInsert.get(error.getIndex());
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    present.add(doc);
                } else {
                    refused.put(doc.getString(Fields.ID), "MongoDB refused the event: " + error.getMessage());
                }
            }
        }
        int replaced = 0;
        for (Document doc : present) {
            replaced += (int) collection(collection)
                    .replaceOne(
                            and(eq(Fields.ID, doc.get(Fields.ID)), lt(Fields.GENERATION, doc.get(Fields.GENERATION))),
                            doc)
                    .getModifiedCount();
        }
        return inserted + replaced;
    }

    /** An article's current summary: its generation and the ids it lists. */
    private record CurrentSummary(String generation, Set<String> listed) {
        static final CurrentSummary NONE = new CurrentSummary(null, Set.of());

        static CurrentSummary of(Document summary) {
            Set<String> listed = new HashSet<>(summary.getList(Fields.INDICATOR_EVENT_IDS, String.class, List.of()));
            listed.addAll(summary.getList(Fields.PROJECT_EVENT_IDS, String.class, List.of()));
            return new CurrentSummary(generationOf(summary), listed);
        }

        EventStatus statusOf(String eventId, String eventGeneration) {
            return EventStatus.decide(eventId, eventGeneration, generation, listed);
        }
    }

    /**
     * Marks every stored event of these articles current or superseded according to each article's current summary
     * (in bulk, an update only where the status changes), and returns the keys of the projects their events belong
     * to. Runs after the batch's writes: whichever of two consumers writing an article's events and its summary
     * reconciles last has seen both writes, so any arrival order ends in the right status.
     */
    private Set<String> reconcileArticles(Set<String> articleIds) {
        Set<String> projectKeys = new TreeSet<>();
        if (articleIds.isEmpty()) {
            return projectKeys;
        }
        Map<String, CurrentSummary> summaries = new HashMap<>();
        for (Document summary : collection(Fields.ARTICLES)
                .find(in(Fields.ID, articleIds))
                .projection(new Document(Fields.GENERATION, 1)
                        .append(Fields.INDICATOR_EVENT_IDS, 1)
                        .append(Fields.PROJECT_EVENT_IDS, 1))) {
            summaries.put(summary.getString(Fields.ID), CurrentSummary.of(summary));
        }
        for (String collection : List.of(Fields.INDICATOR_OBSERVATIONS, Fields.PROJECT_EVENTS)) {
            List<UpdateOneModel<Document>> updates = new ArrayList<>();
            for (Document stored : collection(collection)
                    .find(in(Fields.ARTICLE_ID, articleIds))
                    .projection(new Document(Fields.GENERATION, 1)
                            .append(Fields.ARTICLE_ID, 1)
                            .append(Fields.SUPERSEDED, 1)
                            .append(Fields.STATUS_BASIS, 1)
                            .append(Fields.PROJECT_KEY, 1))) {
                String eventId = stored.getString(Fields.ID);
                EventStatus status = summaries
                        .getOrDefault(stored.getString(Fields.ARTICLE_ID), CurrentSummary.NONE)
                        .statusOf(eventId, generationOf(stored));
                boolean unchanged = Boolean.valueOf(status.superseded()).equals(stored.getBoolean(Fields.SUPERSEDED))
                        && status.basis().equals(stored.getString(Fields.STATUS_BASIS));
                if (!unchanged) {
                    // never overwrites a status decided on a newer summary by another consumer meanwhile
                    updates.add(new UpdateOneModel<>(
                            and(
                                    eq(Fields.ID, eventId),
                                    or(lte(Fields.STATUS_BASIS, status.basis()), exists(Fields.STATUS_BASIS, false))),
                            combine(
                                    set(Fields.SUPERSEDED, status.superseded()),
                                    set(Fields.STATUS_BASIS, status.basis()))));
                }
                if (stored.getString(Fields.PROJECT_KEY) != null) {
                    projectKeys.add(stored.getString(Fields.PROJECT_KEY));
                }
            }
            if (!updates.isEmpty()) {
                collection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(false));
            }
        }
        return projectKeys;
    }

    /**
     * Rebuilds these projects' projections from their current events (deleting a project none is left of), in one
     * read and one bulk write. Another consumer may change those events meanwhile, so the projections are checked
     * against a second read and the ones that differ rebuilt until both agree: the last writer always wrote what the
     * events said when it finished.
     */
    private void reproject(Set<String> projectKeys) {
        Set<String> pending = new TreeSet<>(projectKeys);
        for (int attempt = 0; attempt < 5 && !pending.isEmpty(); attempt++) {
            Map<String, List<Document>> events = currentProjectEvents(pending);
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (String projectKey : pending) {
                List<Document> current = events.getOrDefault(projectKey, List.of());
                if (current.isEmpty()) {
                    writes.add(new DeleteOneModel<>(eq(Fields.ID, projectKey)));
                    continue;
                }
                ProjectTimeline project = null;
                for (Document stored : current) {
                    Instant storedAt = Instant.parse(stored.getString(Fields.STORED_AT));
                    ProjectEvent event = json.read(stored.toJson(), ProjectEvent.class);
                    project = project == null ? ProjectTimeline.of(event, storedAt) : project.with(event, storedAt);
                }
                writes.add(new ReplaceOneModel<>(
                        eq(Fields.ID, projectKey), projectDocument(project), new ReplaceOptions().upsert(true)));
            }
            collection(Fields.PROJECTS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            Map<String, List<Document>> again = currentProjectEvents(pending);
            pending.removeIf(key ->
                    versions(events.getOrDefault(key, List.of())).equals(versions(again.getOrDefault(key, List.of()))));
        }
    }

    /** The current events of these projects, each project's in the order they were stored. */
    private Map<String, List<Document>> currentProjectEvents(Set<String> projectKeys) {
        Map<String, List<Document>> events = new HashMap<>();
        collection(Fields.PROJECT_EVENTS)
                .find(and(in(Fields.PROJECT_KEY, projectKeys), CURRENT))
                .sort(ascending(Fields.STORED_AT, Fields.ID))
                .forEach(doc -> events.computeIfAbsent(doc.getString(Fields.PROJECT_KEY), k -> new ArrayList<>())
                        .add(doc));
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
                .append(Fields.SOURCE_COUNT, project.sourceCount())
                .append(Fields.NAME_SUFFIXES, ProjectSearchFields.nameSuffixes(project.nameVariants()))
                .append(
                        Fields.HAS_EXPECTED_STAGE,
                        project.timeline().stream().anyMatch(ProjectTimeline.Entry::expected));
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
                        .projection(WITHOUT_SEARCH_FIELDS)
                        .sort(descending(Fields.LAST_SEEN))
                        .limit(filter.limit())));
    }

    @Override
    public Optional<Map<String, Object>> project(String projectKey) {
        return guarded(
                "reading project",
                () -> Optional.ofNullable(readCollection(Fields.PROJECTS)
                        .find(eq(Fields.ID, projectKey))
                        .projection(WITHOUT_SEARCH_FIELDS)
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
