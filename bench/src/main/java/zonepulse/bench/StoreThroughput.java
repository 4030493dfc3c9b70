package zonepulse.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import zonepulse.stack.process.ServiceProcess;

/**
 * store-service's throughput against a plain insertMany consumer (the ceiling) and Kafka Connect's MongoDB sink, on
 * the same records: what extract-service published in the extract run. Each contender gets a fresh stack, the records
 * preloaded on its topics (in transactions, as extract-service writes them, each on its original partition), and is
 * then started on them; it is timed from when its database holds the warm-up's documents to when it holds each
 * repetition's (every summary and every event, counted by the server). One contender runs at a time.
 */
final class StoreThroughput {
    /** Records per preload transaction. */
    private static final int PER_TRANSACTION = 500;

    /** A way of keeping extract-service's output in MongoDB. */
    enum Contender {
        STORE_SERVICE("store-service", BenchStack.DATABASE),
        INSERT_MANY("insertMany consumer", "insert_many"),
        CONNECT("Kafka Connect MongoDB sink", "connect");

        final String title;
        final String database;

        Contender(String title, String database) {
            this.title = title;
            this.database = database;
        }
    }

    /**
     * @param eventRates indicator and project events stored per second, one per repetition
     * @param recordRates records consumed per second (summaries and events), one per repetition
     * @param memory the contender's process's resident memory at the end, or null for one in this JVM
     */
    record Run(Contender contender, double[] eventRates, double[] recordRates, ResidentMemory memory) {}

    private final BenchSettings settings;
    private final Services services;
    private final PrintStream out;

    StoreThroughput(BenchSettings settings, Services services, PrintStream out) {
        this.settings = settings;
        this.services = services;
        this.out = out;
    }

    List<Run> run(ExtractedOutputs outputs) {
        List<Run> runs = new ArrayList<>();
        for (Contender contender : Contender.values()) {
            runs.add(run(contender, outputs));
        }
        return runs;
    }

    private Run run(Contender contender, ExtractedOutputs outputs) {
        out.printf(
                "  %s: %d records preloaded%n",
                contender.title, outputs.records().size());
        try (BenchStack stack = BenchStack.start(settings.work().resolve("store-" + contender.database))) {
            KafkaRecords.produce(stack.bootstrapServers(), outputs.records(), PER_TRANSACTION);
            Milestones milestones = outputs.milestones();
            ResidentMemory memory = null;
            String what = contender.title + ": documents stored";
            switch (contender) {
                case STORE_SERVICE -> {
                    try (ServiceProcess store = services.store(stack)) {
                        store.start();
                        await(what, stack, contender, milestones, () -> store.isAlive() ? null : "it exited");
                        memory = ResidentMemory.of(store.pid());
                        store.stop(); // gracefully: its MongoDB connections closed, not reset
                    }
                }
                case INSERT_MANY -> {
                    try (InsertManySink sink =
                            new InsertManySink(stack.bootstrapServers(), stack.database(contender.database))) {
                        await(what, stack, contender, milestones, sink::failure);
                    }
                }
                case CONNECT -> {
                    try (ConnectWorker worker = ConnectWorker.start(
                            settings.repo().resolve("bench/connect-worker/target"),
                            stack,
                            contender.database,
                            settings.serviceJvmOptions())) {
                        await(what, stack, contender, milestones, worker::failure);
                        memory = ResidentMemory.of(worker.pid());
                    }
                }
            }
            double[] eventRates = new double[milestones.runs()];
            double[] recordRates = new double[milestones.runs()];
            for (int run = 0; run < milestones.runs(); run++) {
                double seconds = milestones.seconds(run);
                eventRates[run] = outputs.events()[run] / seconds;
                recordRates[run] = outputs.recordsPerRun()[run] / seconds;
                out.printf("    run %d: %.0f events/s (%.0f records/s)%n", run + 1, eventRates[run], recordRates[run]);
            }
            return new Run(contender, eventRates, recordRates, memory);
        }
    }

    private void await(
            String what, BenchStack stack, Contender contender, Milestones milestones, Supplier<String> failure) {
        new CountWatch(out)
                .await(
                        what,
                        () -> stack.count(contender.database, ExtractedOutputs.COLLECTIONS),
                        milestones.total(),
                        milestones,
                        failure);
    }
}
