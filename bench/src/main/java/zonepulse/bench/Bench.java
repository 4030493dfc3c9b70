package zonepulse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code ./zonepulse bench}: measures, in one run, extract-service against the extraction engine alone, store-service
 * against a plain insertMany consumer and Kafka Connect's MongoDB sink, the whole pipeline on a burst and at a steady
 * rate, and each process's resident memory; prints the machine and the figures, and writes them as Markdown
 * ({@link BenchSettings#results}). Run from the repository's root, after the services' jars and the Connect worker
 * are built (the script builds what is missing). Exit code 0 when every measurement ran (whatever the figures), 1
 * when one failed, 2 for bad usage.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            out.print(BenchSettings.USAGE);
            return;
        }
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(args, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println("zonepulse bench: " + e.getMessage());
            System.err.print(BenchSettings.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(settings, out);
        } catch (RuntimeException e) {
            System.err.println("zonepulse bench: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // the Kafka clients' threads would keep the JVM up
    }

    static void run(BenchSettings settings, PrintStream out) {
        Machine machine = Machine.describe(settings.repo());
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String load = Machine.loadAverage();
        out.println("zonepulse benchmark, " + started + ", commit " + machine.commit());
        out.println("machine: " + machine.describe() + "; load average " + load);
        Corpus corpus = Corpus.load(settings.corpus());
        out.println("workload: variants of the " + corpus.documents().size() + " documents of " + settings.corpus()
                + ", seed " + settings.seed());
        Workload workload = new Workload(corpus, settings.seed());
        Services services = new Services(settings.repo(), settings.serviceJvmOptions());
        BenchReport report = new BenchReport(
                settings, machine, started, load, corpus.documents().size());

        if (settings.runs(BenchSettings.Phase.EXTRACT)) {
            out.println("extract throughput");
            ExtractThroughput.Result extract = new ExtractThroughput(settings, workload, services, out).run();
            report.extract(extract);
            if (settings.runs(BenchSettings.Phase.STORE)) {
                out.println("store throughput");
                report.store(new StoreThroughput(settings, services, out).run(extract.outputs()));
            }
        }
        if (settings.runs(BenchSettings.Phase.E2E)) {
            out.println("end to end");
            report.endToEnd(new EndToEnd(settings, workload, services, out).run());
        }
        report.finished(Machine.loadAverage());

        String markdown = report.markdown();
        out.println();
        out.print(markdown);
        try {
            Files.createDirectories(settings.results().toAbsolutePath().getParent());
            Files.writeString(settings.results(), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.results(), e);
        }
        out.println();
        out.println("written to " + settings.results());
    }
}
