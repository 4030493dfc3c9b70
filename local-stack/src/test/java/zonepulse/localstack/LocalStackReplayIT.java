package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extract.replay.ReplayListener;
import zonepulse.extract.replay.ReplayProgress;
import zonepulse.extract.replay.ReplayReport;
import zonepulse.extract.replay.ReplaySelection;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.store.storage.EventQueries;

/**
 * The local stack's replay and engine seams, which the demo and the end-to-end tests of re-extraction use: a replay
 * next to the running services, waiting for the store to consume it, and extract-service restarted with another
 * engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackReplayIT {
    private static final Duration WITHIN = Duration.ofSeconds(120);

    private Path dropFolder;
    private LocalStack stack;
    private EventQueries queries;
    private List<String> articleIds;

    @BeforeAll
    void start(@TempDir Path dropFolder) {
        this.dropFolder = dropFolder;
        stack = LocalStack.start(dropFolder, new LocalStack.Options(0, Duration.ofMillis(300), true));
        queries = stack.queries();
        articleIds = Demo.drop(Demo.samples(Path.of("..", "samples")), dropFolder);
        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> articleIds.stream().allMatch(id -> StoredArticles.isComplete(queries, id)));
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** An engine whose project rules find nothing: another version, one rule's output changed. */
    private static ExtractionEngine withoutProjects() {
        ExtractionEngine rules = ExtractionEngine.rules(Extractor.create());
        return new ExtractionEngine() {
            @Override
            public ExtractionResult extract(ExtractionInput input) throws ExtractionException {
                ExtractionResult r = rules.extract(input);
                return new ExtractionResult(
                        r.articleId(),
                        r.source(),
                        r.cleanText(),
                        r.fingerprint(),
                        id(),
                        r.indicators(),
                        List.of(),
                        r.elapsed());
            }

            @Override
            public String id() {
                return "zonepulse-rules/without-projects";
            }
        };
    }

    @Test
    @Order(1)
    void aReplayOfTheSamplesWithTheSameEngineReachesTheTotalAndChangesNothingStored() {
        Map<String, Long> before = queries.counts();
        List<ReplayProgress> progress = new CopyOnWriteArrayList<>();
        List<ReplayReport> finished = new ArrayList<>();

        ReplayReport report = stack.replay(ReplaySelection.everything(), null, new ReplayListener() {
            @Override
            public void progress(ReplayProgress p) {
                progress.add(p);
            }

            @Override
            public void finished(ReplayReport r) {
                finished.add(r);
            }
        });

        assertThat(report.extracted()).isEqualTo(articleIds.size());
        assertThat(report.deadLettered()).isZero();
        assertThat(finished).containsExactly(report);
        ReplayProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(last.total()).isPositive();
        assertThat(stack.awaitStoreConsumed(report, WITHIN)).isTrue();
        // the same engine: the same ids, which the store already holds
        assertThat(queries.counts()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void extractServiceRestartedWithAnotherEngineExtractsNewArticlesWithIt() throws Exception {
        stack.restartExtract(withoutProjects());
        Path next = dropFolder.resolve("after-restart.txt");
        Files.writeString(next, "苏州工业园区5月总投资50亿元的信达生物创新药产业化基地项目正式开工，全年规模以上工业总产值增长12.3%。");
        String id = DroppedFileInput.articleId(next);

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> StoredArticles.isComplete(queries, id));

        Map<String, Object> article = queries.article(id).orElseThrow();
        assertThat(article.get("extractor")).isEqualTo("zonepulse-rules/without-projects");
        assertThat((List<?>) article.get("projectEventIds")).isEmpty();
        assertThat((List<?>) article.get("indicatorEventIds")).isNotEmpty();
    }
}
