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
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
            Projections.exclude(Fields.NAME_SUFFIXES, Fields.HAS_EXPECTED_STAGE, ProjectDocuments.BUILT_FROM);

    private final MongoDatabase database;
    /** The same database for the read API: every query bounded in time, so a slow MongoDB gets a 503, not a hang. */
    private final MongoDatabase reads;

    private final EventJson json;
    private final Clock clock;
    private final EventMemberships memberships;
    private final ProjectDocuments projectDocuments;

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
        this.memberships = new EventMemberships(database, clock);
        this.projectDocuments = new ProjectDocuments(json);
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
     * Stores a batch: the events in bulk (insert if absent) and added to their article's and project's lists
     * ({@link EventMemberships}), the summaries in bulk (only a newer generation replaces an article's current
     * summary), then every touched article's events reconciled with its current summary and every touched project
     * re-projected, once each. Every step is idempotent and decided from what is stored, so a redelivered batch, or
     * one cut off by a crash, ends in the same state when it comes again. Every read is by {@code _id}.
     */
    @Override
    public BatchOutcome store(EventBatch batch) {
        return guarded("storing a batch", () -> {
            memberships.fillFromEvents();
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
            Map<String, Document> inserted = new HashMap<>();
            int indicatorsWritten = writeAllUnlessOlder(Fields.INDICATOR_OBSERVATIONS, indicators, refused, inserted);
            int projectsWritten = writeAllUnlessOlder(Fields.PROJECT_EVENTS, projects, refused, inserted);
            Map<String, String> storedIndicators = new LinkedHashMap<>();
            batch.indicators().stream()
                    .filter(event -> !refused.containsKey(event.eventId()))
                    .forEach(event -> storedIndicators.put(event.eventId(), event.articleId()));
            Map<String, EventMemberships.ProjectEventKeys> storedProjectEvents = new LinkedHashMap<>();
            batch.projects().stream()
                    .filter(event -> !refused.containsKey(event.eventId()))
                    .forEach(event -> storedProjectEvents.put(
                            event.eventId(),
                            new EventMemberships.ProjectEventKeys(event.articleId(), event.projectKey())));
            memberships.add(storedIndicators, storedProjectEvents);
            int summariesStored = storeSummaries(batch.summaries());
            Set<String> articles = new LinkedHashSet<>();
            batch.summaries().forEach(summary -> articles.add(summary.articleId()));
            batch.indicators().forEach(event -> articles.add(event.articleId()));
            batch.projects().forEach(event -> articles.add(event.articleId()));
            Map<String, Map<String, Boolean>> projectEventsOfArticles = reconcileArticles(articles, inserted);
            // a project event's own project, even when its article's events kept their status: it may be new
            Set<String> projectKeys = new TreeSet<>();
            batch.projects().forEach(event -> projectKeys.add(event.projectKey()));
            projectKeys.addAll(staleProjects(projectEventsOfArticles));
            reproject(projectKeys, mentionsWritten(batch.projects(), inserted));
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

    /**
     * Stores summaries in their articles' histories, and as their articles' current summaries where they are newer
     * than the stored one (and than any earlier in the batch): a late or redelivered older one never replaces it.
     *
     * @return how many became their article's current summary
     */
    private int storeSummaries(List<ExtractedArticle> summaries) {
        if (summaries.isEmpty()) {
            return 0;
        }
        List<Document> generations = new ArrayList<>();
        Map<String, Document> currents = new LinkedHashMap<>();
        Set<String> articleIds = new LinkedHashSet<>();
        for (ExtractedArticle article : summaries) {
            articleIds.add(article.articleId());
        }
        Map<String, String> currentGeneration = new HashMap<>();
        for (Document existing :
                MongoIds.find(collection(Fields.ARTICLES), articleIds, new Document(Fields.GENERATION, 1))) {
            currentGeneration.put(existing.getString(Fields.ID), generationOf(existing));
        }
        int stored = 0;
        for (ExtractedArticle article : summaries) {
            String generation = Generation.of(article).key();
            generations.add(generationDocument(article, generation));
            String current = currentGeneration.get(article.articleId());
            if (current == null || generation.compareTo(current) > 0) {
                currentGeneration.put(article.articleId(), generation);
                currents.put(article.articleId(), summaryDocument(article, generation));
                stored++;
            }
        }
        insertAllIfAbsent(Fields.ARTICLE_GENERATIONS, generations);
        List<WriteModel<Document>> replacements = new ArrayList<>();
        currents.forEach((articleId, doc) -> replacements.add(
                new ReplaceOneModel<>(eq(Fields.ID, articleId), doc, new ReplaceOptions().upsert(true))));
        if (!replacements.isEmpty()) {
            collection(Fields.ARTICLES).bulkWrite(replacements, new BulkWriteOptions().ordered(false));
        }
        return stored;
    }

    private Document summaryDocument(ExtractedArticle article, String generation) {
        Document doc = document(article);
        doc.remove("schema");
        doc.put(Fields.ID, article.articleId());
        doc.put(
                Fields.PUBLISHED_AT,
                article.publishedAt() == null ? null : article.publishedAt().toString());
        doc.put(Fields.INDICATOR_COUNT, article.indicatorCount());
        doc.put(Fields.PROJECT_COUNT, article.projectCount());
        doc.put(Fields.GENERATION, generation);
        doc.put(Fields.STORED_AT, clock.instant().toString());
        return doc;
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
     * @param inserted where the events this call inserted are put, by id: their stored state is known
     * @return how many events were written
     */
    private int writeAllUnlessOlder(
            String collection, List<Document> docs, Map<String, String> refused, Map<String, Document> inserted) {
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
        Set<Integer> failed = new HashSet<>();
        try {
            collection(collection).insertMany(toInsert, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                failed.add(error.getIndex());
                Document doc = toInsert.get(error.getIndex());
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    present.add(doc);
                } else {
                    refused.put(doc.getString(Fields.ID), "MongoDB refused the event: " + error.getMessage());
                }
            }
        }
        for (int i = 0; i < toInsert.size(); i++) {
            if (!failed.contains(i)) {
                inserted.put(toInsert.get(i).getString(Fields.ID), toInsert.get(i));
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
        return toInsert.size() - failed.size() + replaced;
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
     * (in bulk, an update only where the event's standing changes), and returns their project events: whether each
     * version ({@code eventId@generation}) is current, by project key. Runs after the batch's writes: whichever of two consumers writing an article's events and its summary
     * reconciles last has seen both writes, so any arrival order ends in the right status.
     *
     * <p>An event whose standing is unchanged is not written, even when the decision rests on a newer summary than
     * its {@code statusBasis}: in the usual case (events stored before their summary) that would rewrite every event
     * of every article once more. A decision on an older summary can then still overwrite it, but only in a race
     * between two consumers of the same article, and it is corrected when the newer generation's version of that
     * event is stored (the only way an event superseded once becomes current again).
     */
    private Map<String, Map<String, Boolean>> reconcileArticles(
            Set<String> articleIds, Map<String, Document> justInserted) {
        Map<String, Map<String, Boolean>> projectEvents = new HashMap<>();
        if (articleIds.isEmpty()) {
            return projectEvents;
        }
        Map<String, CurrentSummary> summaries = new HashMap<>();
        for (Document summary : MongoIds.find(
                collection(Fields.ARTICLES),
                articleIds,
                new Document(Fields.GENERATION, 1)
                        .append(Fields.INDICATOR_EVENT_IDS, 1)
                        .append(Fields.PROJECT_EVENT_IDS, 1))) {
            summaries.put(summary.getString(Fields.ID), CurrentSummary.of(summary));
        }
        Map<String, EventMemberships.ArticleEvents> members = memberships.ofArticles(articleIds);
        Map<String, Set<String>> idsByCollection = new LinkedHashMap<>();
        idsByCollection.put(Fields.INDICATOR_OBSERVATIONS, new LinkedHashSet<>());
        idsByCollection.put(Fields.PROJECT_EVENTS, new LinkedHashSet<>());
        for (EventMemberships.ArticleEvents events : members.values()) {
            idsByCollection.get(Fields.INDICATOR_OBSERVATIONS).addAll(events.indicators());
            idsByCollection.get(Fields.PROJECT_EVENTS).addAll(events.projects());
        }
        for (String collection : idsByCollection.keySet()) {
            Set<String> ids = idsByCollection.get(collection);
            if (ids.isEmpty()) {
                continue;
            }
            List<UpdateOneModel<Document>> updates = new ArrayList<>();
            Set<String> flippedProjects = new TreeSet<>();
            // what this batch inserted is stored as it was written: only the others are read back
            List<Document> events = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String id : ids) {
                Document written = justInserted.get(id);
                if (written != null) {
                    events.add(written);
                } else {
                    unknown.add(id);
                }
            }
            events.addAll(MongoIds.find(
                    collection(collection),
                    unknown,
                    new Document(Fields.GENERATION, 1)
                            .append(Fields.ARTICLE_ID, 1)
                            .append(Fields.SUPERSEDED, 1)
                            .append(Fields.STATUS_BASIS, 1)
                            .append(Fields.PROJECT_KEY, 1)));
            for (Document stored : events) {
                String eventId = stored.getString(Fields.ID);
                EventStatus status = summaries
                        .getOrDefault(stored.getString(Fields.ARTICLE_ID), CurrentSummary.NONE)
                        .statusOf(eventId, generationOf(stored));
                boolean unchanged = Boolean.valueOf(status.superseded()).equals(stored.getBoolean(Fields.SUPERSEDED));
                if (!unchanged) {
                    // never overwrites a status decided on a newer summary by another consumer meanwhile
                    updates.add(new UpdateOneModel<>(
                            and(
                                    eq(Fields.ID, eventId),
                                    or(lte(Fields.STATUS_BASIS, status.basis()), exists(Fields.STATUS_BASIS, false))),
                            combine(
                                    set(Fields.SUPERSEDED, status.superseded()),
                                    set(Fields.STATUS_BASIS, status.basis()))));
                    if (stored.getString(Fields.PROJECT_KEY) != null) {
                        flippedProjects.add(stored.getString(Fields.PROJECT_KEY));
                    }
                }
                if (stored.getString(Fields.PROJECT_KEY) != null) {
                    projectEvents
                            .computeIfAbsent(stored.getString(Fields.PROJECT_KEY), k -> new HashMap<>())
                            .put(version(stored), !status.superseded());
                }
            }
            if (!updates.isEmpty()) {
                collection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(false));
            }
            // counted after the flips, so that a projection built while they were under way is checked again
            memberships.changed(flippedProjects);
        }
        return projectEvents;
    }

    /**
     * Brings these projects' projections up to date with their current events (deleting a project none is left of):
     * one read of the events' versions, one of the stored projections, one of the events not yet folded in (but for
     * those the batch wrote itself: their messages are at hand), one bulk write. A stored projection records the
     * versions it was built from ({@link ProjectDocuments#BUILT_FROM}); when those are the first of the current ones in
     * stored order (the usual case: a batch only adds mentions), only the newer events are folded into it, which is
     * the same left fold a rebuild from all of them does; otherwise (an event superseded, or a projection of an earlier
     * version) it is rebuilt from all. Another consumer may change the events meanwhile: every writer counts its
     * changes on the project after making them ({@link EventMemberships}), so the counts are read again after the
     * write, and the projects whose count moved are brought up to date again, until it stays: the last writer always
     * wrote what the events said when it finished.
     */
    private void reproject(Set<String> projectKeys, Map<String, Mention> written) {
        Set<String> pending = new TreeSet<>(projectKeys);
        for (int attempt = 0; attempt < 5 && !pending.isEmpty(); attempt++) {
            ProjectVersions versions = currentProjectEvents(pending);
            Map<String, Document> stored = new HashMap<>();
            for (Document doc : MongoIds.find(collection(Fields.PROJECTS), pending, null)) {
                stored.put(doc.getString(Fields.ID), doc);
            }
            Map<String, Integer> foldedAlready = new HashMap<>();
            Map<String, Mention> mentions = new HashMap<>();
            Set<String> unread = new LinkedHashSet<>();
            for (String projectKey : pending) {
                List<Document> current = versions.of(projectKey);
                int folded = foldedAlready(stored.get(projectKey), versions(current));
                foldedAlready.put(projectKey, folded);
                for (Document version : current.subList(folded, current.size())) {
                    // an event this batch wrote is folded in from its message, unless another version replaced it
                    Mention mention = written.get(version.getString(Fields.ID));
                    if (mention != null && mention.version().equals(version(version))) {
                        mentions.put(version.getString(Fields.ID), mention);
                    } else {
                        unread.add(version.getString(Fields.ID));
                    }
                }
            }
            for (Document event : MongoIds.find(collection(Fields.PROJECT_EVENTS), unread, null)) {
                mentions.put(event.getString(Fields.ID), mention(event));
            }
            List<WriteModel<Document>> writes = new ArrayList<>();
            Set<String> settled = new HashSet<>();
            for (String projectKey : pending) {
                List<Document> current = versions.of(projectKey);
                int folded = foldedAlready.get(projectKey);
                if (current.isEmpty()) {
                    writes.add(new DeleteOneModel<>(eq(Fields.ID, projectKey)));
                } else if (folded < current.size()) {
                    Document project = folded(stored.get(projectKey), current, folded, mentions);
                    if (project == null) {
                        continue; // left pending: the next attempt has the versions read again
                    }
                    writes.add(new ReplaceOneModel<>(
                            eq(Fields.ID, projectKey), project, new ReplaceOptions().upsert(true)));
                } // else already built from exactly these
                settled.add(projectKey);
            }
            if (!writes.isEmpty()) {
                collection(Fields.PROJECTS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
            Map<String, Long> changesNow = memberships.changes(pending);
            pending.removeIf(key ->
                    settled.contains(key) && Objects.equals(versions.changes().get(key), changesNow.get(key)));
        }
    }

    /**
     * How many of a project's current event versions, in stored order, its stored projection was built from: all it
     * was built from when those are the first of them, else none (it is rebuilt).
     */
    private static int foldedAlready(Document stored, List<String> current) {
        List<String> builtFrom = stored == null ? null : ProjectDocuments.builtFrom(stored);
        return builtFrom != null && !builtFrom.isEmpty() && startsWith(current, builtFrom) ? builtFrom.size() : 0;
    }

    /**
     * The project's document with its current events from index {@code folded} on folded into the stored projection
     * (into none when {@code folded} is 0); null when one of those events was changed by another consumer after its
     * version was read.
     */
    private Document folded(Document stored, List<Document> current, int folded, Map<String, Mention> mentions) {
        ProjectTimeline project = folded == 0 ? null : projectDocuments.timeline(stored);
        List<String> builtFrom = new ArrayList<>(versions(current.subList(0, folded)));
        for (Document version : current.subList(folded, current.size())) {
            Mention mention = mentions.get(version.getString(Fields.ID));
            if (mention == null || !mention.version().equals(version(version))) {
                return null;
            }
            project = project == null
                    ? ProjectTimeline.of(mention.event(), mention.storedAt())
                    : project.with(mention.event(), mention.storedAt());
            builtFrom.add(mention.version());
        }
        return projectDocuments.document(project, builtFrom);
    }

    /** A stored project event as a projection folds it in: its version, its message and when it was stored. */
    private record Mention(String version, ProjectEvent event, Instant storedAt) {}

    private Mention mention(Document stored) {
        // stored by this service from a validated event: converted back, not validated again
        return new Mention(
                version(stored),
                json.mapper().convertValue(stored, ProjectEvent.class),
                Instant.parse(stored.getString(Fields.STORED_AT)));
    }

    /**
     * The project events this batch inserted, by id, each with the message it was made from: the projections fold
     * those in without reading them back and converting the documents again (of a message that came twice in the
     * batch, the version that was written).
     */
    private static Map<String, Mention> mentionsWritten(List<ProjectEvent> events, Map<String, Document> inserted) {
        Map<String, Mention> written = new HashMap<>();
        for (ProjectEvent event : events) {
            Document doc = inserted.get(event.eventId());
            if (doc != null && Generation.of(event).key().equals(doc.getString(Fields.GENERATION))) {
                written.put(
                        event.eventId(),
                        new Mention(version(doc), event, Instant.parse(doc.getString(Fields.STORED_AT))));
            }
        }
        return written;
    }

    /**
     * The projects whose stored projection disagrees with what their events now say: it was built from an event
     * version that is superseded, or not from one that is current. A project not stored, or stored before the
     * versions were recorded, is out of date.
     *
     * @param currentByProject whether each event version is current, by project key (those a batch touched)
     */
    private Set<String> staleProjects(Map<String, Map<String, Boolean>> currentByProject) {
        Set<String> stale = new LinkedHashSet<>();
        if (currentByProject.isEmpty()) {
            return stale;
        }
        Map<String, Set<String>> shown = new HashMap<>();
        for (Document doc : MongoIds.find(
                collection(Fields.PROJECTS), currentByProject.keySet(), new Document(ProjectDocuments.BUILT_FROM, 1))) {
            List<String> builtFrom = ProjectDocuments.builtFrom(doc);
            if (builtFrom != null) {
                shown.put(doc.getString(Fields.ID), new HashSet<>(builtFrom));
            }
        }
        currentByProject.forEach((project, current) -> {
            Set<String> versions = shown.get(project);
            if (versions == null
                    || current.entrySet().stream()
                            .anyMatch(version -> version.getValue() != versions.contains(version.getKey()))) {
                stale.add(project);
            }
        });
        return stale;
    }

    private static boolean startsWith(List<String> versions, List<String> prefix) {
        return versions.size() >= prefix.size()
                && versions.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * The current events of some projects, each project's in the order they were stored, and each project's count of
     * changes read before them.
     */
    private record ProjectVersions(Map<String, List<Document>> events, Map<String, Long> changes) {
        List<Document> of(String projectKey) {
            return events.getOrDefault(projectKey, List.of());
        }
    }

    /**
     * The current events of these projects with the fields that tell their versions apart, found through the
     * projects' lists of event ids, by {@code _id}; an event that is superseded, or now of another project, is left
     * out here rather than in the query, so that the query is one the {@code _id} index answers.
     */
    private ProjectVersions currentProjectEvents(Set<String> projectKeys) {
        Map<String, List<Document>> events = new HashMap<>();
        EventMemberships.ProjectMembers members = memberships.ofProjects(projectKeys);
        for (Document doc : MongoIds.find(collection(Fields.PROJECT_EVENTS), members.eventIds(), VERSION_FIELDS)) {
            if (!Boolean.TRUE.equals(doc.getBoolean(Fields.SUPERSEDED))
                    && projectKeys.contains(doc.getString(Fields.PROJECT_KEY))) {
                events.computeIfAbsent(doc.getString(Fields.PROJECT_KEY), k -> new ArrayList<>())
                        .add(doc);
            }
        }
        Comparator<Document> storedOrder = Comparator.comparing((Document doc) -> doc.getString(Fields.STORED_AT))
                .thenComparing(doc -> doc.getString(Fields.ID));
        events.values().forEach(list -> list.sort(storedOrder));
        return new ProjectVersions(events, members.changes());
    }

    /** The fields {@link #currentProjectEvents} needs to tell which versions of a project's events are current. */
    private static final Document VERSION_FIELDS = new Document(Fields.GENERATION, 1)
            .append(Fields.SUPERSEDED, 1)
            .append(Fields.PROJECT_KEY, 1)
            .append(Fields.STORED_AT, 1);

    private static List<String> versions(List<Document> events) {
        return events.stream().map(MongoEventStore::version).toList();
    }

    /** A stored event's id and generation: what tells one version of it from another. */
    private static String version(Document event) {
        return event.getString(Fields.ID) + "@" + event.getString(Fields.GENERATION);
    }

    private Document eventDocument(Object event, String eventId, Generation generation) {
        Document doc = document(event);
        doc.put(Fields.ID, eventId);
        doc.put(Fields.STORED_AT, clock.instant().toString());
        doc.put(Fields.GENERATION, generation.key());
        // current until its article's summary says otherwise (reconcileEvent decides right after the write)
        doc.put(Fields.SUPERSEDED, false);
        doc.put(Fields.STATUS_BASIS, EventStatus.NO_SUMMARY);
        return doc;
    }

    /**
     * The message as a document of its contract JSON's fields and values, converted by the contract's mapper (as
     * {@code Document.parse} of its JSON text would give, without writing and parsing the text).
     */
    @SuppressWarnings("unchecked")
    private Document document(Object message) {
        return new Document(json.mapper().convertValue(message, Map.class));
    }

    /** Inserts the documents whose ids are absent, in one unordered bulk insert; a present one is left as it is. */
    private void insertAllIfAbsent(String collection, List<Document> docs) {
        try {
            collection(collection).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates =
                    e.getWriteErrors().stream().allMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
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
