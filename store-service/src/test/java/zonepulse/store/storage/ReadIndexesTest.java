package zonepulse.store.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestParam;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.store.TestEvents;
import zonepulse.store.storage.ReadQueries.IndicatorQuery;
import zonepulse.store.storage.ReadQueries.Position;
import zonepulse.store.storage.ReadQueries.ProjectQuery;

/**
 * Every filter of {@code GET /api/v1/indicators} and {@code GET /api/v1/projects}, given alone, can be answered from
 * an index that store-service creates: one whose first key is a field that the filter's query constrains in every
 * alternative (so MongoDB can bound its scan by it), and whose last keys are the list's order (so that a page is read
 * in the order it is served, and a cursor's position is a bound of the same index). Checked over the indexes
 * store-service asks MongoDB for at start (the createIndexes commands it sends) and the queries as built;
 * mongo-java-server has no query planner, so which plan a real MongoDB picks is not what this shows, only that a plan
 * of that kind exists for each filter. The filters are those the controllers take, read from their parameters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadIndexesTest {
    /** What the lists take besides their filters: paging and the superseded events' switch. */
    private static final Set<String> NOT_FILTERS = Set.of("include", "limit");

    private EmbeddedMongo mongo;
    private MongoClient client;
    /** The keys of every index store-service asked for at start, by collection, as the commands sent said. */
    private final Map<String, List<BsonDocument>> indexes = new LinkedHashMap<>();

    /**
     * Starts store-service's storage on a fresh database, as at start-up, and keeps what it asked MongoDB for: the
     * createIndexes commands (mongo-java-server accepts secondary indexes without keeping them, so
     * they are read from the commands, not from listIndexes).
     */
    @BeforeAll
    void createIndexes() {
        mongo = EmbeddedMongo.start();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri("indexes")))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        BsonDocument command = event.getCommand();
                        if (event.getCommandName().equals("createIndexes")) {
                            command.getArray("indexes")
                                    .forEach(index -> indexes.computeIfAbsent(
                                                    command.getString("createIndexes")
                                                            .getValue(),
                                                    c -> new ArrayList<>())
                                            // a copy: the event's document is read from a buffer released after it
                                            .add(BsonDocument.parse(index.asDocument()
                                                    .getDocument("key")
                                                    .toJson())));
                        }
                    }
                })
                .build());
        MongoDatabase database = client.getDatabase("indexes");
        new MongoEventStore(database, TestEvents.JSON, Clock.systemUTC()).createIndexes();
        new MongoReadQueries(database, TestEvents.JSON).createIndexes();
    }

    @AfterAll
    void stop() {
        client.close();
        mongo.close();
    }

    /** Each filter of the indicators' list, given alone, with a value of its kind. */
    private static Map<String, List<IndicatorQuery>> indicatorFilters() {
        Map<String, List<IndicatorQuery>> filters = new LinkedHashMap<>();
        filters.put("region", List.of(indicators(q -> q.region = "北京市")));
        filters.put("indicator", List.of(indicators(q -> q.indicators = List.of("规模以上工业总产值", "规上工业总产值"))));
        filters.put("measure", List.of(indicators(q -> q.measure = "level")));
        filters.put("status", List.of(indicators(q -> q.status = "target")));
        filters.put("from", List.of(indicators(q -> q.from = LocalDate.parse("2021-07-01"))));
        filters.put("to", List.of(indicators(q -> q.to = LocalDate.parse("2021-08-31"))));
        filters.put("article", List.of(indicators(q -> q.article = "a1")));
        filters.put("extractor", List.of(indicators(q -> q.extractor = "zonepulse-rules/2.0.0")));
        filters.put("cursor", List.of(indicators(q -> q.after = new Position("北京市|固投|yoy_growth", "e1"))));
        return filters;
    }

    /** Each filter of the projects' list, given alone, with a value of its kind (both values of a boolean). */
    private static Map<String, List<ProjectQuery>> projectFilters() {
        Map<String, List<ProjectQuery>> filters = new LinkedHashMap<>();
        filters.put("region", List.of(projects(q -> q.region = "北京市")));
        filters.put("stage", List.of(projects(q -> q.stage = "construction_started")));
        filters.put("furthestStage", List.of(projects(q -> q.furthestStage = "completed")));
        filters.put(
                "expected",
                List.of(projects(q -> q.expected = Boolean.TRUE), projects(q -> q.expected = Boolean.FALSE)));
        filters.put("company", List.of(projects(q -> q.company = "小米")));
        filters.put("q", List.of(projects(q -> q.name = "绿竹")));
        filters.put("since", List.of(projects(q -> q.since = Instant.parse("2021-10-20T00:00:00Z"))));
        filters.put("cursor", List.of(projects(q -> q.after = new Position("2021-11-01T02:00:00Z", "智飞绿竹"))));
        return filters;
    }

    @Test
    void everyFilterOfTheIndicatorsIsListedHere() throws Exception {
        assertThat(indicatorFilters().keySet())
                .containsExactlyInAnyOrderElementsOf(requestParameters("IndicatorsController", "indicators"));
    }

    @Test
    void everyFilterOfTheProjectsIsListedHere() throws Exception {
        assertThat(projectFilters().keySet())
                .containsExactlyInAnyOrderElementsOf(requestParameters("ProjectsController", "projects"));
    }

    @Test
    void everyIndicatorFilterAloneHasAnIndexLedByAFieldItBoundsEndingInTheListsOrder() {
        indicatorFilters()
                .forEach((name, queries) -> queries.forEach(query -> assertIndexed(
                        "indicators?" + name,
                        Fields.INDICATOR_OBSERVATIONS,
                        MongoReadQueries.indicatorFilter(query),
                        MongoReadQueries.INDICATOR_ORDER)));
    }

    @Test
    void everyProjectFilterAloneHasAnIndexLedByAFieldItBoundsEndingInTheListsOrder() {
        projectFilters()
                .forEach((name, queries) -> queries.forEach(query -> assertIndexed(
                        "projects?" + name,
                        Fields.PROJECTS,
                        MongoReadQueries.projectFilter(query),
                        MongoReadQueries.PROJECT_ORDER)));
    }

    @Test
    void everyRetiredIndexIsReplacedByOneThatBeginsWithItsKeys() {
        Map<String, List<Bson>> retired = Map.of(
                Fields.INDICATOR_OBSERVATIONS,
                concat(MongoReadQueries.RETIRED_INDICATOR_INDEXES, MongoEventStore.RETIRED_INDICATOR_INDEXES),
                Fields.PROJECTS,
                MongoReadQueries.RETIRED_PROJECT_INDEXES);
        retired.forEach((collection, keys) -> keys.forEach(old -> {
            List<Map.Entry<String, BsonValue>> oldKeys =
                    new ArrayList<>(render(old).entrySet());
            assertThat(indexes.get(collection))
                    .as("%s: a replacement of %s", collection, RetiredIndexes.name(old))
                    .anyMatch(keys2 -> keys2.size() > oldKeys.size()
                            && new ArrayList<>(keys2.entrySet())
                                    .subList(0, oldKeys.size())
                                    .equals(oldKeys));
        }));
    }

    private static List<Bson> concat(List<Bson> a, List<Bson> b) {
        List<Bson> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void boundFieldsAreThoseEveryAlternativeConstrains() {
        // the reading this test relies on: an $or bounds only what each of its branches bounds
        assertThat(boundFields(render(or(eq("a", 1), and(eq("a", null), eq("b", 2))))))
                .containsExactly("a");
        assertThat(boundFields(render(elemMatch("t", and(eq("s", 1), eq("e", false))))))
                .containsExactlyInAnyOrder("t.s", "t.e");
    }

    /**
     * Some index of {@code collection} begins with a field {@code filter} bounds in every alternative and ends with
     * {@code order}'s keys, in their directions.
     */
    private void assertIndexed(String what, String collection, Bson filter, Bson order) {
        BsonDocument query = render(filter);
        Set<String> bound = boundFields(query);
        BsonDocument orderKeys = render(order);
        List<BsonDocument> usable = indexes.get(collection).stream()
                .filter(keys -> bound.contains(keys.getFirstKey()))
                .filter(keys -> endsWith(keys, orderKeys))
                .toList();
        assertThat(usable)
                .as(
                        "%s: the query %s bounds %s; indexes of %s: %s",
                        what, query.toJson(), bound, collection, indexes.get(collection))
                .isNotEmpty();
    }

    private static boolean endsWith(BsonDocument keys, BsonDocument order) {
        List<Map.Entry<String, BsonValue>> all = new ArrayList<>(keys.entrySet());
        List<Map.Entry<String, BsonValue>> tail = new ArrayList<>(order.entrySet());
        if (tail.size() > all.size()) {
            return false;
        }
        List<Map.Entry<String, BsonValue>> end = all.subList(all.size() - tail.size(), all.size());
        for (int i = 0; i < tail.size(); i++) {
            if (!end.get(i).getKey().equals(tail.get(i).getKey())
                    || end.get(i).getValue().asNumber().intValue()
                            != tail.get(i).getValue().asNumber().intValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fields (dotted paths) a query constrains whichever way it matches: those of every condition of an
     * {@code $and} (or of a document's several fields), those common to every branch of an {@code $or}, the
     * element's fields under an {@code $elemMatch}. Only such a field can bound an index scan for the whole query.
     */
    static Set<String> boundFields(BsonDocument query) {
        return boundFields(query, "");
    }

    private static Set<String> boundFields(BsonDocument query, String prefix) {
        Set<String> fields = new HashSet<>();
        for (Map.Entry<String, BsonValue> condition : query.entrySet()) {
            String key = condition.getKey();
            BsonValue value = condition.getValue();
            switch (key) {
                case "$and" -> value.asArray().forEach(part -> fields.addAll(boundFields(part.asDocument(), prefix)));
                case "$or" -> fields.addAll(common(value.asArray(), prefix));
                case "$nor", "$not", "$expr", "$where" -> {
                    // bounds nothing an index could use for the whole query
                }
                default -> {
                    String path = prefix + key;
                    if (value.isDocument() && value.asDocument().containsKey("$elemMatch")) {
                        fields.addAll(boundFields(value.asDocument().getDocument("$elemMatch"), path + "."));
                    } else {
                        fields.add(path);
                    }
                }
            }
        }
        return fields;
    }

    private static Set<String> common(BsonArray branches, String prefix) {
        Set<String> common = null;
        for (BsonValue branch : branches) {
            Set<String> fields = boundFields(branch.asDocument(), prefix);
            if (common == null) {
                common = fields;
            } else {
                common.retainAll(fields);
            }
        }
        return common == null ? Set.of() : common;
    }

    private static BsonDocument render(Bson bson) {
        return bson.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
    }

    /** The filters a list endpoint takes: its {@code @RequestParam}s but paging and the superseded switch. */
    private static List<String> requestParameters(String controller, String method) throws Exception {
        Class<?> type = Class.forName("zonepulse.store.readapi." + controller);
        Method endpoint = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .findFirst()
                .orElseThrow();
        List<String> names = new ArrayList<>();
        for (Parameter parameter : endpoint.getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty()
                        ? param.name()
                        : !param.value().isEmpty() ? param.value() : parameter.getName();
                if (!NOT_FILTERS.contains(name)) {
                    names.add(name);
                }
            }
        }
        assertThat(names)
                .as("parameter names of %s.%s (compiled with -parameters)", controller, method)
                .isNotEmpty()
                .doesNotContain("arg0");
        return names;
    }

    /** An indicator query's fields, to set one of them. */
    private static final class IndicatorFields {
        String region;
        List<String> indicators = List.of();
        String measure;
        String status;
        LocalDate from;
        LocalDate to;
        String article;
        String extractor;
        Position after;
    }

    private static IndicatorQuery indicators(java.util.function.Consumer<IndicatorFields> set) {
        IndicatorFields q = new IndicatorFields();
        set.accept(q);
        return new IndicatorQuery(
                q.region,
                true,
                q.indicators,
                q.measure,
                q.status,
                q.from,
                q.to,
                q.article,
                q.extractor,
                false,
                q.after,
                51);
    }

    /** A project query's fields, to set one of them. */
    private static final class ProjectFields {
        String region;
        String stage;
        String furthestStage;
        Boolean expected;
        String company;
        String name;
        Instant since;
        Position after;
    }

    private static ProjectQuery projects(java.util.function.Consumer<ProjectFields> set) {
        ProjectFields q = new ProjectFields();
        set.accept(q);
        return new ProjectQuery(
                q.region, q.stage, q.furthestStage, q.expected, q.company, q.name, q.since, q.after, 51);
    }
}
