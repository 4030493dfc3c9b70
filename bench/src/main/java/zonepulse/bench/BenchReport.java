package zonepulse.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one run as Markdown: what was measured on what, the rates (the median of the repetitions, every
 * repetition's in brackets), the figures against the project's goals, and each process's resident memory. The goals
 * are stated beside the figures, never used to shape them.
 */
final class BenchReport {
    /** The most resident memory a service may take. */
    static final double MAX_SERVICE_MIB = 512;

    private final BenchSettings settings;
    private final Machine machine;
    private final String measuredAt;
    private final String loadAtStart;
    private String loadAtEnd = "unknown";
    private ExtractThroughput.Result extract;
    private List<StoreThroughput.Run> store = List.of();
    private EndToEnd.Result endToEnd;
    private final int corpusDocuments;

    BenchReport(BenchSettings settings, Machine machine, String measuredAt, String loadAtStart, int corpusDocuments) {
        this.settings = settings;
        this.machine = machine;
        this.measuredAt = measuredAt;
        this.loadAtStart = loadAtStart;
        this.corpusDocuments = corpusDocuments;
    }

    void extract(ExtractThroughput.Result result) {
        this.extract = result;
    }

    void store(List<StoreThroughput.Run> runs) {
        this.store = List.copyOf(runs);
    }

    void endToEnd(EndToEnd.Result result) {
        this.endToEnd = result;
    }

    void finished(String loadAverage) {
        this.loadAtEnd = loadAverage;
    }

    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("# zonepulse benchmark");
        lines.add("");
        lines.add("Measured " + measuredAt + " on commit " + machine.commit() + ".  ");
        lines.add("Machine: " + machine.describe() + ".  ");
        lines.add("Load average (1, 5, 15 min): " + loadAtStart + " at the start, " + loadAtEnd + " at the end.  ");
        List<String> workload = new ArrayList<>();
        if (settings.runs(BenchSettings.Phase.EXTRACT)) {
            workload.add(String.format(
                    "extract: %d warm-up articles, then %d × %d",
                    settings.warmup(), settings.repetitions(), settings.articles()));
        }
        if (!store.isEmpty() && extract != null) {
            ExtractedOutputs outputs = extract.outputs();
            workload.add(String.format(
                    Locale.ROOT,
                    "store: what extract-service published for %d of the warm-up articles, then for %d of each"
                            + " repetition's (%d records; %d project events name %d projects, each about %.0f times)",
                    settings.storeWarmup(),
                    settings.storeArticles(),
                    outputs.records().size(),
                    outputs.projectEvents(),
                    outputs.projects(),
                    outputs.projects() == 0 ? 0.0 : (double) outputs.projectEvents() / outputs.projects()));
        }
        if (settings.runs(BenchSettings.Phase.E2E)) {
            workload.add(String.format(
                    "end to end: %d warm-up documents, %d dropped at once, %d pushed at %d a second",
                    settings.e2eWarmup(), settings.e2eArticles(), settings.e2eArticles(), settings.rate()));
        }
        lines.add(String.format(
                "Workload (seed %d): variants of the %d corpus documents, each with a name and a publication date of its"
                        + " own; %s.  ",
                settings.seed(), corpusDocuments, String.join("; ", workload)));
        lines.add("Each service and the Connect worker in a JVM of its own with "
                + String.join(" ", settings.serviceJvmOptions())
                + " (the services also with their images' " + String.join(" ", Services.IMAGE_JVM_OPTIONS)
                + "); one KRaft broker process, " + BenchStack.PARTITIONS
                + " partitions a topic; mongo-java-server in the benchmark's JVM; a fresh broker and server for each"
                + " contender.");
        if (extract != null || !store.isEmpty()) {
            lines.add("");
            lines.add("## Throughput (median of " + settings.repetitions() + "; each repetition in brackets)");
            lines.add("");
            lines.add("| measured | rate | repetitions |");
            lines.add("| --- | --- | --- |");
            if (extract != null) {
                lines.add(row(
                        "extraction engine alone, one thread",
                        rate(extract.engineRates(), "articles/s"),
                        list(extract.engineRates())));
                lines.add(row(
                        "extract-service", rate(extract.serviceRates(), "articles/s"), list(extract.serviceRates())));
            }
            for (StoreThroughput.Run run : store) {
                lines.add(row(
                        run.contender().title,
                        rate(run.eventRates(), "events/s") + " (" + rate(run.recordRates(), "records/s") + ")",
                        list(run.eventRates())));
            }
            if (extract != null && (extract.refused() > 0 || extract.deadLettered() > 0)) {
                lines.add("");
                lines.add(extract.refused() + " articles refused by the engine, " + extract.deadLettered()
                        + " dead-lettered by extract-service: not in the counts.");
            }
        }
        lines.add("");
        lines.add("## Against the goals");
        lines.add("");
        lines.add("| figure | measured | goal | met |");
        lines.add("| --- | --- | --- | --- |");
        if (extract != null) {
            double ratio = median(extract.serviceRates()) / median(extract.engineRates());
            lines.add(goal("extract-service / engine alone", fixed(ratio), "≥ 0.7", ratio >= 0.7));
        }
        StoreThroughput.Run service = run(StoreThroughput.Contender.STORE_SERVICE);
        StoreThroughput.Run connect = run(StoreThroughput.Contender.CONNECT);
        StoreThroughput.Run insertMany = run(StoreThroughput.Contender.INSERT_MANY);
        if (service != null && connect != null) {
            double ratio = median(service.eventRates()) / median(connect.eventRates());
            lines.add(goal("store-service / Kafka Connect MongoDB sink", fixed(ratio), "≥ 1.5", ratio >= 1.5));
        }
        if (service != null && insertMany != null) {
            double ratio = median(service.eventRates()) / median(insertMany.eventRates());
            lines.add(goal("store-service / insertMany ceiling", fixed(ratio), "≥ 0.5", ratio >= 0.5));
        }
        if (endToEnd != null) {
            lines.add(goal(
                    endToEnd.burst() + " documents dropped at once: drop → all stored",
                    String.format(Locale.ROOT, "%.1f s", endToEnd.burstSeconds()),
                    "≤ 30 s",
                    endToEnd.burstSeconds() <= 30));
            Percentiles latency = endToEnd.latency();
            lines.add(goal(
                    "publish → stored at " + settings.rate() + " articles/s, p50 / p95 / p99",
                    String.format(
                            Locale.ROOT,
                            "%.2f / %.2f / %.2f s",
                            latency.percentile(50),
                            latency.percentile(95),
                            latency.percentile(99)),
                    "p99 ≤ 2 s",
                    latency.percentile(99) <= 2));
        }
        List<MemoryRow> memory = memoryRows();
        memory.stream()
                .filter(MemoryRow::service)
                .max((a, b) -> Long.compare(a.memory().peakKib(), b.memory().peakKib()))
                .ifPresent(largest -> lines.add(goal(
                        "largest peak RSS of a service (VmHWM)",
                        String.format(
                                Locale.ROOT, "%.0f MiB (%s)", largest.memory().peakMib(), largest.process()),
                        "≤ 512 MiB each",
                        largest.memory().peakMib() <= MAX_SERVICE_MIB)));
        if (!memory.isEmpty()) {
            lines.add("");
            lines.add("## Resident memory (/proc/<pid>/status, at the end of the process's run)");
            lines.add("");
            lines.add("| process (run) | heap | VmHWM (peak) | VmRSS (at the end) |");
            lines.add("| --- | --- | --- | --- |");
            for (MemoryRow row : memory) {
                lines.add(String.format(
                        Locale.ROOT,
                        "| %s | -Xmx%s | %.0f MiB | %.0f MiB |",
                        row.process(),
                        settings.heap(),
                        row.memory().peakMib(),
                        row.memory().currentMib()));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** A process's memory: one of the three services (which the goal is about) or another (the Connect worker). */
    private record MemoryRow(String process, boolean service, ResidentMemory memory) {}

    private List<MemoryRow> memoryRows() {
        List<MemoryRow> rows = new ArrayList<>();
        if (extract != null) {
            rows.add(new MemoryRow("extract-service (extract throughput)", true, extract.memory()));
        }
        for (StoreThroughput.Run run : store) {
            if (run.memory() != null) {
                rows.add(new MemoryRow(
                        run.contender().title + " (store throughput)",
                        run.contender() == StoreThroughput.Contender.STORE_SERVICE,
                        run.memory()));
            }
        }
        if (endToEnd != null) {
            endToEnd.memory()
                    .forEach((service, memory) -> rows.add(new MemoryRow(service + " (end to end)", true, memory)));
        }
        return rows;
    }

    private StoreThroughput.Run run(StoreThroughput.Contender contender) {
        return store.stream()
                .filter(run -> run.contender() == contender)
                .findFirst()
                .orElse(null);
    }

    private static String row(String what, String rate, String runs) {
        return "| " + what + " | " + rate + " | " + runs + " |";
    }

    private static String goal(String figure, String measured, String goal, boolean met) {
        return "| " + figure + " | " + measured + " | " + goal + " | " + (met ? "yes" : "no") + " |";
    }

    private static double median(double[] values) {
        return Percentiles.median(values);
    }

    private static String rate(double[] values, String unit) {
        return String.format(Locale.ROOT, "%.0f %s", median(values), unit);
    }

    private static String list(double[] values) {
        return Arrays.stream(values)
                .mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                .collect(Collectors.joining(", "));
    }

    private static String fixed(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }
}
