package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import zonepulse.events.EventDate;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Investment;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.store.projects.ProjectTimeline;

/**
 * The MongoDB adapter behind {@link ReadQueries}. Reads only; the write path ({@link MongoEventStore}) is not touched.
 * Stored documents are read back into the contract's records, so no MongoDB field ({@code _id}, {@code storedAt})
 * reaches the API. Paging is keyset paging on the sort key and the id: stable while documents are added, and
 * served by the indexes {@link #createIndexes()} makes.
 */
final class MongoReadQueries implements ReadQueries {
    /** Set to true on the events of an older generation of their article (the generations work, issue 9). */
    private static final String EXTRACTOR = "extractor";

    private static final String STATUS = "status";
    private static final String PERIOD_START = "period.start";
    private static final String TIMELINE_STAGE = "timeline.stage";
    private static final String TIMELINE_EXPECTED = "timeline.expected";

    private final MongoDatabase database;
    private final EventJson json;

    MongoReadQueries(MongoDatabase database, EventJson json) {
        this.database = database;
        this.json = json;
    }

    /** The indexes the API's filters and orders use, beside those of {@link MongoEventStore}; idempotent. */
    void createIndexes() {
        guarded("creating read indexes", () -> {
            MongoCollection<Document> indicators = withoutTimeLimit(Fields.INDICATOR_OBSERVATIONS);
            indicators.createIndex(Indexes.ascending(Fields.SERIES_KEY, Fields.ID));
            indicators.createIndex(Indexes.ascending(Fields.INDICATOR));
            indicators.createIndex(Indexes.ascending(EXTRACTOR));
            withoutTimeLimit(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.REGION));
            MongoCollection<Document> projects = withoutTimeLimit(Fields.PROJECTS);
            projects.createIndex(
                    Indexes.compoundIndex(Indexes.descending(Fields.LAST_SEEN), Indexes.ascending(Fields.ID)));
            projects.createIndex(
                    Indexes.compoundIndex(Indexes.ascending(Fields.REGION), Indexes.descending(Fields.LAST_SEEN)));
            projects.createIndex(Indexes.compoundIndex(
                    Indexes.ascending(Fields.FURTHEST_STAGE), Indexes.descending(Fields.LAST_SEEN)));
            projects.createIndex(Indexes.ascending(Fields.COMPANIES));
            projects.createIndex(Indexes.ascending(TIMELINE_STAGE));
            return null;
        });
    }

    @Override
    public List<StoredIndicator> indicators(IndicatorQuery query) {
        List<Bson> conditions = new ArrayList<>();
        current(conditions, query.includeSuperseded());
        if (query.region() != null) {
            conditions.add(region(query.region(), query.withSubRegions()));
        }
        if (!query.indicators().isEmpty()) {
            conditions.add(in(Fields.INDICATOR, query.indicators()));
        }
        optional(conditions, Fields.MEASURE, query.measure());
        optional(conditions, STATUS, query.status());
        optional(conditions, Fields.ARTICLE_ID, query.articleId());
        optional(conditions, EXTRACTOR, query.extractor());
        // period overlap: the period ends on or after `from` and starts on or before `to` (a stock figure has no start)
        if (query.from() != null) {
            conditions.add(gte(Fields.PERIOD_END, query.from().toString()));
        }
        if (query.to() != null) {
            conditions.add(or(
                    lte(PERIOD_START, query.to().toString()),
                    and(
                            eq(PERIOD_START, null),
                            lte(Fields.PERIOD_END, query.to().toString()))));
        }
        if (query.after() != null) {
            conditions.add(or(
                    gt(Fields.SERIES_KEY, query.after().sortKey()),
                    and(
                            eq(Fields.SERIES_KEY, query.after().sortKey()),
                            gt(Fields.ID, query.after().id()))));
        }
        return guarded(
                "listing indicators",
                () -> indicatorList(collection(Fields.INDICATOR_OBSERVATIONS)
                        .find(all(conditions))
                        .sort(ascending(Fields.SERIES_KEY, Fields.ID))
                        .limit(query.limit())));
    }

    @Override
    public List<StoredIndicator> series(
            String region, Collection<String> indicators, String measure, boolean includeSuperseded) {
        List<Bson> conditions = new ArrayList<>();
        current(conditions, includeSuperseded);
        conditions.add(eq(Fields.REGION, region));
        conditions.add(in(Fields.INDICATOR, indicators));
        conditions.add(eq(Fields.MEASURE, measure));
        return guarded(
                "reading a series",
                () -> indicatorList(collection(Fields.INDICATOR_OBSERVATIONS)
                        .find(and(conditions))
                        .sort(ascending(Fields.PERIOD_END, Fields.ID))));
    }

    @Override
    public List<ProjectTimeline> projects(ProjectQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.region() != null) {
            conditions.add(region(query.region(), true));
        }
        if (query.stage() != null) {
            conditions.add(
                    elemMatch(Fields.TIMELINE, and(eq(Fields.STAGE, query.stage()), eq(Fields.EXPECTED, false))));
        }
        optional(conditions, Fields.FURTHEST_STAGE, query.furthestStage());
        if (query.expected() != null) {
            conditions.add(query.expected() ? eq(TIMELINE_EXPECTED, true) : ne(TIMELINE_EXPECTED, true));
        }
        optional(conditions, Fields.COMPANIES, query.company());
        if (query.nameContains() != null) {
            conditions.add(regex(Fields.NAME_VARIANTS, literal(query.nameContains())));
        }
        if (query.seenSince() != null) {
            conditions.add(gte(Fields.LAST_SEEN, query.seenSince().toString()));
        }
        if (query.after() != null) {
            conditions.add(or(
                    lt(Fields.LAST_SEEN, query.after().sortKey()),
                    and(
                            eq(Fields.LAST_SEEN, query.after().sortKey()),
                            gt(Fields.ID, query.after().id()))));
        }
        return guarded("listing projects", () -> {
            List<ProjectTimeline> projects = new ArrayList<>();
            collection(Fields.PROJECTS)
                    .find(all(conditions))
                    .sort(orderBy(descending(Fields.LAST_SEEN), ascending(Fields.ID)))
                    .limit(query.limit())
                    .forEach(doc -> projects.add(project(doc)));
            return projects;
        });
    }

    @Override
    public Optional<ProjectTimeline> project(String projectKey) {
        return guarded(
                "reading a project",
                () -> Optional.ofNullable(collection(Fields.PROJECTS)
                                .find(eq(Fields.ID, projectKey))
                                .first())
                        .map(this::project));
    }

    @Override
    public List<StoredProjectEvent> projectEvents(String projectKey, boolean includeSuperseded) {
        List<Bson> conditions = new ArrayList<>();
        current(conditions, includeSuperseded);
        conditions.add(eq(Fields.PROJECT_KEY, projectKey));
        return guarded(
                "reading project events",
                () -> projectEventList(collection(Fields.PROJECT_EVENTS)
                        .find(and(conditions))
                        .sort(ascending(Fields.DATE_VALUE, Fields.ID))));
    }

    @Override
    public Optional<ExtractedArticle> article(String articleId) {
        return guarded(
                "reading an article",
                () -> Optional.ofNullable(collection(Fields.ARTICLES)
                                .find(eq(Fields.ID, articleId))
                                .first())
                        .map(doc -> read(doc, ExtractedArticle.class)));
    }

    @Override
    public List<StoredIndicator> indicatorsById(Collection<String> eventIds) {
        return guarded(
                "reading indicator events",
                () -> indicatorList(collection(Fields.INDICATOR_OBSERVATIONS)
                        .find(in(Fields.ID, eventIds))
                        .sort(ascending(Fields.ID))));
    }

    @Override
    public List<StoredProjectEvent> projectEventsById(Collection<String> eventIds) {
        return guarded(
                "reading project events",
                () -> projectEventList(collection(Fields.PROJECT_EVENTS)
                        .find(in(Fields.ID, eventIds))
                        .sort(ascending(Fields.ID))));
    }

    @Override
    public List<RegionCounts> regions(boolean includeSuperseded) {
        return guarded("counting by region", () -> {
            Map<String, long[]> counts = new TreeMap<>();
            countByRegion(Fields.INDICATOR_OBSERVATIONS, includeSuperseded, counts, 0);
            countByRegion(Fields.PROJECT_EVENTS, includeSuperseded, counts, 1);
            countByRegion(Fields.PROJECTS, true, counts, 2);
            List<RegionCounts> regions = new ArrayList<>();
            counts.forEach((region, n) -> regions.add(new RegionCounts(region, n[0], n[1], n[2])));
            return regions;
        });
    }

    @Override
    public Counts counts(boolean includeSuperseded) {
        return guarded("counting", () -> {
            Bson events = includeSuperseded ? new Document() : ne(Fields.SUPERSEDED, true);
            Map<String, Long> byStage = new TreeMap<>();
            collection(Fields.PROJECTS)
                    .aggregate(List.of(Aggregates.group("$" + Fields.FURTHEST_STAGE, Accumulators.sum("n", 1))))
                    .forEach(doc -> byStage.put(
                            doc.get(Fields.ID) == null ? "none" : doc.getString(Fields.ID),
                            ((Number) doc.get("n")).longValue()));
            return new Counts(
                    collection(Fields.ARTICLES).countDocuments(),
                    collection(Fields.INDICATOR_OBSERVATIONS).countDocuments(events),
                    collection(Fields.PROJECT_EVENTS).countDocuments(events),
                    collection(Fields.PROJECTS).countDocuments(),
                    byStage);
        });
    }

    private void countByRegion(String collection, boolean includeSuperseded, Map<String, long[]> counts, int slot) {
        List<Bson> pipeline = new ArrayList<>();
        if (!includeSuperseded) {
            pipeline.add(Aggregates.match(ne(Fields.SUPERSEDED, true)));
        }
        pipeline.add(Aggregates.group("$" + Fields.REGION, Accumulators.sum("n", 1)));
        collection(collection).aggregate(pipeline).forEach(doc -> {
            if (doc.get(Fields.ID) instanceof String region) {
                counts.computeIfAbsent(region, r -> new long[3])[slot] += ((Number) doc.get("n")).longValue();
            }
        });
    }

    private ProjectTimeline project(Document doc) {
        List<ProjectTimeline.Entry> timeline = new ArrayList<>();
        for (Document entry : doc.getList(Fields.TIMELINE, Document.class, List.of())) {
            Document date = entry.get(Fields.DATE, Document.class);
            timeline.add(new ProjectTimeline.Entry(
                    entry.getString(Fields.EVENT_ID),
                    Stage.fromWire(entry.getString(Fields.STAGE)),
                    Boolean.TRUE.equals(entry.getBoolean(Fields.EXPECTED)),
                    date == null ? null : read(date, EventDate.class),
                    entry.getString(Fields.ARTICLE_ID),
                    Instant.parse(entry.getString(Fields.SEEN_AT)),
                    entry.getString(Fields.QUOTE)));
        }
        Document investment = doc.get(Fields.LATEST_INVESTMENT, Document.class);
        String furthest = doc.getString(Fields.FURTHEST_STAGE);
        return new ProjectTimeline(
                doc.getString(Fields.ID),
                doc.getString(Fields.NAME),
                new java.util.TreeSet<>(doc.getList(Fields.NAME_VARIANTS, String.class, List.of())),
                new java.util.TreeSet<>(doc.getList(Fields.COMPANIES, String.class, List.of())),
                doc.getString(Fields.REGION),
                timeline,
                furthest == null ? null : Stage.fromWire(furthest),
                investment == null ? null : read(investment, Investment.class),
                Instant.parse(doc.getString(Fields.FIRST_SEEN)),
                Instant.parse(doc.getString(Fields.LAST_SEEN)),
                new java.util.TreeSet<>(doc.getList(Fields.SOURCES, String.class, List.of())));
    }

    private List<StoredIndicator> indicatorList(Iterable<Document> documents) {
        List<StoredIndicator> result = new ArrayList<>();
        for (Document doc : documents) {
            result.add(new StoredIndicator(
                    read(doc, IndicatorEvent.class), Boolean.TRUE.equals(doc.get(Fields.SUPERSEDED))));
        }
        return result;
    }

    private List<StoredProjectEvent> projectEventList(Iterable<Document> documents) {
        List<StoredProjectEvent> result = new ArrayList<>();
        for (Document doc : documents) {
            result.add(new StoredProjectEvent(
                    read(doc, ProjectEvent.class), Boolean.TRUE.equals(doc.get(Fields.SUPERSEDED))));
        }
        return result;
    }

    /** Current events only: {@code ne}, so documents stored before generations existed (no field) count as current. */
    private static void current(List<Bson> conditions, boolean includeSuperseded) {
        if (!includeSuperseded) {
            conditions.add(ne(Fields.SUPERSEDED, true));
        }
    }

    /** The region, or (with sub-regions) every region whose name begins with it: an anchored prefix uses the index. */
    private static Bson region(String region, boolean withSubRegions) {
        return withSubRegions ? regex(Fields.REGION, "^" + literal(region)) : eq(Fields.REGION, region);
    }

    private static void optional(List<Bson> conditions, String field, String value) {
        if (value != null) {
            conditions.add(eq(field, value));
        }
    }

    private static Bson all(List<Bson> conditions) {
        return conditions.isEmpty() ? new Document() : and(conditions);
    }

    /** The text as a regular expression matching itself (a backslash before every character that is not a letter). */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    /**
     * A stored document as the contract's record, without validating it against the message schema again: it was
     * validated when it arrived, and the stored shape lacks the wire-only {@code schema} field.
     */
    private <T> T read(Document doc, Class<T> type) {
        return json.mapper().readValue(doc.toJson(), type);
    }

    /** For creating indexes at start, which may take longer than any query is allowed to. */
    private MongoCollection<Document> withoutTimeLimit(String name) {
        return database.withTimeout(0, java.util.concurrent.TimeUnit.MILLISECONDS)
                .getCollection(name);
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    private static <T> T guarded(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new StoreUnavailableException("MongoDB failed " + what + ": " + e.getMessage(), e);
        }
    }
}
