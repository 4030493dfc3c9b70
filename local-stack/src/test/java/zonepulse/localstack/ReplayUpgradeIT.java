package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.Ids;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.ProjectEvent;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extract.replay.ReplayReport;
import zonepulse.extract.replay.ReplaySelection;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.store.storage.EventQueries;

/**
 * Issue 9, end to end on the embedded stack: the samples stored with the deployed engine (A), then replayed with a
 * newer engine (B, one of whose rules reads differently); the store then holds exactly what B finds, A's events are
 * kept marked superseded, the change report says what changed, and generation A redelivered after B changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayUpgradeIT {
    private static final Duration WITHIN = Duration.ofSeconds(120);

    private LocalStack stack;
    private EventQueries queries;
    private List<String> articleIds;
    private final Map<String, ExtractionResult> byEngineA = new HashMap<>();
    private final Map<String, ExtractionResult> byEngineB = new HashMap<>();
    private Set<String> storedByA;

    /**
     * The deployed rules, one version on, reading two things differently: growth rates rounded to whole percents,
     * and planned (expected) project stages no longer reported. Its events get ids of their own, as a new version's do.
     */
    static final class NextEngine implements ExtractionEngine {
        static final String ID = Extractor.NAME + "/" + Extractor.VERSION + ".1";
        private final ExtractionEngine rules = ExtractionEngine.rules(Extractor.create());

        @Override
        public String id() {
            return ID;
        }

        @Override
        public ExtractionResult extract(ExtractionInput input) throws ExtractionException {
            return next(rules.extract(input));
        }

        /** What this engine finds where the deployed rules found {@code r}. */
        static ExtractionResult next(ExtractionResult r) {
            List<IndicatorEvent> indicators = r.indicators().stream()
                    .map(e -> new IndicatorEvent(
                            e.schema(),
                            e.type(),
                            idOf(e.eventId()),
                            e.articleId(),
                            e.source(),
                            ID,
                            e.region(),
                            e.indicator(),
                            e.measure(),
                            e.measure() == Measure.YOY_GROWTH ? Math.rint(e.value()) : e.value(),
                            e.upper(),
                            e.unit(),
                            e.normalized(),
                            e.qualifier(),
                            e.status(),
                            e.period(),
                            e.basis(),
                            e.evidence(),
                            e.confidence()))
                    .toList();
            List<ProjectEvent> projects = r.projects().stream()
                    .filter(e -> !e.expected())
                    .map(e -> new ProjectEvent(
                            e.schema(),
                            e.type(),
                            idOf(e.eventId()),
                            e.articleId(),
                            e.source(),
                            ID,
                            e.region(),
                            e.confidence(),
                            e.evidence(),
                            e.name(),
                            e.projectKey(),
                            e.stage(),
                            e.expected(),
                            e.date(),
                            e.investment(),
                            e.companies()))
                    .toList();
            return new ExtractionResult(
                    r.articleId(), r.source(), r.cleanText(), r.fingerprint(), ID, indicators, projects, r.elapsed());
        }

        private static String idOf(String eventIdOfA) {
            return Ids.sha256Hex(eventIdOfA + "|" + ID).substring(0, 32);
        }
    }

    @BeforeAll
    void start(@TempDir Path dropFolder) throws Exception {
        stack = LocalStack.start(dropFolder, new LocalStack.Options(0, Duration.ofMillis(300), true));
        queries = stack.queries();
        List<Path> samples = Demo.samples(Path.of("..", "samples"));
        articleIds = Demo.drop(samples, dropFolder);
        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> articleIds.stream().allMatch(id -> StoredArticles.isComplete(queries, id)));
        for (Path sample : samples) {
            ExtractionResult a = DroppedFileInput.extract(Extractor.create(), dropFolder.resolve(sample.getFileName()));
            byEngineA.put(a.articleId(), a);
            byEngineB.put(a.articleId(), NextEngine.next(a));
        }
        storedByA = currentEventIds(false);
        assertThat(storedByA).isEqualTo(eventIds(byEngineA.values()));
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void afterAReplayWithTheNextEngineTheStoreHoldsExactlyWhatItFinds() throws Exception {
        ReplayReport report = stack.replay(ReplaySelection.everything(), new NextEngine(), null);
        assertThat(report.extracted()).isEqualTo(articleIds.size());
        assertThat(stack.awaitStoreConsumed(report, WITHIN)).isTrue();

        Set<String> expected = eventIds(byEngineB.values());
        assertThat(currentEventIds(false)).isEqualTo(expected);
        Set<String> superseded = currentEventIds(true);
        superseded.removeAll(expected);
        assertThat(superseded).as("generation A's events, kept and marked").isEqualTo(storedByA);

        Map<String, Set<String>> timelines = new HashMap<>();
        byEngineB
                .values()
                .forEach(b -> b.projects()
                        .forEach(e -> timelines
                                .computeIfAbsent(e.projectKey(), k -> new TreeSet<>())
                                .add(e.eventId())));
        Map<String, Set<String>> stored = new HashMap<>();
        for (Map<String, Object> project : queries.projects(new EventQueries.ProjectFilter(null, null, 1000))) {
            Set<String> ids = new TreeSet<>();
            ((List<?>) project.get("timeline")).forEach(entry -> ids.add((String) ((Map<?, ?>) entry).get("eventId")));
            stored.put((String) project.get("_id"), ids);
        }
        assertThat(stored)
                .as("the projects and their timelines, as engine B alone would make them")
                .isEqualTo(timelines);

        JsonNode changes = getJson("/changes");
        assertThat(changes.path("from").asString()).isEqualTo(Extractor.NAME + "/" + Extractor.VERSION);
        assertThat(changes.path("to").asString()).isEqualTo(NextEngine.ID);
        assertThat(changes.path("articlesCompared").asInt()).isEqualTo(articleIds.size());
        long plannedStages = byEngineA.values().stream()
                .flatMap(a -> a.projects().stream())
                .filter(ProjectEvent::expected)
                .count();
        long roundedRates = byEngineA.values().stream()
                .flatMap(a -> a.indicators().stream())
                .filter(e -> e.measure() == Measure.YOY_GROWTH && e.value() != Math.rint(e.value()))
                .count();
        assertThat(plannedStages + roundedRates)
                .as("the samples exercise the changed rules")
                .isPositive();
        assertThat(changes.path("eventsRemoved").asLong()).isEqualTo(plannedStages);
        assertThat(changes.path("eventsAdded").asLong()).isZero();
        assertThat(changes.path("eventsChanged").asLong()).isEqualTo(roundedRates);
    }

    @Test
    @Order(2)
    void generationARedeliveredAfterBChangesNothing() throws Exception {
        Map<String, Long> before = queries.counts(true);

        ReplayReport report = stack.replay(ReplaySelection.everything(), null, null);
        assertThat(stack.awaitStoreConsumed(report, WITHIN)).isTrue();

        assertThat(currentEventIds(false)).isEqualTo(eventIds(byEngineB.values()));
        assertThat(queries.counts(true)).isEqualTo(before);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static Set<String> eventIds(java.util.Collection<ExtractionResult> results) {
        Set<String> ids = new TreeSet<>();
        for (ExtractionResult result : results) {
            result.indicators().forEach(e -> ids.add(e.eventId()));
            result.projects().forEach(e -> ids.add(e.eventId()));
        }
        return ids;
    }

    private Set<String> currentEventIds(boolean includeSuperseded) {
        Set<String> ids = new TreeSet<>();
        for (String article : articleIds) {
            queries.indicators(new EventQueries.IndicatorFilter(null, null, null, article, 100_000, includeSuperseded))
                    .forEach(doc -> ids.add((String) doc.get("_id")));
        }
        Set<String> projectKeys = new HashSet<>();
        queries.projects(new EventQueries.ProjectFilter(null, null, 1000))
                .forEach(project -> projectKeys.add((String) project.get("_id")));
        if (includeSuperseded) {
            // a project only generation A named has no projection left: its events are found through A's results
            byEngineA.values().forEach(a -> a.projects().forEach(e -> projectKeys.add(e.projectKey())));
        }
        for (String key : projectKeys) {
            queries.projectEvents(key, includeSuperseded).forEach(doc -> ids.add((String) doc.get("_id")));
        }
        return ids;
    }
}
