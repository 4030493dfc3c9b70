package zonepulse.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.extract.TestArticles;
import zonepulse.extraction.Extractor;

/** What the function counts, times and puts in the log context, without a broker. */
class ExtractMetricsAndLogContextTest {
    private final EventJson json = new EventJson();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> articleIdsWhileSending = new ArrayList<>();
    private final ExtractArticleFunction function = new ExtractArticleFunction(
            new RulesExtractionEngine(Extractor.create()),
            json,
            (topic, key, payload, headers) -> articleIdsWhileSending.add(MDC.get(ExtractArticleFunction.ARTICLE_ID)),
            Clock.systemUTC(),
            meters);

    @Test
    void countsArticlesEventsAndDeadLettersAndTimesExtraction() {
        RawArticle article = TestArticles.article(TestArticles.TEXT);
        function.apply(MessageBuilder.withPayload(json.write(article)).build());
        function.apply(
                MessageBuilder.withPayload("{".getBytes(StandardCharsets.UTF_8)).build());

        assertThat(meters.get(ExtractArticleFunction.ARTICLES)
                        .tag("outcome", "extracted")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ExtractArticleFunction.ARTICLES)
                        .tag("outcome", "dead_lettered")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ExtractArticleFunction.EVENTS)
                        .tag("type", "indicator")
                        .counter()
                        .count())
                .isPositive();
        assertThat(meters.get(ExtractArticleFunction.EVENTS)
                        .tag("type", "project")
                        .counter()
                        .count())
                .isPositive();
        assertThat(meters.get(ExtractArticleFunction.DURATION)
                        .tag("outcome", "extracted")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ExtractArticleFunction.DLQ_WRITES)
                        .tag("reason", "contract_violation")
                        .tag("topic", "news.articles.raw")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theArticleIsInTheLogContextWhileItIsHandledAndNotAfter() {
        RawArticle article = TestArticles.article(TestArticles.TEXT);
        function.apply(MessageBuilder.withPayload(json.write(article)).build());

        assertThat(articleIdsWhileSending).isNotEmpty().containsOnly(article.articleId());
        assertThat(MDC.get(ExtractArticleFunction.ARTICLE_ID)).isNull();
    }
}
