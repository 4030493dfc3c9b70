package zonepulse.extract.article;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The live service: the raw articles of one poll in, everything they yield out in the listener container's Kafka
 * transaction, which also holds the batch's offsets. The articles are extracted side by side on the worker threads
 * (the engine is the costly part and keeps no state between articles), each into a buffer of its own; the buffers are
 * then sent in the batch's order on the consumer thread, the only one that may use the transaction's producer. So a
 * batch's outputs are exactly those of its articles one by one, with the same keys and in the same order per key.
 *
 * <p>A poison article is dead-lettered with its reason within the batch, as before. Anything else that fails (a send
 * Kafka refuses) fails the batch: the transaction is rolled back and the batch redelivered, then dead-lettered by the
 * container's after-rollback processor ({@link ExtractionConfiguration}).
 *
 * <p>Each article's outputs are sent in an observation that continues the trace of its record (W3C
 * {@code traceparent}), so a batch of articles from many traces keeps each on its own; each output carries that
 * observation's trace context in its headers ({@link TraceContextHeaders}).
 */
public final class ExtractBatchConsumer implements Consumer<Message<List<Object>>> {
    /** The observation of one article in a batch, child of its record's trace. */
    static final String OBSERVATION = "zonepulse.extract.article";

    private final ArticleExtraction extraction;
    private final EventSink sink;
    private final Executor workers;
    private final ObservationRegistry observations;
    private final TraceContextHeaders traceHeaders;

    /**
     * @param workers where articles are extracted; a direct executor ({@code Runnable::run}) extracts them one after
     *     the other on the consumer thread
     * @param traceHeaders the current observation's trace context as headers, added to each output
     */
    public ExtractBatchConsumer(
            ArticleExtraction extraction,
            EventSink sink,
            Executor workers,
            ObservationRegistry observations,
            TraceContextHeaders traceHeaders) {
        this.extraction = extraction;
        this.sink = sink;
        this.workers = workers;
        this.observations = observations;
        this.traceHeaders = traceHeaders;
    }

    /** One record's outputs, kept until the batch is sent. */
    private record Buffered(String topic, byte[] key, byte[] payload, Map<String, String> headers) {}

    @Override
    public void accept(Message<List<Object>> batch) {
        List<Message<byte[]>> records = recordsOf(batch);
        List<Observation> traced = new ArrayList<>(records.size());
        List<CompletableFuture<List<Buffered>>> extracted = new ArrayList<>(records.size());
        for (Message<byte[]> record : records) {
            Observation observation = observationOf(record).start();
            traced.add(observation);
            extracted.add(CompletableFuture.supplyAsync(() -> extract(record, observation), workers));
        }
        try {
            for (int i = 0; i < records.size(); i++) {
                List<Buffered> outputs = join(extracted.get(i));
                try (Observation.Scope scope = traced.get(i).openScope()) {
                    Map<String, String> trace = traceHeaders.current();
                    for (Buffered out : outputs) {
                        sink.send(out.topic(), out.key(), out.payload(), withTrace(out.headers(), trace));
                    }
                }
            }
        } finally {
            // an article's observation ends once its outputs were handed over (or the batch failed)
            extracted.forEach(future -> future.cancel(false));
            traced.forEach(Observation::stop);
        }
    }

    private static Map<String, String> withTrace(Map<String, String> headers, Map<String, String> trace) {
        if (trace.isEmpty()) {
            return headers;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(trace);
        return all;
    }

    private List<Buffered> extract(Message<byte[]> record, Observation observation) {
        List<Buffered> outputs = new ArrayList<>();
        try (Observation.Scope scope = observation.openScope()) {
            extraction.extractTo(
                    record, (topic, key, payload, headers) -> outputs.add(new Buffered(topic, key, payload, headers)));
        }
        return outputs;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // not poison (that is dead-lettered by the extraction itself): a fault the batch must not hide
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private Observation observationOf(Message<byte[]> record) {
        ReceiverContext<Map<String, Object>> context =
                new ReceiverContext<>((carrier, name) -> text(carrier.get(name)), Kind.CONSUMER);
        context.setCarrier(record.getHeaders());
        return Observation.createNotStarted(OBSERVATION, () -> context, observations);
    }

    private static String text(Object header) {
        if (header instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return header == null ? null : header.toString();
    }

    /**
     * The batch's records, each as the binder hands a single record over: its payload (a tombstone as
     * {@code KafkaNull}), its mapped headers, and its key as {@link KafkaHeaders#RECEIVED_KEY}.
     */
    @SuppressWarnings("unchecked")
    static List<Message<byte[]>> recordsOf(Message<List<Object>> batch) {
        List<Object> payloads = batch.getPayload();
        List<Object> keys = (List<Object>) batch.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        List<Map<String, Object>> headers =
                (List<Map<String, Object>>) batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> recordHeaders = new HashMap<>();
            if (headers != null && headers.get(i) != null) {
                recordHeaders.putAll(headers.get(i));
            }
            Object key = keys == null ? null : keys.get(i);
            if (key != null) {
                recordHeaders.put(KafkaHeaders.RECEIVED_KEY, key);
            }
            // a record with no value: a KafkaNull, or (depending on the converter) a null in the list
            Object payload = payloads.get(i) == null ? KafkaNull.INSTANCE : payloads.get(i);
            MessageBuilder<Object> record = MessageBuilder.withPayload(payload).copyHeaders(recordHeaders);
            records.add((Message<byte[]>) (Message<?>) record.build());
        }
        return records;
    }
}
