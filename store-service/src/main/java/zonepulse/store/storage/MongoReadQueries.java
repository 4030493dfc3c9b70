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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.projects.ProjectTimeline;

/**
 * The MongoDB adapter behind {@link ReadQueries}. Reads only; the write path ({@link MongoEventStore}) is not touched.
 * Stored documents are read back into the contract's records, so no MongoDB field ({@code _id}, {@code storedAt})
 * reaches the API. Paging is keyset paging on the sort key and the id: stable while documents are added, and
 * served by the indexes {@link #createIndexes()} makes.
 */
final class MongoReadQueries implements ReadQueries {
    private static final String STATUS = "status";
    private static final String TIMELINE_STAGE = "timeline.stage";
    private static final String TIMELINE_EXPECTED = "timeline.expected";

    /** The order of {@code GET /api/v1/indicators}: by series, then id; the key its cursor continues after. */
    static final Bson INDICATOR_ORDER = ascending(Fields.SERIES_KEY, Fields.ID);

    /** The order of {@code GET /api/v1/projects}: most recently mentioned first, then by key. */
    static final Bson PROJECT_ORDER = orderBy(descending(Fields.LAST_SEEN), ascending(Fields.ID));

    /**
     * The indexes of the indicators' filters, each led by the field its filter constrains and ending in the list's
     * order, so that a filter given alone is an index range read in the order pages are served (for an equality) or a
     * range whose matches alone are sorted ({@code from}, {@code to}). The order alone serves no filter, {@code since}
     * and the region, which {@link #indicatorFilter} also states as a prefix of {@code seriesKey} (region|…). The
     * article's index ({@code articleId}, then this order) is {@link MongoEventStore}'s, which also reconciles by it.
     */
    static final List<Bson> INDICATOR_INDEXES = List.of(
            INDICATOR_ORDER,
            led(INDICATOR_ORDER, Fields.INDICATOR),
            led(INDICATOR_ORDER, Fields.MEASURE),
            led(INDICATOR_ORDER, STATUS),
            led(INDICATOR_ORDER, Fields.EXTRACTOR),
            led(INDICATOR_ORDER, Fields.PERIOD_END),
            // a period starting on or before `to`, or one with no start (a stock figure) ending on or before it: one
            // index for both branches, the second read as start = null and a range of ends
            led(INDICATOR_ORDER, Fields.PERIOD_START, Fields.PERIOD_END));

    /**
     * The indexes of the projects' filters, as {@link #INDICATOR_INDEXES}: the order alone serves no filter and
     * {@code since}; the region (its name and sub-regions', a prefix) and the name search (a prefix of the names'
     * suffixes, {@link ProjectSearchFields}) are ranges whose matches are sorted; {@code stage} reads the timeline's
     * entries of that stage not expected.
     */
    static final List<Bson> PROJECT_INDEXES = List.of(
            PROJECT_ORDER,
            led(PROJECT_ORDER, Fields.REGION),
            led(PROJECT_ORDER, TIMELINE_STAGE, TIMELINE_EXPECTED),
            led(PROJECT_ORDER, Fields.FURTHEST_STAGE),
            led(PROJECT_ORDER, Fields.HAS_EXPECTED_STAGE),
            led(PROJECT_ORDER, Fields.COMPANIES),
            led(PROJECT_ORDER, Fields.NAME_SUFFIXES));

    /** Indexes earlier versions made for these filters, replaced by those above (which begin with their keys). */
    static final List<Bson> RETIRED_INDICATOR_INDEXES =
            List.of(Indexes.ascending(Fields.INDICATOR), Indexes.ascending(Fields.EXTRACTOR));

    static final List<Bson> RETIRED_PROJECT_INDEXES = List.of(
            Indexes.compoundIndex(Indexes.ascending(Fields.REGION), Indexes.descending(Fields.LAST_SEEN)),
            Indexes.compoundIndex(Indexes.ascending(Fields.FURTHEST_STAGE), Indexes.descending(Fields.LAST_SEEN)),
            Indexes.ascending(Fields.COMPANIES),
            Indexes.ascending(TIMELINE_STAGE));

    private final MongoDatabase database;
    private final EventJson json;
    private final ProjectDocuments projectDocuments;

    MongoReadQueries(MongoDatabase database, EventJson json) {
        this.database = database;
        this.json = json;
        this.projectDocuments = new ProjectDocuments(json);
    }

    /** The indexes the API's filters and orders use, beside those of {@link MongoEventStore}; idempotent. */
    void createIndexes() {
        guarded("creating read indexes", () -> {
            MongoCollection<Document> indicators = withoutTimeLimit(Fields.INDICATOR_OBSERVATIONS);
            INDICATOR_INDEXES.forEach(indicators::createIndex);
            RetiredIndexes.drop(indicators, RETIRED_INDICATOR_INDEXES);
            withoutTimeLimit(Fields.PROJECT_EVENTS).createIndex(Indexes.ascending(Fields.REGION));
            MongoCollection<Document> projects = withoutTimeLimit(Fields.PROJECTS);
            PROJECT_INDEXES.forEach(projects::createIndex);
            RetiredIndexes.drop(projects, RETIRED_PROJECT_INDEXES);
            return null;
        });
    }

    /** An index on {@code fields} (ascending), then {@code order}. */
    private static Bson led(Bson order, String... fields) {
        return Indexes.compoundIndex(Indexes.ascending(fields), order);
    }

    @Override
    public List<StoredIndicator> indicators(IndicatorQuery query) {
        return guarded(
                "listing indicators",
                () -> indicatorList(collection(Fields.INDICATOR_OBSERVATIONS)
                        .find(indicatorFilter(query))
                        .sort(INDICATOR_ORDER)
                        .limit(query.limit())));
    }

    /** The filter of {@link #indicators}: every condition of {@code query}, and its cursor's position. */
    static Bson indicatorFilter(IndicatorQuery query) {
        List<Bson> conditions = new ArrayList<>();
        current(conditions, query.includeSuperseded());
        if (query.region() != null) {
            // seriesKey begins with the region and "|": the same events, as a range of the list's own order
            String prefix = "^" + literal(query.region()) + (query.withSubRegions() ? "" : literal("|"));
            conditions.add(regex(Fields.SERIES_KEY, prefix));
            conditions.add(region(query.region(), query.withSubRegions()));
        }
        if (!query.indicators().isEmpty()) {
            conditions.add(in(Fields.INDICATOR, query.indicators()));
        }
        optional(conditions, Fields.MEASURE, query.measure());
        optional(conditions, STATUS, query.status());
        optional(conditions, Fields.ARTICLE_ID, query.articleId());
        optional(conditions, Fields.EXTRACTOR, query.extractor());
        // period overlap: the period ends on or after `from` and starts on or before `to` (a stock figure has no start)
        if (query.from() != null) {
            conditions.add(gte(Fields.PERIOD_END, query.from().toString()));
        }
        if (query.to() != null) {
            conditions.add(or(
                    lte(Fields.PERIOD_START, query.to().toString()),
                    and(
                            eq(Fields.PERIOD_START, null),
                            lte(Fields.PERIOD_END, query.to().toString()))));
        }
        if (query.after() != null) {
            conditions.add(or(
                    gt(Fields.SERIES_KEY, query.after().sortKey()),
                    and(
                            eq(Fields.SERIES_KEY, query.after().sortKey()),
                            gt(Fields.ID, query.after().id()))));
        }
        return all(conditions);
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
        return guarded("listing projects", () -> {
            List<ProjectTimeline> projects = new ArrayList<>();
            collection(Fields.PROJECTS)
                    .find(projectFilter(query))
                    .sort(PROJECT_ORDER)
                    .limit(query.limit())
                    .forEach(doc -> projects.add(project(doc)));
            return projects;
        });
    }

    /** The filter of {@link #projects}: every condition of {@code query}, and its cursor's position. */
    static Bson projectFilter(ProjectQuery query) {
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
            conditions.add(eq(Fields.HAS_EXPECTED_STAGE, query.expected()));
        }
        optional(conditions, Fields.COMPANIES, query.company());
        if (query.nameContains() != null) {
            // a name contains the text exactly when one of its suffixes begins with it
            conditions.add(
                    regex(Fields.NAME_SUFFIXES, "^" + literal(ProjectSearchFields.normalise(query.nameContains()))));
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
        return all(conditions);
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
        return projectDocuments.timeline(doc);
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
