package zonepulse.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one benchmark run measures and how much: sizes, repetitions, the services' heap, the seed, and where the corpus,
 * the jars and the results are. Read from the command line; every value has a default that finishes in a few minutes.
 *
 * @param repo the repository's root: services' jars under {@code <module>/target}, the Connect worker's libraries under
 *     {@code bench/connect-worker/target}
 * @param corpus the development corpus's root (holding {@code seeds/} and {@code dev/docs/})
 * @param work where the brokers' logs, the services' logs and the drop folder go
 * @param results the Markdown file the figures are written to
 * @param articles articles per measured repetition of the extract run
 * @param warmup articles the extract run processes before the measured ones
 * @param storeArticles of each repetition's articles, how many the store run takes the summaries and events of (the
 *     first ones: store-service takes far longer per article than extract-service)
 * @param storeWarmup of the extract run's warm-up articles, how many the store run warms up on
 * @param e2eArticles documents dropped at once, and documents pushed at the steady rate
 * @param e2eWarmup documents the end-to-end pipeline ingests before its measured ones
 * @param rate articles per second of the steady run
 * @param repetitions measured repetitions of each throughput run
 * @param heap the maximum heap of each service and of the Connect worker ({@code -Xmx})
 * @param jvmOptions more JVM options of each service and of the Connect worker (a collector, the JIT's tiers ...)
 * @param seed the workload's seed
 * @param phases which measurements to run
 */
record BenchSettings(
        Path repo,
        Path corpus,
        Path work,
        Path results,
        int articles,
        int warmup,
        int storeArticles,
        int storeWarmup,
        int e2eArticles,
        int e2eWarmup,
        int rate,
        int repetitions,
        String heap,
        List<String> jvmOptions,
        long seed,
        Set<Phase> phases) {

    /** A measurement of the benchmark. The store's needs the extract run's output, so it runs that too. */
    enum Phase {
        /** extract-service against the engine alone */
        EXTRACT,
        /** store-service against a plain insertMany consumer and Kafka Connect's MongoDB sink */
        STORE,
        /** a burst of dropped documents, latency at a steady rate, and the services' memory */
        E2E
    }

    static final String USAGE = """
            usage: zonepulse bench [options]
              --corpus DIR        the development corpus (seeds/ and dev/docs/); default ../shared/corpus from the repository
              --articles N        articles per measured repetition of the extract run (default 1000)
              --warmup N          articles before the measured ones in the extract run (default 1000)
              --store-articles N  of each repetition's articles, how many the store run stores (default 500 at most)
              --store-warmup N    of the warm-up articles, how many the store run warms up on (default 500 at most)
              --repetitions N     measured repetitions of each throughput run (default 3)
              --e2e-articles N    documents dropped at once, and pushed at the steady rate (default 500)
              --e2e-warmup N      documents through the whole pipeline before the measured ones (default 500)
              --rate N            articles per second of the steady run (default 20)
              --heap SIZE         -Xmx of each service and of the Connect worker (default 256m)
              --jvm-option OPT    one more JVM option of each service and of the Connect worker (repeatable)
              --seed N            the workload's seed (default 1)
              --only LIST         some of extract,store,e2e (store runs extract too: it stores what extract made)
              --results FILE      the Markdown table (default bench/target/bench-results.md)
              --work DIR          logs, broker data, drop folder (default bench/target/bench)
            """;

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]");

    BenchSettings {
        positive("--articles", articles);
        positive("--warmup", warmup);
        positive("--store-articles", storeArticles);
        positive("--store-warmup", storeWarmup);
        if (storeArticles > articles || storeWarmup > warmup) {
            throw new IllegalArgumentException(
                    "the store run stores part of the extract run's articles: --store-articles"
                            + " must be at most --articles, --store-warmup at most --warmup");
        }
        positive("--e2e-articles", e2eArticles);
        positive("--e2e-warmup", e2eWarmup);
        positive("--rate", rate);
        positive("--repetitions", repetitions);
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("--heap wants a size such as 256m, not '" + heap + "'");
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("--only names no measurement");
        }
        EnumSet<Phase> measured = EnumSet.copyOf(phases);
        if (measured.contains(Phase.STORE)) {
            measured.add(Phase.EXTRACT); // the store's input is what extract-service made
        }
        phases = Collections.unmodifiableSet(measured);
    }

    /** The settings of the command line; {@code repo} is the repository's root, the defaults' base. */
    static BenchSettings parse(String[] args, Path repo) {
        Path root = repo.toAbsolutePath().normalize();
        Path corpus = root.resolve("../shared/corpus").normalize();
        Path work = root.resolve("bench/target/bench");
        Path results = root.resolve("bench/target/bench-results.md");
        int articles = 1000;
        // Long enough warm-ups that each JVM's JIT has compiled its hot paths before anything is timed: a service runs
        // for weeks, and what its first few thousand records measure is mostly the compiler (measured 2026-12-01: the
        // engine alone 185 articles/s after 200 warm-up articles, 395 after 3000)
        int warmup = 1000;
        Integer storeArticles = null; // unless given: 500, or all of the articles when there are fewer
        Integer storeWarmup = null; // unless given: 500, or all of the warm-up when it is shorter
        int e2eArticles = 500;
        int e2eWarmup = 500;
        int rate = 20;
        int repetitions = 3;
        String heap = "256m";
        List<String> jvmOptions = new ArrayList<>();
        long seed = 1;
        Set<Phase> phases = EnumSet.allOf(Phase.class);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            i++;
            switch (option) {
                case "--corpus" -> corpus = Path.of(value).toAbsolutePath().normalize();
                case "--articles" -> articles = integer(option, value);
                case "--warmup" -> warmup = integer(option, value);
                case "--store-articles" -> storeArticles = integer(option, value);
                case "--store-warmup" -> storeWarmup = integer(option, value);
                case "--repetitions" -> repetitions = integer(option, value);
                case "--e2e-articles" -> e2eArticles = integer(option, value);
                case "--e2e-warmup" -> e2eWarmup = integer(option, value);
                case "--rate" -> rate = integer(option, value);
                case "--heap" -> heap = value;
                case "--jvm-option" -> jvmOptions.add(value);
                case "--seed" -> seed = integer(option, value);
                case "--only" -> phases = phases(value);
                case "--results" -> results = Path.of(value).toAbsolutePath().normalize();
                case "--work" -> work = Path.of(value).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        storeArticles = storeArticles != null ? storeArticles : Math.min(500, articles);
        storeWarmup = storeWarmup != null ? storeWarmup : Math.min(500, warmup);
        return new BenchSettings(
                root,
                corpus,
                work,
                results,
                articles,
                warmup,
                storeArticles,
                storeWarmup,
                e2eArticles,
                e2eWarmup,
                rate,
                repetitions,
                heap,
                List.copyOf(jvmOptions),
                seed,
                phases);
    }

    boolean runs(Phase phase) {
        return phases.contains(phase);
    }

    /** The JVM options of each service and of the Connect worker: a sized heap, as in a container, and any given. */
    List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"));
        options.addAll(jvmOptions);
        return List.copyOf(options);
    }

    private static Set<Phase> phases(String list) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String name : list.split(",")) {
            try {
                phases.add(Phase.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only: unknown measurement '" + name + "' (extract, store, e2e)");
            }
        }
        return phases;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number, not '" + value + "'");
        }
    }

    private static void positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
    }
}
