package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addEachToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Which stored events belong to each article and to each project: one document per article ({@code
 * article_event_ids}: its indicator and project event ids) and per project ({@code project_event_ids}), under the
 * article's or project's id. A batch's reconciliation and projections find their events through these, by
 * {@code _id} twice, instead of by a query on {@code articleId} or {@code projectKey}: so each batch reads only the
 * events it touches, from the {@code _id} index every MongoDB keeps, and its cost does not grow with the collections
 * (mongo-java-server, used in tests and the demo, keeps no secondary index and scans for any other query).
 *
 * <p>The lists only grow. An event's id is added right after the event is written and before the writer reads any
 * list, so whichever of two writers touching the same article or project reads last sees both writers' events, as a
 * query on the events themselves would. An id whose event now belongs elsewhere (a newer version moved it) is
 * filtered out by the reader, which checks the event's own fields.
 *
 * <p>A project's document also counts the changes to its events ({@code changes}): every writer adds one after it
 * stores, replaces or flips the status of an event of the project, before it reads anything to re-project it. A
 * projection built from versions read after the counter showed n is still what the events say if the counter still
 * shows n after the projection is written: one read of a number per project, instead of one of every event's version.
 */
final class EventMemberships {
    static final String ARTICLE_EVENT_IDS = "article_event_ids";
    static final String PROJECT_EVENT_IDS = "project_event_ids";
    /** Records migrations of the stored data done once, such as filling these lists from an earlier version's events. */
    static final String MIGRATIONS = "store_migrations";

    static final String INDICATORS = "indicators";
    static final String PROJECTS = "projects";
    static final String EVENTS = "events";
    static final String CHANGES = "changes";

    private static final String FILLED = "event-memberships-filled";
    private static final int BULK = 500;

    /** An article's stored events, by collection. */
    record ArticleEvents(Set<String> indicators, Set<String> projects) {
        static final ArticleEvents NONE = new ArticleEvents(Set.of(), Set.of());
    }

    private final MongoDatabase database;
    private final Clock clock;
    /** Set once the lists are known to cover every stored event (after {@link #fillFromEvents}). */
    private volatile boolean filled;

    EventMemberships(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Adds the ids of events just written: each indicator to its article, each project event to its article and its
     * project; one bulk upsert per collection.
     *
     * @param indicators article id of each indicator event id
     * @param projectEvents the stored project events' article id and project key, by event id
     */
    void add(Map<String, String> indicators, Map<String, ProjectEventKeys> projectEvents) {
        Map<String, List<String>> indicatorsByArticle = new LinkedHashMap<>();
        Map<String, List<String>> projectEventsByArticle = new LinkedHashMap<>();
        Map<String, List<String>> eventsByProject = new LinkedHashMap<>();
        indicators.forEach((eventId, articleId) -> indicatorsByArticle
                .computeIfAbsent(articleId, k -> new ArrayList<>())
                .add(eventId));
        projectEvents.forEach((eventId, keys) -> {
            projectEventsByArticle
                    .computeIfAbsent(keys.articleId(), k -> new ArrayList<>())
                    .add(eventId);
            eventsByProject
                    .computeIfAbsent(keys.projectKey(), k -> new ArrayList<>())
                    .add(eventId);
        });
        Set<String> articles = new LinkedHashSet<>(indicatorsByArticle.keySet());
        articles.addAll(projectEventsByArticle.keySet());
        List<WriteModel<Document>> articleWrites = new ArrayList<>();
        for (String article : articles) {
            List<Bson> updates = new ArrayList<>();
            if (indicatorsByArticle.containsKey(article)) {
                updates.add(addEachToSet(INDICATORS, indicatorsByArticle.get(article)));
            }
            if (projectEventsByArticle.containsKey(article)) {
                updates.add(addEachToSet(PROJECTS, projectEventsByArticle.get(article)));
            }
            articleWrites.add(upsert(article, combine(updates)));
        }
        List<WriteModel<Document>> projectWrites = new ArrayList<>();
        eventsByProject.forEach((project, ids) ->
                projectWrites.add(upsert(project, combine(addEachToSet(EVENTS, ids), inc(CHANGES, 1L)))));
        write(ARTICLE_EVENT_IDS, articleWrites);
        write(PROJECT_EVENT_IDS, projectWrites);
    }

    /** Counts a change to events of these projects that {@link #add} does not see: a status flipped. */
    void changed(Collection<String> projectKeys) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        projectKeys.forEach(project -> writes.add(upsert(project, inc(CHANGES, 1L))));
        write(PROJECT_EVENT_IDS, writes);
    }

    /** The events stored for some projects and the count of changes to them when the list was read. */
    record ProjectMembers(Set<String> eventIds, Map<String, Long> changes) {}

    /** What {@link #add} needs of a project event. */
    record ProjectEventKeys(String articleId, String projectKey) {}

    /** The stored events of these articles; an article none is stored of is absent. */
    Map<String, ArticleEvents> ofArticles(Collection<String> articleIds) {
        Map<String, ArticleEvents> events = new HashMap<>();
        if (articleIds.isEmpty()) {
            return events;
        }
        for (Document doc : MongoIds.find(collection(ARTICLE_EVENT_IDS), articleIds, null)) {
            events.put(
                    doc.getString(Fields.ID),
                    new ArticleEvents(
                            new LinkedHashSet<>(doc.getList(INDICATORS, String.class, List.of())),
                            new LinkedHashSet<>(doc.getList(PROJECTS, String.class, List.of()))));
        }
        return events;
    }

    /**
     * The ids of every event stored for these projects, current or not, in no particular order, with each project's
     * count of changes (a project nothing is stored of has none).
     */
    ProjectMembers ofProjects(Collection<String> projectKeys) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Long> changes = new HashMap<>();
        for (Document doc :
                MongoIds.find(collection(PROJECT_EVENT_IDS), projectKeys, new Document(EVENTS, 1).append(CHANGES, 1))) {
            ids.addAll(doc.getList(EVENTS, String.class, List.of()));
            changes.put(doc.getString(Fields.ID), changeCount(doc));
        }
        return new ProjectMembers(ids, changes);
    }

    /** Each of these projects' count of changes to its events (a project nothing is stored of has none). */
    Map<String, Long> changes(Collection<String> projectKeys) {
        Map<String, Long> changes = new HashMap<>();
        for (Document doc : MongoIds.find(collection(PROJECT_EVENT_IDS), projectKeys, new Document(CHANGES, 1))) {
            changes.put(doc.getString(Fields.ID), changeCount(doc));
        }
        return changes;
    }

    /** 0 for a list an earlier version stored, which counted nothing. */
    private static long changeCount(Document doc) {
        Number count = doc.get(CHANGES, Number.class);
        return count == null ? 0 : count.longValue();
    }

    /**
     * Fills the lists from the stored events once, for events an earlier version stored before the lists existed;
     * recorded in {@code store_migrations} so that it runs once per database. Idempotent, so a run cut off is simply
     * done again. Every write path calls it first ({@link MongoEventStore#store}), so no batch is reconciled against
     * incomplete lists, even when MongoDB was down when the service started.
     */
    void fillFromEvents() {
        if (filled) {
            return;
        }
        if (collection(MIGRATIONS).find(eq(Fields.ID, FILLED)).first() == null) {
            Map<String, String> indicators = new LinkedHashMap<>();
            Map<String, ProjectEventKeys> projectEvents = new LinkedHashMap<>();
            for (Document doc :
                    collection(Fields.INDICATOR_OBSERVATIONS).find().projection(new Document(Fields.ARTICLE_ID, 1))) {
                indicators.put(doc.getString(Fields.ID), doc.getString(Fields.ARTICLE_ID));
                if (indicators.size() == BULK) {
                    add(indicators, Map.of());
                    indicators.clear();
                }
            }
            for (Document doc : collection(Fields.PROJECT_EVENTS)
                    .find()
                    .projection(new Document(Fields.ARTICLE_ID, 1).append(Fields.PROJECT_KEY, 1))) {
                projectEvents.put(
                        doc.getString(Fields.ID),
                        new ProjectEventKeys(doc.getString(Fields.ARTICLE_ID), doc.getString(Fields.PROJECT_KEY)));
                if (projectEvents.size() == BULK) {
                    add(Map.of(), projectEvents);
                    projectEvents.clear();
                }
            }
            add(indicators, projectEvents);
            collection(MIGRATIONS)
                    .replaceOne(
                            eq(Fields.ID, FILLED),
                            new Document(Fields.ID, FILLED)
                                    .append("completedAt", clock.instant().toString()),
                            new ReplaceOptions().upsert(true));
        }
        filled = true;
    }

    private static UpdateOneModel<Document> upsert(String id, Bson update) {
        return new UpdateOneModel<>(eq(Fields.ID, id), update, new UpdateOptions().upsert(true));
    }

    private void write(String collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }
}
