package zonepulse.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.Headers;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.stack.KafkaClients;

/**
 * Prints what flows through the topics as it flows, read the way any data consumer would read it: a plain Kafka
 * consumer of committed records.
 */
final class PipelineReporter implements AutoCloseable {
    private static final int INDICATORS_SHOWN_PER_ARTICLE = 8;

    private final KafkaConsumer<String, byte[]> consumer;
    private final PrintStream out;
    private final EventJson json = new EventJson();
    private final Map<String, String> nameOfArticle = new HashMap<>();
    private final Map<String, Integer> indicatorsShown = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    PipelineReporter(String bootstrapServers, PrintStream out) {
        this.consumer = KafkaClients.consumer(bootstrapServers, Topics.ALL.toArray(String[]::new));
        this.out = out;
        this.thread = new Thread(this::run, "pipeline-reporter");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    report(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void report(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().endsWith(Topics.DLQ_SUFFIX)) {
                out.printf(
                        "dead-letter  %s key=%s: %s%n",
                        record.topic(), record.key(), KafkaClients.header(record, Headers.DLQ_REASON));
                return;
            }
            Object message = json.readAny(record.value());
            synchronized (out) {
                if (message instanceof RawArticle raw) {
                    String name = fileName(raw.source().uri());
                    nameOfArticle.put(raw.articleId(), name);
                    out.printf(
                            "ingested     %-28s %,7d chars  article %s%n",
                            name, raw.content().length(), raw.articleId());
                } else if (message instanceof IndicatorEvent e) {
                    int shown = indicatorsShown.merge(e.articleId(), 1, Integer::sum);
                    if (shown <= INDICATORS_SHOWN_PER_ARTICLE) {
                        out.printf(
                                "  indicator  %s · %s · %s %s %s%s%n",
                                e.region(),
                                e.indicator(),
                                e.measure().wire(),
                                number(e.value()),
                                e.unit(),
                                e.period() == null ? "" : "  " + period(e));
                    } else if (shown == INDICATORS_SHOWN_PER_ARTICLE + 1) {
                        out.println("  indicator  …");
                    }
                } else if (message instanceof ProjectEvent e) {
                    out.printf(
                            "  project    %s → %s%s%s%n",
                            e.name(),
                            e.stage().wire(),
                            e.expected() ? " (expected)" : "",
                            e.date() == null ? "" : " " + e.date().value());
                } else if (message instanceof ExtractedArticle a) {
                    out.printf(
                            "extracted    %-28s %d indicator events, %d project events in %d ms%n",
                            nameOfArticle.getOrDefault(a.articleId(), a.articleId()),
                            a.indicatorCount(),
                            a.projectCount(),
                            a.elapsedMicros() / 1000);
                }
            }
        } catch (RuntimeException e) {
            out.printf("unreadable   %s offset %d: %s%n", record.topic(), record.offset(), e.getMessage());
        }
    }

    String nameOf(String articleId) {
        return nameOfArticle.getOrDefault(articleId, articleId);
    }

    private static String period(IndicatorEvent e) {
        String start = e.period().start() == null ? "" : e.period().start().toString();
        String end = e.period().end() == null ? "" : e.period().end().toString();
        return start + ".." + end;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String fileName(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
