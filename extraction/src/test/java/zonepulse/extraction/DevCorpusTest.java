package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.extraction.cli.ExtractCli;

/**
 * The whole development corpus ({@code ../shared/corpus}: the seeds and the 35 dev documents) extracted as the CLI
 * does and scored with score.py's matching. The gates sit just under the scores measured when they were last raised
 * (extraction/README.md has the figures): a change that costs more than 0.01 of plain, strict or exact-name F1 fails
 * here. The corpus lives beside the clone, not in it; where it is absent the test is skipped, saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevCorpusTest {
    /** Measured 2026-12-02 (third session) over the 40 documents: plain 0.838, strict 0.568, exact names 0.661; gates 0.01 below. */
    static final double PLAIN_GATE = 0.828;

    static final double STRICT_GATE = 0.558;
    static final double EXACT_NAMES_GATE = 0.651;

    private final Extractor extractor = Extractor.create();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<ExtractionResult> results = new ArrayList<>();
    private final List<JsonNode> golds = new ArrayList<>();

    static Path corpus() {
        String configured = System.getProperty("zonepulse.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"../../shared/corpus", "../shared/corpus"}) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("dev/gold"))) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    void extractAll() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(
                corpus != null,
                "development corpus not found beside the clone (../shared/corpus); set -Dzonepulse.corpus=DIR to run");
        add(corpus.resolve("seeds"), corpus.resolve("gold"));
        add(corpus.resolve("dev/docs"), corpus.resolve("dev/gold"));
        assertThat(golds).as("documents with gold").hasSizeGreaterThanOrEqualTo(40);
    }

    private void add(Path docs, Path gold) throws IOException, ExtractionException {
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path goldFile = gold.resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            results.add(ExtractCli.extract(extractor, file, null));
            golds.add(json.readTree(Files.readString(goldFile)));
        }
    }

    private double f1(boolean strict, boolean exactNames) {
        GoldScorer.EXACT_NAMES.set(exactNames);
        try {
            GoldScorer.Prf total = new GoldScorer.Prf(0, 0, 0);
            for (int i = 0; i < results.size(); i++) {
                total = total.plus(
                        GoldScorer.indicators(golds.get(i), results.get(i).indicators(), strict));
                total = total.plus(
                        GoldScorer.projects(golds.get(i), results.get(i).projects(), strict));
            }
            return total.f1();
        } finally {
            GoldScorer.EXACT_NAMES.remove();
        }
    }

    private void holds(String what, double f1, double gate) {
        System.out.printf("development corpus (%d documents): %s F1 %.3f, gate %.3f%n", results.size(), what, f1, gate);
        assertThat(f1).as(what + " F1").isGreaterThanOrEqualTo(gate);
    }

    @Test
    void plainF1HoldsItsGate() {
        holds("plain", f1(false, false), PLAIN_GATE);
    }

    @Test
    void strictF1HoldsItsGate() {
        holds("strict", f1(true, false), STRICT_GATE);
    }

    @Test
    void exactNameF1HoldsItsGate() {
        holds("exact-name", f1(false, true), EXACT_NAMES_GATE);
    }
}
