package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.Evidence;
import zonepulse.events.Ids;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * The five seed documents (copied unmodified from shared/corpus/seeds) scored against their gold events with the
 * matching of score.py: the thresholds of issue 3 hold, and every event obeys the contract's evidence rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusTest {
    static final List<String> SEEDS = List.of(
            "000_5da384c4d8e64d09",
            "001_8a9a8cd84788b55b",
            "002_e297cf28a0360318",
            "003_c6099870205fbbe0",
            "004_1c05df24331652f3");

    private final Extractor extractor = Extractor.create();
    private final JsonMapper json = JsonMapper.builder().build();
    private ExtractionResult[] results;
    private JsonNode[] golds;

    static String resource(String path) throws IOException {
        try (InputStream in = SeedCorpusTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    void extractAll() throws Exception {
        results = new ExtractionResult[SEEDS.size()];
        golds = new JsonNode[SEEDS.size()];
        for (int i = 0; i < SEEDS.size(); i++) {
            String name = SEEDS.get(i);
            String content = resource("/seeds/" + name + ".txt");
            results[i] = extractor.extract(new ExtractionInput(
                    Ids.articleId("file:///seeds/" + name + ".txt"),
                    "seeds/" + name + ".txt",
                    "text/plain",
                    content,
                    null,
                    null));
            golds[i] = json.readTree(resource("/seeds/" + name + ".json"));
        }
    }

    private GoldScorer.Prf indicators(boolean strict) {
        GoldScorer.Prf total = new GoldScorer.Prf(0, 0, 0);
        for (int i = 0; i < results.length; i++) {
            total = total.plus(GoldScorer.indicators(golds[i], results[i].indicators(), strict));
        }
        return total;
    }

    private GoldScorer.Prf projects(boolean strict) {
        GoldScorer.Prf total = new GoldScorer.Prf(0, 0, 0);
        for (int i = 0; i < results.length; i++) {
            total = total.plus(GoldScorer.projects(golds[i], results[i].projects(), strict));
        }
        return total;
    }

    @Test
    void overallF1IsAtLeastNinetyPercent() {
        assertThat(indicators(false).plus(projects(false)).f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void projectF1IsAtLeastEightyFivePercent() {
        assertThat(projects(false).f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void strictF1IsAtLeastSeventyFivePercent() {
        assertThat(indicators(true).plus(projects(true)).f1()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void everyDocumentYieldsEvents() {
        for (int i = 0; i < results.length; i++) {
            assertThat(results[i].indicators()).as(SEEDS.get(i)).isNotEmpty();
        }
    }

    @Test
    void evidenceQuotesTheCleanTextAtItsOffsets() {
        for (ExtractionResult r : results) {
            for (IndicatorEvent e : r.indicators()) {
                assertGrounded(r.cleanText(), e.evidence());
            }
            for (ProjectEvent e : r.projects()) {
                assertGrounded(r.cleanText(), e.evidence());
            }
        }
    }

    private static void assertGrounded(String clean, Evidence ev) {
        assertThat(clean.substring(ev.start(), ev.end())).isEqualTo(ev.quote());
        assertThat(ev.sentence()).contains(ev.quote());
        assertThat(ev.quote()).isNotEmpty();
    }

    @Test
    void eventIdsAreUniqueAndDeterministic() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < results.length; i++) {
            ExtractionResult again = extractor.extract(new ExtractionInput(
                    results[i].articleId(),
                    results[i].source().uri(),
                    "text/plain",
                    resource("/seeds/" + SEEDS.get(i) + ".txt"),
                    null,
                    null));
            assertThat(again.indicators().stream().map(IndicatorEvent::eventId))
                    .containsExactlyElementsOf(results[i].indicators().stream()
                            .map(IndicatorEvent::eventId)
                            .toList());
            for (IndicatorEvent e : results[i].indicators()) {
                assertThat(ids.add(e.eventId())).as("duplicate id " + e).isTrue();
            }
            for (ProjectEvent e : results[i].projects()) {
                assertThat(ids.add(e.eventId())).as("duplicate id " + e).isTrue();
            }
        }
    }

    @Test
    void eventsCarryTheExtractorAndTheArticle() {
        for (ExtractionResult r : results) {
            assertThat(r.extractor()).isEqualTo("zonepulse-rules/" + Extractor.VERSION);
            assertThat(r.fingerprint()).hasSize(16);
            for (IndicatorEvent e : r.indicators()) {
                assertThat(e.extractor()).isEqualTo(r.extractor());
                assertThat(e.articleId()).isEqualTo(r.articleId());
                assertThat(e.region()).isNotBlank();
                assertThat(e.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void everyEventPassesTheContractSchemaAndRoundTrips() {
        zonepulse.events.EventJson json = new zonepulse.events.EventJson();
        for (ExtractionResult r : results) {
            for (IndicatorEvent e : r.indicators()) {
                assertThat(json.read(json.writeString(e), IndicatorEvent.class)).isEqualTo(e);
            }
            for (ProjectEvent e : r.projects()) {
                assertThat(json.read(json.writeString(e), ProjectEvent.class)).isEqualTo(e);
            }
            assertThat(json.read(json.writeString(r.toExtractedArticle("h")), zonepulse.events.ExtractedArticle.class))
                    .isNotNull();
        }
    }

    @Test
    void frontMatterDatesTheArticle() {
        assertThat(results[0].source().publishedAt()).isNotNull();
        assertThat(results[0].source().title()).contains("前八个月规上工业总产值同比增三成");
    }

    @Test
    void trailingHeadlinesOfSeed001AreNotArticleText() {
        assertThat(results[1].cleanText()).doesNotContain("红色党课闪耀舞台").doesNotContain("10272430");
    }

    @Test
    void brokenPdfLinesOfSeed004AreJoined() {
        assertThat(results[4].cleanText()).contains("通过引进落户").contains("小米智能制造基地");
        assertThat(results[4].projects()).anyMatch(p -> p.name().equals("小米智能制造基地"));
    }

    @Test
    void htmlBoilerplateOfSeed000IsDropped() {
        assertThat(results[0].cleanText())
                .doesNotContain("责任编辑")
                .doesNotContain("appendQr")
                .doesNotContain("海量资讯")
                .contains("智飞绿竹新型病毒疫苗和工程疫苗产业化基地项目奠基仪式");
    }
}
