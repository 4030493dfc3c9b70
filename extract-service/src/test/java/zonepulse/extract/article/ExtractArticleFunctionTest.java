package zonepulse.extract.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.events.Topics;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;

/** The function alone: no binder, no broker. */
class ExtractArticleFunctionTest {
    static final String TEXT = "苏州工业园区今年1-6月份规模以上工业总产值达3120.5亿元，同比增长12.3%。" + "5月，总投资50亿元的信达生物创新药产业化基地项目正式开工。";

    private final EventJson json = new EventJson();
    private final List<Sent> sent = new ArrayList<>();
    private final ExtractArticleFunction function = new ExtractArticleFunction(
            Extractor.create(),
            json,
            (topic, key, payload, headers) -> sent.add(new Sent(topic, key, payload, headers)),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    record Sent(String topic, String key, byte[] payload, Map<String, String> headers) {}

    static RawArticle article(String content) {
        return RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///data/drop/suzhou.txt", null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                content,
                new ArticleMetadata("苏州工业园区上半年经济数据", Instant.parse("2021-07-20T08:00:00Z"), null, List.of()));
    }

    private Message<byte[]> message(byte[] payload) {
        return MessageBuilder.withPayload(payload).build();
    }

    @Test
    void sendsEachEventKeyedAsTheContractSaysAndReturnsTheSummary() {
        RawArticle article = article(TEXT);

        Message<byte[]> out = function.apply(message(json.write(article)));

        ExtractedArticle summary = json.read(out.getPayload(), ExtractedArticle.class);
        assertThat(new String((byte[]) out.getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8))
                .isEqualTo(article.articleId());
        assertThat(out.getHeaders().get(Headers.CE_TYPE)).isEqualTo("io.zonepulse.extracted-article.v1");
        assertThat(summary.articleId()).isEqualTo(article.articleId());
        assertThat(summary.contentHash()).isEqualTo(article.contentHash());

        List<IndicatorEvent> indicators = sent.stream()
                .filter(s -> s.topic().equals(Topics.EVENTS_INDICATORS))
                .map(s -> {
                    IndicatorEvent e = json.read(s.payload(), IndicatorEvent.class);
                    assertThat(s.key()).isEqualTo(e.seriesKey());
                    assertThat(s.headers())
                            .containsEntry(Headers.CE_ID, e.eventId())
                            .containsEntry(Headers.CE_SPECVERSION, "1.0");
                    return e;
                })
                .toList();
        List<ProjectEvent> projects = sent.stream()
                .filter(s -> s.topic().equals(Topics.EVENTS_PROJECTS))
                .map(s -> {
                    ProjectEvent e = json.read(s.payload(), ProjectEvent.class);
                    assertThat(s.key()).isEqualTo(e.projectKey());
                    return e;
                })
                .toList();
        assertThat(indicators).extracting(IndicatorEvent::value).contains(3120.5, 12.3);
        assertThat(projects).extracting(ProjectEvent::stage).isNotEmpty();
        assertThat(summary.indicatorEventIds())
                .containsExactlyElementsOf(
                        indicators.stream().map(IndicatorEvent::eventId).toList());
        assertThat(summary.projectEventIds())
                .containsExactlyElementsOf(
                        projects.stream().map(ProjectEvent::eventId).toList());
    }

    @Test
    void sameArticleTwiceGivesTheSameEventIds() {
        byte[] payload = json.write(article(TEXT));
        function.apply(message(payload));
        List<String> first =
                sent.stream().map(s -> s.headers().get(Headers.CE_ID)).toList();
        sent.clear();
        function.apply(message(payload));

        assertThat(sent.stream().map(s -> s.headers().get(Headers.CE_ID)).toList())
                .isEqualTo(first);
    }

    @Test
    void messageThatBreaksTheContractIsPoison() {
        assertThatThrownBy(() ->
                        function.apply(message("{\"schema\":\"raw-article/1\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonArticleException.class)
                .hasMessageContaining("articleId");
        assertThat(sent).isEmpty();
    }

    @Test
    void documentTheEngineRefusesIsPoisonNamingTheReason() {
        ExtractArticleFunction strict = new ExtractArticleFunction(
                Extractor.create(
                        ExtractorConfig.defaults().withMaxDocumentChars(10).withMaxDocumentBytes(10)),
                json,
                (topic, key, payload, headers) -> sent.add(new Sent(topic, key, payload, headers)),
                Clock.systemUTC());

        assertThatThrownBy(() -> strict.apply(message(json.write(article(TEXT)))))
                .isInstanceOf(PoisonArticleException.class)
                .hasMessageContaining(ExtractionException.Reason.TOO_LARGE.name())
                .hasCauseInstanceOf(ExtractionException.class);
        assertThat(sent).isEmpty();
    }
}
