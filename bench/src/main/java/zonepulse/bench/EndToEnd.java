package zonepulse.bench;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bson.Document;
import zonepulse.events.Ids;
import zonepulse.events.Topics;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.stack.process.ServiceProcess;
import zonepulse.stack.process.WorkDirectories;

/**
 * The whole pipeline, each service from its jar in a process of its own with a sized heap: how long a burst of
 * documents dropped at once takes to be stored, the latency from publication to storage at a steady rate of pushed
 * articles, and each service's resident memory at the end. "Stored" is every summary and every event the engine finds
 * in the document held by MongoDB; the benchmark counts what to expect with the engine itself. An article's publish
 * time is its raw record's timestamp on {@code news.articles.raw} (set by ingest-service's producer as it sends); its
 * stored time is the latest {@code storedAt} store-service wrote on its summary and its events.
 */
final class EndToEnd {
    /**
     * @param burst documents dropped at once
     * @param burstSeconds from the first file dropped to all of them stored
     * @param steady documents pushed at the steady rate
     * @param latency publish-to-stored latency of each pushed document, in seconds
     * @param memory each service's resident memory at the end
     */
    record Result(
            int burst, double burstSeconds, int steady, Percentiles latency, Map<String, ResidentMemory> memory) {}

    private final BenchSettings settings;
    private final Workload workload;
    private final Services services;
    private final PrintStream out;
    private final Extractor engine = Extractor.create();

    EndToEnd(BenchSettings settings, Workload workload, Services services, PrintStream out) {
        this.settings = settings;
        this.workload = workload;
        this.services = services;
        this.out = out;
    }

    Result run() {
        Path directory = settings.work().resolve("e2e");
        try (BenchStack stack = BenchStack.start(directory)) {
            Path drop = WorkDirectories.recreate(directory.resolve("drop"));
            String apiKey = "bench-" + UUID.randomUUID();
            ServiceProcess ingest = services.ingest(stack, drop, apiKey);
            ServiceProcess extract = services.extract(stack);
            ServiceProcess store = services.store(stack);
            List<ServiceProcess> all = List.of(ingest, extract, store);
            try (ingest;
                    extract;
                    store) {
                out.printf(
                        "  starting store-service, extract-service, ingest-service (-Xmx%s each)%n", settings.heap());
                // one after the other, consumers first: three Spring Boot starts at once on a busy 2-core machine can
                // each take longer than a start is given
                store.start();
                extract.start();
                ingest.start();
                Supplier<String> failure = () -> all.stream()
                        .filter(s -> !s.isAlive())
                        .map(s -> s.name() + " exited, see its log in " + directory)
                        .findFirst()
                        .orElse(null);
                LongSupplier stored = () -> stack.count(BenchStack.DATABASE, ExtractedOutputs.COLLECTIONS);
                CountWatch watch = new CountWatch(out);
                Pusher pusher = new Pusher(ingest.serverPort(), apiKey);
                long expected = 0;

                List<Workload.Article> warmup = workload.articles("e2e-warmup", 0, settings.e2eWarmup());
                int half = warmup.size() / 2;
                out.printf("  warm-up: %d documents dropped, %d pushed%n", half, warmup.size() - half);
                expected += documents(warmup);
                dropAll(warmup.subList(0, half), drop);
                pusher.push(warmup.subList(half, warmup.size()), settings.rate());
                watch.await("warm-up: documents stored", stored, expected, null, failure);

                List<Workload.Article> burst = workload.articles("e2e-burst", 0, settings.e2eArticles());
                out.printf("  %d documents dropped at once%n", burst.size());
                expected += documents(burst);
                long dropped = System.nanoTime();
                dropAll(burst, drop);
                long storedAll = watch.await("burst: documents stored", stored, expected, null, failure);
                double burstSeconds = (storedAll - dropped) / 1e9;
                out.printf("    all stored %.1f s after the first was dropped%n", burstSeconds);

                List<Workload.Article> steady = workload.articles("e2e-steady", 0, settings.e2eArticles());
                out.printf("  %d documents pushed at %d a second%n", steady.size(), settings.rate());
                expected += documents(steady);
                List<String> ids = pusher.push(steady, settings.rate());
                watch.await("steady: documents stored", stored, expected, null, failure);
                Percentiles latency = latency(stack, ids);
                out.printf(
                        "    publish → stored: p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s%n",
                        latency.percentile(50), latency.percentile(95), latency.percentile(99), latency.max());

                Map<String, ResidentMemory> memory = new java.util.LinkedHashMap<>();
                for (ServiceProcess service : all) {
                    memory.put(service.name(), ResidentMemory.of(service.pid()));
                }
                all.parallelStream().forEach(ServiceProcess::stop); // gracefully: connections closed, not reset
                return new Result(burst.size(), burstSeconds, steady.size(), latency, memory);
            }
        }
    }

    /** The documents the store will hold for these articles: each one's summary and the events the engine finds. */
    private long documents(List<Workload.Article> articles) {
        long documents = 0;
        for (Workload.Article article : articles) {
            try {
                ExtractionResult result = engine.extract(new ExtractionInput(
                        Ids.articleId(article.name()),
                        article.name(),
                        article.mediaType(),
                        article.text(),
                        null,
                        null));
                documents += 1 + result.indicators().size() + result.projects().size();
            } catch (ExtractionException e) {
                // dead-lettered by extract-service: nothing of it is stored
            }
        }
        return documents;
    }

    /** Writes each file under a hidden name, then renames it in: the drop folder never sees half a file. */
    private static void dropAll(List<Workload.Article> articles, Path folder) {
        try {
            for (Workload.Article article : articles) {
                Path part = folder.resolve("." + article.name() + ".part");
                Files.write(part, article.bytes());
                Files.move(part, folder.resolve(article.name()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop a file into " + folder, e);
        }
    }

    /** Each article's stored time (its latest storedAt) less its publish time (its raw record's timestamp), in s. */
    private static Percentiles latency(BenchStack stack, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Long> published = new HashMap<>();
        for (KafkaRecords.Record record :
                KafkaRecords.readAll(stack.bootstrapServers(), List.of(Topics.ARTICLES_RAW))) {
            if (wanted.contains(record.keyText())) {
                published.merge(record.keyText(), record.timestamp(), Math::min);
            }
        }
        MongoDatabase database = stack.database(BenchStack.DATABASE);
        Map<String, Instant> stored = new HashMap<>();
        for (Document summary : database.getCollection(ExtractedOutputs.COLLECTIONS.get(0))
                .find(in("_id", ids))
                .projection(include("storedAt"))) {
            stored.merge(summary.getString("_id"), Instant.parse(summary.getString("storedAt")), EndToEnd::later);
        }
        for (String events : ExtractedOutputs.COLLECTIONS.subList(1, 3)) {
            for (Document event : database.getCollection(events)
                    .find(in("articleId", ids))
                    .projection(include("articleId", "storedAt"))) {
                stored.merge(event.getString("articleId"), Instant.parse(event.getString("storedAt")), EndToEnd::later);
            }
        }
        List<Double> seconds = new ArrayList<>();
        for (String id : ids) {
            Long publishedAt = published.get(id);
            Instant storedAt = stored.get(id);
            if (publishedAt == null || storedAt == null) {
                throw new IllegalStateException("article " + id + " has no raw record or no stored summary");
            }
            seconds.add((storedAt.toEpochMilli() - publishedAt) / 1000.0);
        }
        return new Percentiles(seconds);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
