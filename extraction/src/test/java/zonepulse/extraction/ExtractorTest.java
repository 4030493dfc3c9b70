package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import zonepulse.events.IndicatorEvent;

class ExtractorTest {

    @Test
    void idNamesTheRulesAndTheirVersion() {
        assertThat(Extractor.create().id()).isEqualTo("zonepulse-rules/" + Extractor.VERSION);
        assertThat(Extractor.NAME).isEqualTo("zonepulse-rules");
    }

    @Test
    void defaultLimits() {
        ExtractorConfig c = Extractor.create().config();
        assertThat(c.maxDocumentBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(c.timeLimit()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        Extractor extractor = Extractor.create();
        List<String> docs = new ArrayList<>();
        for (String seed : SeedCorpusTest.SEEDS) {
            docs.add(SeedCorpusTest.resource("/seeds/" + seed + ".txt"));
        }
        List<List<String>> expected = new ArrayList<>();
        for (String d : docs) {
            expected.add(ids(extractor.extract(new ExtractionInput("a", "a", null, d, null, null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String d = docs.get(i % docs.size());
                futures.add(
                        pool.submit(() -> ids(extractor.extract(new ExtractionInput("a", "a", null, d, null, null)))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(ExtractionResult r) {
        return r.indicators().stream().map(IndicatorEvent::eventId).toList();
    }

    @Test
    void callerPublicationDateWins() throws Exception {
        ExtractionResult r = Extractor.create()
                .extract(new ExtractionInput(
                        "a",
                        "a",
                        "text/plain",
                        "今年上半年园区新增企业50家。",
                        "标题",
                        java.time.Instant.parse("2020-03-01T00:00:00Z")));
        assertThat(r.source().title()).isEqualTo("标题");
        assertThat(r.indicators().get(0).period().end()).isEqualTo(java.time.LocalDate.of(2020, 6, 30));
    }

    @Test
    void resultSummarisesForTheExtractedTopic() throws Exception {
        ExtractionResult r = Extractor.create().extract(new ExtractionInput("a", "a", null, "园区新增企业50家。", null, null));
        assertThat(r.toExtractedArticle("hash").indicatorEventIds()).hasSize(1);
    }
}
