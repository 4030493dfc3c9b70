package zonepulse.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import zonepulse.events.CloudEvent;
import zonepulse.events.EventJson;
import zonepulse.events.RawArticle;
import zonepulse.events.Topics;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.Extractor;
import zonepulse.stack.process.ServiceProcess;

/**
 * extract-service's throughput against the extraction engine's alone, on the same articles. The engine runs first,
 * in this JVM on one thread ({@link Extractor#extract} over each article as {@link ExtractionInput#of} reads it off the
 * topic), nothing else running. Then the articles are preloaded on {@code news.articles.raw} as ingest-service
 * publishes them (key, CloudEvents headers, JSON body), extract-service is started on them, and a read_committed
 * consumer counts the summaries it commits on {@code news.articles.extracted}. Both are timed from the end of the
 * warm-up articles to the end of each repetition's articles. What extract-service published for the store run's
 * share of the articles is kept: it is the store's input.
 */
final class ExtractThroughput {
    static final String LABEL = "throughput";
    private static final String CE_SOURCE = "/zonepulse/bench";

    /**
     * @param serviceRates extract-service's articles per second, one per repetition
     * @param engineRates the engine's alone, one per repetition
     * @param refused articles the engine refused (extract-service dead-letters them): not in the summaries' count
     * @param deadLettered records extract-service dead-lettered
     * @param memory extract-service's resident memory at the end of the run
     * @param outputs what extract-service published for the store run's articles
     */
    record Result(
            double[] serviceRates,
            double[] engineRates,
            int refused,
            int deadLettered,
            ResidentMemory memory,
            ExtractedOutputs outputs) {}

    private final BenchSettings settings;
    private final Workload workload;
    private final Services services;
    private final PrintStream out;
    private final EventJson json = new EventJson();
    /** Keeps the engine's results alive, so that no part of extracting can be skipped as unused. */
    private long eventsFound;

    ExtractThroughput(BenchSettings settings, Workload workload, Services services, PrintStream out) {
        this.settings = settings;
        this.workload = workload;
        this.services = services;
        this.out = out;
    }

    Result run() {
        int warmup = settings.warmup();
        int perRun = settings.articles();
        int runs = settings.repetitions();
        Instant fetchedAt = Instant.now();
        List<RawArticle> articles = workload.articles(LABEL, 0, warmup + runs * perRun).stream()
                .map(a -> a.raw(fetchedAt))
                .toList();

        out.printf("  the engine alone, one thread: %d warm-up articles, then %d × %d%n", warmup, runs, perRun);
        Extractor extractor = Extractor.create();
        boolean[] extracted = new boolean[articles.size()];
        for (int i = 0; i < warmup; i++) {
            extracted[i] = extract(extractor, articles.get(i));
        }
        double[] engineRates = new double[runs];
        for (int run = 0; run < runs; run++) {
            int from = warmup + run * perRun;
            long started = System.nanoTime();
            for (int i = from; i < from + perRun; i++) {
                extracted[i] = extract(extractor, articles.get(i));
            }
            engineRates[run] = perRun / ((System.nanoTime() - started) / 1e9);
            out.printf("    run %d: %.1f articles/s%n", run + 1, engineRates[run]);
        }
        out.printf("    (%d events found in %d articles)%n", eventsFound, articles.size());
        int refused = 0;
        long[] thresholds = new long[runs + 1];
        for (int i = 0; i < articles.size(); i++) {
            if (extracted[i]) {
                for (int s = segment(i); s <= runs; s++) {
                    thresholds[s]++;
                }
            } else {
                refused++;
            }
        }

        out.printf(
                "  extract-service (-Xmx%s): %d articles preloaded on %s%n",
                settings.heap(), articles.size(), Topics.ARTICLES_RAW);
        try (BenchStack stack = BenchStack.start(settings.work().resolve("extract"))) {
            KafkaRecords.produce(
                    stack.bootstrapServers(),
                    articles.stream().map(this::record).toList(),
                    0);
            Milestones milestones = new Milestones(thresholds);
            ResidentMemory memory;
            try (SummaryCounter summaries = new SummaryCounter(stack.bootstrapServers());
                    ServiceProcess extract = services.extract(stack)) {
                extract.start();
                new CountWatch(out)
                        .await(
                                "extract-service: summaries committed",
                                summaries::count,
                                milestones.total(),
                                milestones,
                                () -> !extract.isAlive() ? "extract-service exited, see its log" : summaries.failure());
                memory = ResidentMemory.of(extract.pid());
                extract.stop(); // gracefully: it leaves its group and commits, as on a redeploy
            }
            double[] serviceRates = new double[runs];
            for (int run = 0; run < runs; run++) {
                serviceRates[run] = perRun / milestones.seconds(run);
                out.printf("    run %d: %.1f articles/s%n", run + 1, serviceRates[run]);
            }
            // the store run's articles: the first of the warm-up, and the first of each repetition
            Map<String, Integer> segmentOf = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                int within = i < warmup ? i : (i - warmup) % perRun;
                if (within < (i < warmup ? settings.storeWarmup() : settings.storeArticles())) {
                    segmentOf.put(articles.get(i).articleId(), segment(i));
                }
            }
            ExtractedOutputs outputs = ExtractedOutputs.of(
                    KafkaRecords.readAll(stack.bootstrapServers(), ExtractedOutputs.TOPICS), segmentOf, runs);
            int deadLettered = KafkaRecords.readAll(stack.bootstrapServers(), List.of(Topics.ARTICLES_RAW_DLQ))
                    .size();
            return new Result(serviceRates, engineRates, refused, deadLettered, memory, outputs);
        }
    }

    /** 0 for a warm-up article, else the number of the repetition article {@code i} belongs to. */
    private int segment(int i) {
        return i < settings.warmup() ? 0 : 1 + (i - settings.warmup()) / settings.articles();
    }

    private boolean extract(Extractor extractor, RawArticle article) {
        try {
            var result = extractor.extract(ExtractionInput.of(article));
            eventsFound += result.indicators().size() + result.projects().size();
            return true;
        } catch (ExtractionException e) {
            return false;
        }
    }

    /** The record ingest-service would publish for the article: keyed by its id, CloudEvents headers, JSON body. */
    private KafkaRecords.Record record(RawArticle article) {
        CloudEvent ce = new CloudEvent(
                article.articleId() + ":" + article.contentHash(),
                CE_SOURCE,
                CloudEvent.typeOf(RawArticle.SCHEMA),
                article.fetchedAt(),
                article.articleId());
        return KafkaRecords.Record.of(Topics.ARTICLES_RAW, article.articleId(), json.write(article), ce.headers());
    }

    /** Counts the distinct articles with a committed summary on {@code news.articles.extracted}, as they arrive. */
    static final class SummaryCounter implements AutoCloseable {
        private final Set<String> articles = ConcurrentHashMap.newKeySet();
        private final PollingThread polling;

        SummaryCounter(String bootstrapServers) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            KafkaConsumer<byte[], byte[]> consumer =
                    new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.ARTICLES_EXTRACTED, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            polling = new PollingThread("summary-counter", consumer, records -> {
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    articles.add(new String(r.key(), StandardCharsets.UTF_8));
                }
            });
        }

        long count() {
            return articles.size();
        }

        /** Why counting stopped, or null while it runs. */
        String failure() {
            return polling.failure();
        }

        @Override
        public void close() {
            polling.close();
        }
    }
}
