package zonepulse.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extract.TestArticles;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;

/** One article's extraction alone: no binder, no broker. */
class ArticleExtractionTest {
    private final EventJson json = new EventJson();
    private final List<Sent> sent = new ArrayList<>();
    private final ArticleExtraction extraction = new ArticleExtraction(
            new RulesExtractionEngine(Extractor.create()),
            json,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    record Sent(String topic, String key, byte[] payload, Map<String, String> headers) {}

    private void record(String topic, byte[] key, byte[] payload, Map<String, String> headers) {
        sent.add(new Sent(topic, key == null ? null : new String(key, StandardCharsets.UTF_8), payload, headers));
    }

    private Message<byte[]> message(byte[] payload) {
        return MessageBuilder.withPayload(payload).build();
    }

    @Test
    void sendsEachEventKeyedAsTheContractSaysThenTheSummary() {
        RawArticle article = TestArticles.article(TestArticles.TEXT);

        assertThat(extraction.extractTo(message(json.write(article)), this::record))
                .isTrue();

        Sent out = sent.get(sent.size() - 1);
        assertThat(out.topic()).as("the summary comes last").isEqualTo(Topics.ARTICLES_EXTRACTED);
        ExtractedArticle summary = json.read(out.payload(), ExtractedArticle.class);
        assertThat(out.key()).isEqualTo(article.articleId());
        assertThat(out.headers().get(Headers.CE_TYPE)).isEqualTo("io.zonepulse.extracted-article.v1");
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
        byte[] payload = json.write(TestArticles.article(TestArticles.TEXT));
        extraction.extractTo(message(payload), this::record);
        List<String> first =
                sent.stream().map(s -> s.headers().get(Headers.CE_ID)).toList();
        sent.clear();
        extraction.extractTo(message(payload), this::record);

        assertThat(sent.stream().map(s -> s.headers().get(Headers.CE_ID)).toList())
                .isEqualTo(first);
    }

    @Test
    void messageThatBreaksTheContractIsDeadLetteredWithTheReason() {
        Message<byte[]> poison = MessageBuilder.withPayload(
                        "{\"schema\":\"raw-article/1\"}".getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_KEY, "k1".getBytes(StandardCharsets.UTF_8))
                .setHeader(Headers.CE_ID, "ce-1")
                .build();

        assertThat(extraction.extractTo(poison, this::record))
                .as("no summary for poison")
                .isFalse();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.topic()).isEqualTo(Topics.ARTICLES_RAW_DLQ);
            assertThat(s.key()).isEqualTo("k1");
            assertThat(s.payload()).isEqualTo(poison.getPayload());
            assertThat(s.headers())
                    .containsEntry(Headers.CE_ID, "ce-1")
                    .containsEntry(Headers.DLQ_ORIGINAL_TOPIC, Topics.ARTICLES_RAW)
                    .containsEntry(Headers.DLQ_EXCEPTION, "zonepulse.events.ContractViolationException");
            assertThat(s.headers().get(Headers.DLQ_REASON)).contains("articleId");
        });
    }

    @Test
    void documentTheEngineRefusesIsDeadLetteredNamingTheReason() {
        ArticleExtraction strict = new ArticleExtraction(
                new RulesExtractionEngine(Extractor.create(
                        ExtractorConfig.defaults().withMaxDocumentChars(10).withMaxDocumentBytes(10))),
                json,
                Clock.systemUTC());

        assertThat(strict.extractTo(message(json.write(TestArticles.article(TestArticles.TEXT))), this::record))
                .isFalse();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.topic()).isEqualTo(Topics.ARTICLES_RAW_DLQ);
            assertThat(s.headers()).containsEntry(Headers.DLQ_EXCEPTION, ExtractionException.class.getName());
            assertThat(s.headers().get(Headers.DLQ_REASON)).contains(ExtractionException.Reason.TOO_LARGE.name());
        });
    }

    /** Issue 12, item 3: a tombstone failed with a ClassCastException, and keys went out re-encoded as text. */
    @Test
    void aTombstoneIsDeadLetteredAsATombstoneWithItsKeyBytesUnchanged() {
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        EventSink bytesKept = (topic, key, payload, headers) -> {
            keys.add(key);
            values.add(payload);
            sent.add(new Sent(topic, null, payload, headers));
        };
        @SuppressWarnings("unchecked")
        Message<byte[]> tombstone = (Message<byte[]>) (Message<?>) MessageBuilder.withPayload(KafkaNull.INSTANCE)
                .setHeader(KafkaHeaders.RECEIVED_KEY, notUtf8)
                .build();

        assertThat(extraction.extractTo(tombstone, bytesKept)).isFalse();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.topic()).isEqualTo(Topics.ARTICLES_RAW_DLQ);
            assertThat(s.headers().get(Headers.DLQ_REASON)).contains("tombstone");
        });
        assertThat(keys).singleElement().isEqualTo(notUtf8);
        assertThat(values).singleElement().isNull();
    }
}
