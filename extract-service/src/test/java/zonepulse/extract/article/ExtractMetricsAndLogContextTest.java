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

/** What the extraction counts, times and puts in the log context, without a broker. */
class ExtractMetricsAndLogContextTest {
    private final EventJson json = new EventJson();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> articleIdsWhileSending = new ArrayList<>();
    private final ArticleExtraction extraction =
            new ArticleExtraction(new RulesExtractionEngine(Extractor.create()), json, Clock.systemUTC(), meters);
    private final EventSink sink =
            (topic, key, payload, headers) -> articleIdsWhileSending.add(MDC.get(ArticleExtraction.ARTICLE_ID));

    @Test
    void countsArticlesEventsAndDeadLettersAndTimesExtraction() {
        RawArticle article = TestArticles.article(TestArticles.TEXT);
        extraction.extractTo(MessageBuilder.withPayload(json.write(article)).build(), sink);
        extraction.extractTo(
                MessageBuilder.withPayload("{".getBytes(StandardCharsets.UTF_8)).build(), sink);

        assertThat(meters.get(ArticleExtraction.ARTICLES)
                        .tag("outcome", "extracted")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ArticleExtraction.ARTICLES)
                        .tag("outcome", "dead_lettered")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ArticleExtraction.EVENTS)
                        .tag("type", "indicator")
                        .counter()
                        .count())
                .isPositive();
        assertThat(meters.get(ArticleExtraction.EVENTS)
                        .tag("type", "project")
                        .counter()
                        .count())
                .isPositive();
        assertThat(meters.get(ArticleExtraction.DURATION)
                        .tag("outcome", "extracted")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get(ArticleExtraction.DLQ_WRITES)
                        .tag("reason", "contract_violation")
                        .tag("topic", "news.articles.raw")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theArticleIsInTheLogContextWhileItIsHandledAndNotAfter() {
        RawArticle article = TestArticles.article(TestArticles.TEXT);
        extraction.extractTo(MessageBuilder.withPayload(json.write(article)).build(), sink);

        assertThat(articleIdsWhileSending).isNotEmpty().containsOnly(article.articleId());
        assertThat(MDC.get(ArticleExtraction.ARTICLE_ID)).isNull();
    }
}
