package zonepulse.extract.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extract.TestArticles;
import zonepulse.extraction.Extractor;

/** A poll's batch through the live consumer, without a broker: the batch message built as the Kafka binder builds it. */
class ExtractBatchConsumerTest {
    private final EventJson json = new EventJson();
    private final ArticleExtraction extraction = new ArticleExtraction(
            new RulesExtractionEngine(Extractor.create()),
            json,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final ExecutorService workers = Executors.newFixedThreadPool(3);

    /** One sent record: topic | key | ce_id (or the dead letter's reason), and the traceparent it was sent under. */
    record Sent(String line, String traceparent) {}

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String line(String topic, byte[] key, Map<String, String> headers) {
        String id = topic.equals(Topics.ARTICLES_RAW_DLQ) ? "dlq" : headers.get(Headers.CE_ID);
        return topic + " | " + text(key) + " | " + id;
    }

    /** What the articles yield one by one, in order: the outputs a batch must send, in the same order. */
    private List<String> oneByOne(List<Object> payloads, List<byte[]> keys) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            MessageBuilder<Object> message = MessageBuilder.withPayload(payloads.get(i));
            if (keys.get(i) != null) {
                message.setHeader(KafkaHeaders.RECEIVED_KEY, keys.get(i));
            }
            @SuppressWarnings("unchecked")
            Message<byte[]> record = (Message<byte[]>) (Message<?>) message.build();
            extraction.extractTo(record, (topic, key, payload, headers) -> lines.add(line(topic, key, headers)));
        }
        return lines;
    }

    private static Message<List<Object>> batch(
            List<Object> payloads, List<byte[]> keys, List<Map<String, Object>> headers) {
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, new ArrayList<Object>(keys))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }

    private static RawArticle article(int i) {
        return TestArticles.article(TestArticles.TEXT + "（第" + i + "期）");
    }

    @Test
    void aBatchSendsWhatItsArticlesYieldOneByOneInTheSameOrderPoisonIncluded() {
        List<Object> payloads = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            RawArticle article = article(i);
            payloads.add(json.write(article));
            keys.add(article.articleId().getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of(Headers.CE_ID, "raw-" + i));
        }
        // poison in the middle and at the end: a contract breach and a tombstone
        payloads.set(4, "{\"schema\":\"raw-article/1\"}".getBytes(StandardCharsets.UTF_8));
        payloads.set(11, KafkaNull.INSTANCE);
        keys.set(11, null);
        List<String> sent = new ArrayList<>();
        ExtractBatchConsumer consumer = new ExtractBatchConsumer(
                extraction,
                (topic, key, payload, h) -> sent.add(line(topic, key, h)),
                workers,
                ObservationRegistry.NOOP,
                TraceContextHeaders.NONE);

        consumer.accept(batch(payloads, keys, headers));

        assertThat(sent).isEqualTo(oneByOne(payloads, keys));
        assertThat(sent.stream().filter(l -> l.startsWith(Topics.ARTICLES_EXTRACTED)))
                .hasSize(10);
        assertThat(sent.stream().filter(l -> l.startsWith(Topics.ARTICLES_RAW_DLQ)))
                .containsExactly(
                        Topics.ARTICLES_RAW_DLQ + " | " + text(keys.get(4)) + " | dlq",
                        Topics.ARTICLES_RAW_DLQ + " | null | dlq");
    }

    @Test
    void eachArticlesRecordsAreSentInTheObservationOfItsOwnRecordsTrace() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        List<Object> payloads = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RawArticle article = article(i);
            payloads.add(json.write(article));
            keys.add(article.articleId().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> recordHeaders = new HashMap<>();
            // as the header mapper hands them over: bytes or text
            String traceparent = "00-" + "%032x".formatted(i + 1) + "-00f067aa0ba902b7-01";
            recordHeaders.put("traceparent", i % 2 == 0 ? traceparent.getBytes(StandardCharsets.UTF_8) : traceparent);
            headers.add(recordHeaders);
        }
        List<Sent> sent = new ArrayList<>();
        ExtractBatchConsumer consumer = new ExtractBatchConsumer(
                extraction,
                (topic, key, payload, h) -> {
                    Observation current = registry.getCurrentObservation();
                    @SuppressWarnings("unchecked")
                    ReceiverContext<Object> context = (ReceiverContext<Object>) current.getContext();
                    sent.add(new Sent(
                            topic + " | " + text(key), context.getGetter().get(context.getCarrier(), "traceparent")));
                },
                workers,
                registry,
                TraceContextHeaders.NONE);

        consumer.accept(batch(payloads, keys, headers));

        // the articles' summaries, in the batch's order, each under its own record's trace
        assertThat(sent)
                .filteredOn(s -> s.line().startsWith(Topics.ARTICLES_EXTRACTED))
                .extracting(Sent::traceparent)
                .containsExactly(IntStream.rangeClosed(1, 6)
                        .mapToObj(i -> "00-" + "%032x".formatted(i) + "-00f067aa0ba902b7-01")
                        .toArray(String[]::new));
        assertThat(sent).extracting(Sent::traceparent).doesNotContainNull();
        assertThat(registry.getCurrentObservation())
                .as("no observation left open")
                .isNull();
    }

    @Test
    void eachOutputCarriesTheTraceContextOfItsArticlesObservation() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(context -> true);
        List<Object> payloads = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RawArticle article = article(i);
            payloads.add(json.write(article));
            keys.add(article.articleId().getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of("traceparent", "00-" + "%032x".formatted(i + 1) + "-b7ad6b7169203331-01"));
        }
        // stands in for the tracer: a child of whatever the current observation continues
        TraceContextHeaders childOfCurrent = () -> {
            @SuppressWarnings("unchecked")
            ReceiverContext<Object> context =
                    (ReceiverContext<Object>) registry.getCurrentObservation().getContext();
            String parent = context.getGetter().get(context.getCarrier(), "traceparent");
            return Map.of("traceparent", parent.substring(0, 35) + "-00000000000000aa-01");
        };
        List<String> sent = new ArrayList<>();
        ExtractBatchConsumer consumer = new ExtractBatchConsumer(
                extraction,
                (topic, key, payload, h) -> sent.add(topic + " | " + h.get("traceparent")),
                workers,
                registry,
                childOfCurrent);

        consumer.accept(batch(payloads, keys, headers));

        assertThat(sent).allSatisfy(line -> assertThat(line).contains("-00000000000000aa-01"));
        assertThat(sent)
                .filteredOn(line -> line.startsWith(Topics.ARTICLES_EXTRACTED))
                .containsExactly(IntStream.rangeClosed(1, 4)
                        .mapToObj(i ->
                                Topics.ARTICLES_EXTRACTED + " | 00-" + "%032x".formatted(i) + "-00000000000000aa-01")
                        .toArray(String[]::new));
    }

    @Test
    void aSendKafkaRefusesFailsTheWholeBatch() {
        List<Object> payloads = Arrays.asList(json.write(article(1)), json.write(article(2)));
        List<byte[]> keys = Arrays.asList(null, null);
        ExtractBatchConsumer consumer = new ExtractBatchConsumer(
                extraction,
                (topic, key, payload, h) -> {
                    throw new IllegalStateException("the producer is fenced");
                },
                workers,
                ObservationRegistry.NOOP,
                TraceContextHeaders.NONE);

        assertThatThrownBy(() -> consumer.accept(batch(payloads, keys, Arrays.asList(null, null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the producer is fenced");
    }
}
