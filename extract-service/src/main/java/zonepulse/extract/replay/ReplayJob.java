package zonepulse.extract.replay;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.AbstractKafkaHeaderMapper;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.ContractViolationException;
import zonepulse.events.EventJson;
import zonepulse.events.Headers;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extract.article.ArticleExtraction;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extract.article.OutputRecords;

/**
 * Re-extracts the raw articles of {@code news.articles.raw} with the engine given, through the live path's own
 * {@link ArticleExtraction}: the same events, summaries, keys, headers and dead letters as the live service
 * publishes. It reads every partition from its beginning up to the end offsets taken when it starts (articles
 * published meanwhile are the live service's), with a consumer that is assigned its partitions and belongs to no
 * group, so the live consumer group's offsets and lag are untouched. Outputs go out in one Kafka transaction per
 * batch; a batch that fails is aborted and retried one article per transaction, and an article that fails on its own
 * is dead-lettered with the reason, as the live binder's safety net does. A job runs once.
 */
public final class ReplayJob {
    private static final Logger log = LoggerFactory.getLogger(ReplayJob.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ReplayProperties properties;
    private final ExtractionEngine engine;
    private final EventJson json;
    private final AbstractKafkaHeaderMapper headerMapper;
    private final Clock clock;
    private final MeterRegistry meters;
    /** {@code zonepulse.extract.max-output-size}: the same limit as the live service's. */
    private final long maxOutputBytes;

    private final List<ReplayListener> listeners;

    private long read;
    private long selected;
    private long extracted;
    private long deadLettered;
    private long transactions;
    private ProducerEventSink sink;
    /** Per output partition, the offset after the last record the replay committed there. */
    private final Map<TopicPartition, Long> outputEnds = new HashMap<>();

    /**
     * @param headerMapper the binder's header mapper ({@code kafkaBinderHeaderMapper}), for the same headers in and out
     * @param listeners told of progress and of the final report
     */
    public ReplayJob(
            ReplayProperties properties,
            ExtractionEngine engine,
            EventJson json,
            AbstractKafkaHeaderMapper headerMapper,
            Clock clock,
            MeterRegistry meters,
            long maxOutputBytes,
            List<ReplayListener> listeners) {
        this.properties = properties;
        this.engine = engine;
        this.json = json;
        this.headerMapper = headerMapper;
        this.clock = clock;
        this.meters = meters;
        this.maxOutputBytes = maxOutputBytes;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs the replay to its end with these clients: a consumer with {@code isolation.level=read_committed} and no
     * group, and a producer with a transactional id, neither used yet. Closes neither.
     *
     * @throws ReplayFailedException when it cannot go on
     */
    public ReplayReport run(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer) {
        long started = System.nanoTime();
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        // assigned before their offsets are asked for: the consumer then keeps the last stable offsets it is told
        consumer.assign(partitions);
        Map<TopicPartition, Long> begin = new HashMap<>(consumer.beginningOffsets(partitions));
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
        long total = 0;
        Set<TopicPartition> open = new LinkedHashSet<>();
        for (TopicPartition partition : partitions) {
            long span = end.get(partition) - begin.get(partition);
            total += span;
            if (span > 0) {
                open.add(partition);
            }
        }
        log.info(
                "replay of {} with {}: {} offsets on {} partitions, selection {}",
                Topics.ARTICLES_RAW,
                engine.id(),
                total,
                partitions.size(),
                properties.selection());
        consumer.assign(open);
        open.forEach(partition -> consumer.seek(partition, begin.get(partition)));
        producer.initTransactions();
        sink = new ProducerEventSink(producer, new OutputRecords(headerMapper));
        ArticleExtraction extraction = new ArticleExtraction(engine, json, clock, meters, maxOutputBytes);

        // per partition, the offset up to which records were passed over (extracted, dead-lettered or not selected)
        Map<TopicPartition, Long> passed = new HashMap<>(begin);
        long done = 0;
        long lastAdvance = System.nanoTime();
        long lastReport = System.nanoTime();
        while (!open.isEmpty()) {
            List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> passing = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                // past the end taken at the start: the live service's to extract, not the replay's
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                passing.add(record);
                if (selects(record)) {
                    batch.add(record);
                }
                if (batch.size() == properties.batchSize()) {
                    transact(extraction, producer, batch);
                    pass(passing, passed);
                    batch = new ArrayList<>();
                    passing = new ArrayList<>();
                    if (System.nanoTime() - lastReport
                            >= properties.progressInterval().toNanos()) {
                        lastReport = System.nanoTime();
                        report(progress(offsetsPassed(passed, begin), total, started));
                    }
                }
            }
            if (!batch.isEmpty()) {
                transact(extraction, producer, batch);
            }
            pass(passing, passed);
            // the consumer's position also moves over what holds no record (compacted away, transaction markers)
            for (TopicPartition partition : partitions) {
                if (open.contains(partition)) {
                    long position = Math.min(consumer.position(partition), end.get(partition));
                    passed.merge(partition, position, Math::max);
                    if (position >= end.get(partition)) {
                        open.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
            long now = offsetsPassed(passed, begin);
            if (now > done) {
                done = now;
                lastAdvance = System.nanoTime();
            } else if (System.nanoTime() - lastAdvance
                    > properties.idleTimeout().toNanos()) {
                throw new ReplayFailedException(
                        "no progress in " + properties.idleTimeout() + " at " + done + "/" + total
                                + " offsets: is Kafka reachable?",
                        null);
            }
            if (!open.isEmpty()
                    && System.nanoTime() - lastReport
                            >= properties.progressInterval().toNanos()) {
                lastReport = System.nanoTime();
                report(progress(done, total, started));
            }
        }
        report(progress(total, total, started));
        ReplayReport report = new ReplayReport(
                properties.selection(),
                read,
                selected,
                extracted,
                deadLettered,
                transactions,
                Duration.ofNanos(System.nanoTime() - started),
                outputEnds);
        listeners.forEach(listener -> listener.finished(report));
        return report;
    }

    /** Counts the records as read and their offsets as passed over, once the transaction that followed them committed. */
    private void pass(List<ConsumerRecord<byte[], byte[]>> records, Map<TopicPartition, Long> passed) {
        read += records.size();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            passed.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
    }

    private static long offsetsPassed(Map<TopicPartition, Long> passed, Map<TopicPartition, Long> begin) {
        return passed.entrySet().stream()
                .mapToLong(e -> e.getValue() - begin.get(e.getKey()))
                .sum();
    }

    private ReplayProgress progress(long done, long total, long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        Duration eta = done == total
                ? Duration.ZERO
                : rate > 0 ? Duration.ofMillis((long) ((total - done) / rate * 1000)) : null;
        return new ReplayProgress(done, total, read, selected, extracted, deadLettered, elapsed, rate, eta);
    }

    private void report(ReplayProgress progress) {
        listeners.forEach(listener -> listener.progress(progress));
    }

    /** What one transaction did; added to the totals once it committed. */
    private static final class Tally {
        long extracted;
        long deadLettered;
    }

    private void transact(
            ArticleExtraction extraction,
            Producer<byte[], byte[]> producer,
            List<ConsumerRecord<byte[], byte[]>> batch) {
        Tally tally = new Tally();
        try {
            producer.beginTransaction();
            for (ConsumerRecord<byte[], byte[]> record : batch) {
                handle(extraction, producer, record, tally);
            }
            producer.commitTransaction();
            committed();
        } catch (ProducerFencedException
                | OutOfOrderSequenceException
                | AuthorizationException
                | AuthenticationException
                | UnsupportedVersionException e) {
            throw new ReplayFailedException("the replay's producer cannot go on: " + e, e);
        } catch (KafkaException e) {
            producer.abortTransaction();
            sink.drain();
            if (batch.size() > 1) {
                log.warn(
                        "replay: a transaction of {} articles failed ({}); one article per transaction",
                        batch.size(),
                        e.toString());
                batch.forEach(record -> transact(extraction, producer, List.of(record)));
            } else {
                deadLetterFailure(producer, batch.get(0), e);
            }
            return;
        }
        transactions++;
        selected += batch.size();
        extracted += tally.extracted;
        deadLettered += tally.deadLettered;
    }

    /** Notes where the committed transaction's records went. */
    private void committed() {
        for (Future<RecordMetadata> send : sink.drain()) {
            try {
                RecordMetadata metadata = send.get(); // complete: the transaction committed
                outputEnds.merge(
                        new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReplayFailedException("interrupted", e);
            } catch (ExecutionException e) {
                throw new ReplayFailedException("a committed send reports a failure: " + e.getCause(), e.getCause());
            }
        }
    }

    private void handle(
            ArticleExtraction extraction,
            Producer<byte[], byte[]> producer,
            ConsumerRecord<byte[], byte[]> record,
            Tally tally) {
        if (extraction.extractTo(messageOf(record), sink)) {
            tally.extracted++;
        } else {
            tally.deadLettered++; // the extraction dead-lettered it, in this transaction
        }
    }

    /**
     * Whether the selection chooses the record. A record that is no raw article (poison, a tombstone) is chosen only
     * when everything is replayed: the extraction then dead-letters it, as the live path did.
     */
    private boolean selects(ConsumerRecord<byte[], byte[]> record) {
        ReplaySelection selection = properties.selection();
        if (selection.isEverything()) {
            return true;
        }
        if (record.value() == null) {
            return false;
        }
        try {
            return selection.selects(json.read(record.value(), RawArticle.class));
        } catch (ContractViolationException e) {
            return false;
        }
    }

    /** The record as the binder hands a record over: mapped headers, the received key, a tombstone as KafkaNull. */
    @SuppressWarnings("unchecked")
    private Message<byte[]> messageOf(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        headerMapper.toHeaders(record.headers(), headers);
        Object payload = record.value() == null ? KafkaNull.INSTANCE : record.value();
        MessageBuilder<Object> message = MessageBuilder.withPayload(payload)
                .copyHeaders(headers)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset());
        if (record.key() != null) {
            message.setHeader(KafkaHeaders.RECEIVED_KEY, record.key());
        }
        return (Message<byte[]>) (Message<?>) message.build();
    }

    /**
     * An article whose outputs Kafka refused even in a transaction of its own (a summary over the topic's size
     * limit): dead-lettered with the reason, its key and value as read, so the replay moves on.
     */
    private void deadLetterFailure(
            Producer<byte[], byte[]> producer, ConsumerRecord<byte[], byte[]> record, KafkaException failure) {
        log.warn(
                "replay: dead-lettering raw article {} whose outputs Kafka refused: {}",
                record.key() == null ? "without key" : new String(record.key(), StandardCharsets.UTF_8),
                failure.toString());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.DLQ_EXCEPTION, failure.getClass().getName());
        headers.put(Headers.DLQ_REASON, String.valueOf(failure.getMessage()));
        headers.put(Headers.DLQ_ORIGINAL_TOPIC, Topics.ARTICLES_RAW);
        try {
            producer.beginTransaction();
            sink.send(Topics.ARTICLES_RAW_DLQ, record.key(), record.value(), headers);
            producer.commitTransaction();
            committed();
        } catch (KafkaException e) {
            throw new ReplayFailedException("cannot dead-letter a raw article Kafka refused: " + e, e);
        }
        transactions++;
        selected++;
        deadLettered++;
    }
}
