package zonepulse.extraction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.TextDecoder;
import zonepulse.extraction.internal.CleanDocument;
import zonepulse.extraction.internal.Deadline;
import zonepulse.extraction.internal.DocumentReader;

/**
 * Throughput of the engine on one core, over the five seeds and the test documents of other zones: (a) decoding and
 * reading to clean text alone, (b) full extraction (decoding included). One operation is one pass over all
 * documents; {@link #main} turns operations per second into MB/s and documents/s.
 *
 * <p>Run (see extraction/README.md): {@code ./mvnw -q -pl extraction test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test} then {@code java -cp
 * extraction/target/test-classes:extraction/target/classes:$(cat extraction/target/bench.cp)
 * zonepulse.extraction.bench.ExtractionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    static final List<String> DOCUMENTS = List.of(
            "/seeds/000_5da384c4d8e64d09.txt",
            "/seeds/001_8a9a8cd84788b55b.txt",
            "/seeds/002_e297cf28a0360318.txt",
            "/seeds/003_c6099870205fbbe0.txt",
            "/seeds/004_1c05df24331652f3.txt",
            "/docs/suzhou_sip.html",
            "/docs/tianjin_teda.txt",
            "/docs/wuhan_optics_valley.txt",
            "/docs/mixed_zones.md");

    private List<byte[]> bytes;
    private List<String> mediaTypes;
    private Extractor extractor;

    static byte[] load(String resource) {
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long totalBytes() {
        return DOCUMENTS.stream().mapToLong(d -> load(d).length).sum();
    }

    @Setup
    public void setUp() {
        bytes = new ArrayList<>();
        mediaTypes = new ArrayList<>();
        for (String d : DOCUMENTS) {
            bytes.add(load(d));
            mediaTypes.add(d.endsWith(".html") ? "text/html" : d.endsWith(".md") ? "text/markdown" : "text/plain");
        }
        extractor = Extractor.create();
    }

    /** (a) bytes to clean text: charset detection and decoding, front matter, markup and line cleaning. */
    @Benchmark
    public void decodeAndClean(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < bytes.size(); i++) {
            String text = TextDecoder.decode(bytes.get(i), null).text();
            CleanDocument doc = DocumentReader.read(text, mediaTypes.get(i), Deadline.none());
            bh.consume(doc.text());
        }
    }

    /** (b) bytes to events: everything of (a), then numbers, times, regions, indicator and project rules, ids. */
    @Benchmark
    public void extract(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < bytes.size(); i++) {
            String text = TextDecoder.decode(bytes.get(i), null).text();
            ExtractionResult r =
                    extractor.extract(new ExtractionInput("bench", "bench", mediaTypes.get(i), text, null, null));
            bh.consume(r.indicators());
            bh.consume(r.projects());
        }
    }

    /**
     * Runs the JMH benchmarks and prints MB/s and docs/s; then, because a shared machine makes wall-clock rates
     * depend on its other load, the same per CPU-second of the benchmark thread. {@code --cpu-only} skips JMH.
     */
    public static void main(String[] args) throws RunnerException, ExtractionException {
        long total = totalBytes();
        if (!java.util.Arrays.asList(args).contains("--cpu-only")) {
            Collection<RunResult> results = new Runner(new OptionsBuilder()
                            .include(ExtractionBenchmark.class.getSimpleName())
                            .build())
                    .run();
            System.out.printf(
                    "%n%d documents, %.1f KB per pass (JMH, wall clock, one thread)%n",
                    DOCUMENTS.size(), total / 1024.0);
            for (RunResult r : results) {
                double passes = r.getPrimaryResult().getScore();
                String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
                System.out.printf(
                        "%-16s %8.2f MB/s %10.1f docs/s%n", name, passes * total / 1e6, passes * DOCUMENTS.size());
            }
        }
        System.out.printf("%nper CPU-second of one thread (10 s warm-up, 10 s measured each)%n");
        ExtractionBenchmark bench = new ExtractionBenchmark();
        bench.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (String name : List.of("decodeAndClean", "extract")) {
            cpuSeconds(bench, bh, name, 10);
            double[] r = cpuSeconds(bench, bh, name, 10);
            double passes = r[0] / r[1];
            System.out.printf(
                    "%-16s %8.2f MB/s %10.1f docs/s%n", name, passes * total / 1e6, passes * DOCUMENTS.size());
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static double[] cpuSeconds(ExtractionBenchmark bench, Blackhole bh, String name, int seconds)
            throws ExtractionException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        long passes = 0;
        while (mx.getCurrentThreadCpuTime() - start < seconds * 1_000_000_000L) {
            if (name.equals("extract")) {
                bench.extract(bh);
            } else {
                bench.decodeAndClean(bh);
            }
            passes++;
        }
        return new double[] {passes, (mx.getCurrentThreadCpuTime() - start) / 1e9};
    }
}
