package zonepulse.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import zonepulse.events.Ids;
import zonepulse.extract.replay.ReplayFailedException;
import zonepulse.extract.replay.ReplayListener;
import zonepulse.extract.replay.ReplayProgress;
import zonepulse.extract.replay.ReplayReport;
import zonepulse.extract.replay.ReplaySelection;
import zonepulse.store.storage.EventQueries;

/**
 * {@code ./zonepulse demo}: the whole pipeline on an embedded stack. Drops the samples into the ingest folder,
 * prints what is ingested, extracted and stored as it happens, then a summary; keeps serving the API until Ctrl-C,
 * or exits with {@code --exit}.
 */
public final class Demo {
    static final String USAGE = """
            usage: zonepulse demo [--exit] [--replay] [--samples DIR] [--feed URL]… [--port N] [--timeout SECONDS]
              --exit         stop once every sample is stored, exit 0 (1 if they were not stored in time)
              --replay       once the samples are stored, re-extract them all with the replay job, as an
                             operator does after upgrading the extractor, then show what changed
              --samples DIR  documents to ingest (default: ./samples); README.md there is not ingested
              --port N       the store API's port (default 8080; 0 for a free one)
              --feed URL     also poll this RSS, Atom or JSON feed (repeatable), e.g. a local RSSHub's
                             http://localhost:1200/sina/finance; its host is trusted (allowed-hosts)
              --timeout S    how long to wait for the samples to be stored (default 180)
            """;

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = new Demo(out).run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("zonepulse demo: " + e.getMessage());
            System.err.print(USAGE);
            status = 2;
        }
        System.exit(status);
    }

    /** Runs the demo; returns the exit status. */
    int run(String[] args) {
        Arguments arguments = Arguments.parse(args);
        List<Path> samples = samples(arguments.samples());
        Path dropFolder = createDropFolder();

        out.println("zonepulse demo: starting a Kafka broker (KRaft, in-process), a MongoDB-compatible server"
                + " and the three services…");
        LocalStack stack = LocalStack.start(
                dropFolder,
                new LocalStack.Options(arguments.port(), Duration.ofMillis(500), true).withFeeds(arguments.feeds()));
        out.println("zonepulse demo: the dashboard is at " + stack.dashboardUrl()
                + " (it fills as the samples are stored)");
        arguments.feeds().forEach(feed -> out.println("zonepulse demo: polling feed " + feed + " every minute"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.getCount() > 0) {
                out.println("zonepulse demo: stopping…");
                stack.close();
            }
        }));
        try (PipelineReporter reporter =
                new PipelineReporter(stack.infrastructure().kafkaBootstrapServers(), out)) {
            out.printf("zonepulse demo: dropping %d samples into %s%n", samples.size(), dropFolder);
            List<String> articleIds = drop(samples, dropFolder);
            boolean stored =
                    awaitStored(stack.queries(), articleIds, reporter, Duration.ofSeconds(arguments.timeoutSeconds()));
            if (stored && !arguments.feeds().isEmpty()) {
                awaitFeedsPolled(stack, articleIds.size(), Duration.ofSeconds(arguments.timeoutSeconds()));
            }
            printSummary(stack.queries(), stored);
            if (stored && arguments.replay()) {
                stored = replay(stack, Duration.ofSeconds(arguments.timeoutSeconds()));
            }
            if (!stored) {
                out.println(
                        "zonepulse demo: the samples were not all stored within " + arguments.timeoutSeconds() + " s");
            }
            if (arguments.exit() || !stored) {
                stopped.countDown();
                stack.close();
                return stored ? 0 : 1;
            }
            String api = stack.apiUrl();
            out.println();
            out.println("The dashboard is at " + stack.dashboardUrl());
            out.println("The API is at " + api + "/v1 (OpenAPI: " + stack.dashboardUrl() + "v3/api-docs) — try:");
            out.println("  curl '" + api + "/v1/projects?limit=5'");
            out.println("  curl '" + api + "/v1/indicators?measure=level&limit=5'");
            out.println("  curl '" + api + "/v1/regions'");
            out.println("Push an article in (this run's push API key is " + stack.pushApiKey() + "):");
            out.println("  curl -H 'X-API-Key: " + stack.pushApiKey() + "' -H 'Content-Type: application/json' "
                    + stack.pushUrl() + " -d '{\"title\": \"…\", \"publishedAt\": \"2024-05-01T10:00:00+08:00\","
                    + " \"content\": \"<p>…</p>\"}'");
            out.println("Or drop more .txt/.md/.html files into " + dropFolder + ". Ctrl-C stops.");
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Re-extracts everything on news.articles.raw with the replay job, printing its progress, waits until the store
     * has consumed what it published, then prints the store's report of what changed; false if any step failed.
     */
    private boolean replay(LocalStack stack, Duration timeout) {
        out.println();
        out.println("zonepulse demo: replaying news.articles.raw through the extractor now deployed…");
        ReplayReport report;
        try {
            report = stack.replay(ReplaySelection.everything(), null, new ReplayListener() {
                @Override
                public void progress(ReplayProgress progress) {
                    out.println("replay       " + progress.describe());
                }

                @Override
                public void finished(ReplayReport report) {
                    out.println("replay done  " + report.describe());
                }
            });
        } catch (ReplayFailedException e) {
            out.println("zonepulse demo: the replay failed: " + e.getMessage());
            return false;
        }
        if (!stack.awaitStoreConsumed(report, timeout)) {
            out.println("zonepulse demo: the store had not consumed the replay within " + timeout.toSeconds() + " s");
            return false;
        }
        out.println(ChangeReport.fetch(stack.apiUrl()));
        return true;
    }

    /** The sample documents: every ingestible file of the folder but its README. */
    static List<Path> samples(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no samples folder " + folder.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> samples = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).+\\.(txt|md|html?)"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("no documents in " + folder.toAbsolutePath());
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDropFolder() {
        try {
            return Files.createTempDirectory("zonepulse-drop-").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder", e);
        }
    }

    /** Copies the samples into the drop folder; returns their article ids, as ingest-service will name them. */
    static List<String> drop(List<Path> samples, Path dropFolder) {
        List<String> ids = new ArrayList<>();
        for (Path sample : samples) {
            Path target = dropFolder.resolve(sample.getFileName());
            try {
                // Copied under a temporary name and moved, so the poller never sees half a file.
                Path partial = dropFolder.resolve("." + sample.getFileName() + ".partial");
                Files.copy(sample, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot drop " + sample, e);
            }
            ids.add(Ids.articleId(target.toAbsolutePath().normalize().toUri().toString()));
        }
        return ids;
    }

    /** Waits until every article and all of its events are in the store, printing each as it completes. */
    private boolean awaitStored(
            EventQueries queries, List<String> articleIds, PipelineReporter reporter, Duration timeout) {
        Map<String, Boolean> done = new LinkedHashMap<>();
        articleIds.forEach(id -> done.put(id, false));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String id : articleIds) {
                if (!done.get(id) && StoredArticles.isComplete(queries, id)) {
                    done.put(id, true);
                    Map<String, Object> article = queries.article(id).orElseThrow();
                    synchronized (out) {
                        out.printf(
                                "stored       %-28s %s indicator events, %s project events%n",
                                reporter.nameOf(id), article.get("indicatorCount"), article.get("projectCount"));
                    }
                }
            }
            if (!done.containsValue(false)) {
                return true;
            }
            sleep(Duration.ofMillis(250));
        }
        return false;
    }

    /**
     * Waits until every feed was polled once and what it published is stored (or the timeout), then says what each
     * feed did. Feed articles are printed as they are ingested, extracted and stored, like the samples.
     */
    private void awaitFeedsPolled(LocalStack stack, int samples, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<zonepulse.ingest.source.SourceStatus> feeds = List.of();
        while (System.nanoTime() < deadline) {
            feeds = stack.ingestSources().stream()
                    .filter(source -> "feed".equals(source.type()))
                    .toList();
            boolean polled = !feeds.isEmpty() && feeds.stream().noneMatch(f -> "never".equals(f.lastStatus()));
            long published = feeds.stream()
                    .mapToLong(zonepulse.ingest.source.SourceStatus::published)
                    .sum();
            if (polled && stack.queries().counts().get("articles") >= samples + published) {
                break;
            }
            sleep(Duration.ofMillis(500));
        }
        for (zonepulse.ingest.source.SourceStatus feed : feeds) {
            out.printf(
                    "feed         %s %s: %s, %d items, %d published, %d failed%s%n",
                    feed.name(),
                    feed.url(),
                    feed.lastStatus(),
                    feed.itemsSeen(),
                    feed.published(),
                    feed.failed(),
                    feed.lastError() == null ? "" : " (" + feed.lastError() + ")");
        }
    }

    private void printSummary(EventQueries queries, boolean complete) {
        Map<String, Long> counts = queries.counts();
        out.println();
        out.println("== zonepulse demo: summary" + (complete ? "" : " (incomplete)") + " ==");
        out.printf("articles stored          %5d%n", counts.get("articles"));
        out.printf("indicator events stored  %5d%n", counts.get("indicator_observations"));
        out.printf("project events stored    %5d%n", counts.get("project_events"));
        out.printf("projects                 %5d%n", counts.get("projects"));
        out.println();
        out.println("Projects and their stage timelines:");
        for (Map<String, Object> project : queries.projects(new EventQueries.ProjectFilter(null, null, 1000))) {
            out.printf(
                    "  %s  [%s]  furthest reached: %s; %s source(s)%n",
                    project.get("name"),
                    Optional.ofNullable(project.get("region")).orElse("region unknown"),
                    Optional.ofNullable(project.get("furthestStage")).orElse("none yet"),
                    project.get("sourceCount"));
            for (Object entry : (List<?>) project.get("timeline")) {
                Map<?, ?> e = (Map<?, ?>) entry;
                Map<?, ?> date = (Map<?, ?>) e.get("date");
                out.printf(
                        "      %-10s %s%s%n",
                        date == null ? "—" : date.get("value"),
                        e.get("stage"),
                        Boolean.TRUE.equals(e.get("expected")) ? " (expected)" : "");
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The demo's command line. */
    record Arguments(
            boolean exit, Path samples, int port, long timeoutSeconds, List<java.net.URI> feeds, boolean replay) {
        static Arguments parse(String[] args) {
            boolean exit = false;
            boolean replay = false;
            Path samples = Path.of("samples");
            int port = 8080;
            long timeout = 180;
            List<java.net.URI> feeds = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--exit" -> exit = true;
                    case "--replay" -> replay = true;
                    case "--samples" -> samples = Path.of(value(args, ++i, "--samples"));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--timeout" -> timeout = Long.parseLong(value(args, ++i, "--timeout"));
                    case "--feed" -> feeds.add(feedUri(value(args, ++i, "--feed")));
                    case "-h", "--help" -> throw new IllegalArgumentException("help");
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Arguments(exit, samples, port, timeout, List.copyOf(feeds), replay);
        }

        private static java.net.URI feedUri(String url) {
            try {
                java.net.URI uri = new java.net.URI(url);
                if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null) {
                    return uri;
                }
            } catch (java.net.URISyntaxException e) {
                // refused below
            }
            throw new IllegalArgumentException("--feed needs an http or https URL, not " + url);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
