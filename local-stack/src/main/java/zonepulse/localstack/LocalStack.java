package zonepulse.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.Topics;
import zonepulse.extract.ExtractApplication;
import zonepulse.extract.article.ExtractionEngine;
import zonepulse.extract.replay.ReplayLauncher;
import zonepulse.extract.replay.ReplayListener;
import zonepulse.extract.replay.ReplayReport;
import zonepulse.extract.replay.ReplaySelection;
import zonepulse.ingest.IngestApplication;
import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;
import zonepulse.store.StoreApplication;
import zonepulse.store.storage.EventQueries;

/**
 * The whole pipeline in one JVM: a real Kafka broker (KRaft, in-process), a MongoDB-compatible server, and the three
 * services, each in its own Spring context with its own configuration file, the same jars and configuration keys as
 * in production. Used by {@code ./zonepulse demo} and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {
    private static final String DATABASE = "zonepulse";
    private static final int PARTITIONS = 2;
    private static final String LOOPBACK = "127.0.0.1";
    /** springdoc is on the shared classpath for store-service's API; the other two services have no API to describe. */
    private static final String SPRINGDOC_OFF = "springdoc.api-docs.enabled";

    private static final String SWAGGER_UI_OFF = "springdoc.swagger-ui.enabled";

    /**
     * extract-service's own settings here. It uses no MongoDB; on the demo's shared classpath Boot would still check
     * one, with a command (hello) the embedded server lacks, and report the service DOWN while it works.
     */
    private static final Map<String, Object> EXTRACT_PROPERTIES = Map.of(
            "server.port", 0, "management.health.mongodb.enabled", false, SPRINGDOC_OFF, false, SWAGGER_UI_OFF, false);

    /** store-service's consumer group and the topics it reads, as store-service.yml binds them. */
    private static final String STORE_GROUP = "store-service";

    private static final List<String> STORE_INPUTS =
            List.of(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS);

    private final Infrastructure infrastructure;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final ConfigurableApplicationContext store;
    private ConfigurableApplicationContext extract;
    private ConfigurableApplicationContext ingest;
    private final Path dropFolder;
    private final String pushApiKey = newPushApiKey();
    private final Options options;

    private LocalStack(Infrastructure infrastructure, Path dropFolder, Options options) {
        this.infrastructure = infrastructure;
        this.dropFolder = dropFolder;
        this.options = options;
        try {
            // The store first, so it is consuming before anything is published; ingest last.
            this.store = start(StoreApplication.application(), options, Map.of("server.port", options.apiPort()));
            this.extract = start(extractApplication(options.engine()), options, EXTRACT_PROPERTIES);
            Map<String, Object> ingest = new java.util.LinkedHashMap<>(Map.of(
                    "server.port",
                    0,
                    "zonepulse.ingest.drop-folder.directory",
                    dropFolder.toString(),
                    "zonepulse.ingest.drop-folder.poll-interval",
                    options.pollInterval().toMillis() + "ms",
                    "zonepulse.ingest.push.api-keys",
                    pushApiKey,
                    SPRINGDOC_OFF,
                    false,
                    SWAGGER_UI_OFF,
                    false));
            ingest.putAll(feedProperties(options.feeds()));
            this.ingest = start(IngestApplication.application(), options, ingest);
        } catch (RuntimeException e) {
            closeServices();
            throw e;
        }
    }

    /**
     * Options of a local stack.
     *
     * @param apiPort the store API's port (0 for a free one)
     * @param pollInterval how often the drop folder is scanned
     * @param quiet true to keep the services' own logs at WARN, so the demo's lines stand out
     * @param feeds feeds for ingest-service to poll
     * @param engine the engine extract-service extracts with, or null for the deployed rules
     */
    public record Options(int apiPort, Duration pollInterval, boolean quiet, List<URI> feeds, ExtractionEngine engine) {
        public Options {
            feeds = feeds == null ? List.of() : List.copyOf(feeds);
        }

        public Options(int apiPort, Duration pollInterval, boolean quiet) {
            this(apiPort, pollInterval, quiet, List.of(), null);
        }

        public static Options defaults() {
            return new Options(8080, Duration.ofMillis(500), true);
        }

        /** The same options, with feeds for ingest-service to poll. */
        public Options withFeeds(List<URI> feeds) {
            return new Options(apiPort, pollInterval, quiet, feeds, engine);
        }

        /** The same options, with extract-service extracting with {@code engine} (null: the deployed rules). */
        public Options withEngine(ExtractionEngine engine) {
            return new Options(apiPort, pollInterval, quiet, feeds, engine);
        }
    }

    /** extract-service's application, with {@code engine} as its extraction engine bean when not null. */
    private static SpringApplicationBuilder extractApplication(ExtractionEngine engine) {
        SpringApplicationBuilder application = ExtractApplication.application();
        if (engine != null) {
            // registered before the configuration is read, so the default engine (@ConditionalOnMissingBean) steps
            // aside
            application.initializers(context -> context.getBeanFactory().registerSingleton("extractionEngine", engine));
        }
        return application;
    }

    /**
     * Stops extract-service and starts it again extracting with {@code engine} (null: the deployed rules), in the same
     * consumer group: it goes on from the offsets the previous one committed, as a redeployed service does.
     */
    public void restartExtract(ExtractionEngine engine) {
        int index = services.indexOf(extract);
        extract.close();
        extract = start(extractApplication(engine), options, EXTRACT_PROPERTIES);
        services.remove(extract);
        services.set(index, extract);
    }

    /**
     * Re-extracts the raw articles of {@code selection} with {@code engine} (null: the deployed rules) through the
     * replay mode of extract-service, in a context of its own, next to the running services and without touching
     * their consumer groups, as {@code ./zonepulse replay} does against a cluster; returns when it is through, its
     * outputs committed. Progress is reported after every transaction (two articles each).
     *
     * @throws zonepulse.extract.replay.ReplayFailedException when the replay failed
     */
    public ReplayReport replay(ReplaySelection selection, ExtractionEngine engine, ReplayListener listener) {
        List<String> args = new ArrayList<>(commonArguments(options));
        args.add("--zonepulse.extract.replay.batch-size=2");
        args.add("--zonepulse.extract.replay.progress-interval=0s");
        return ReplayLauncher.replay(
                selection, engine, listener == null ? List.of() : List.of(listener), args.toArray(String[]::new));
    }

    /**
     * Waits until store-service has consumed everything {@code report}'s replay published to the topics it reads (its
     * committed offsets reached the replay's last records), so what the store holds reflects the replay.
     *
     * @return false when it had not within {@code timeout}
     */
    public boolean awaitStoreConsumed(ReplayReport report, Duration timeout) {
        Map<TopicPartition, Long> wanted = new java.util.HashMap<>(report.outputEnds());
        wanted.keySet().removeIf(partition -> !STORE_INPUTS.contains(partition.topic()));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(STORE_GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get();
                if (wanted.entrySet().stream()
                        .allMatch(e -> committed.get(e.getKey()) != null
                                && committed.get(e.getKey()).offset() >= e.getValue())) {
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + STORE_GROUP, e.getCause());
        }
    }

    /**
     * ingest-service's settings for the demo's feeds: named feed-1, feed-2 …, polled every minute, linked pages fetched
     * for summary-only items. Their hosts are allowed explicitly, so a local RSSHub (localhost:1200) can be given.
     */
    static Map<String, Object> feedProperties(List<URI> feeds) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            String prefix = "zonepulse.ingest.feeds[" + i + "].";
            properties.put(prefix + "name", "feed-" + (i + 1));
            properties.put(prefix + "url", feeds.get(i).toString());
            properties.put(prefix + "poll-interval", "1m");
            if (feeds.get(i).getHost() != null && !hosts.contains(feeds.get(i).getHost())) {
                hosts.add(feeds.get(i).getHost());
            }
        }
        if (!hosts.isEmpty()) {
            properties.put("zonepulse.ingest.fetch.allowed-hosts", String.join(",", hosts));
        }
        return properties;
    }

    /** What ingest-service's sources (the feeds, the push endpoint) have done so far. */
    public List<zonepulse.ingest.source.SourceStatus> ingestSources() {
        return ingest.getBean(zonepulse.ingest.source.SourceStatusBoard.class).statuses();
    }

    /** Starts the broker, the database and the three services, watching {@code dropFolder}. */
    public static LocalStack start(Path dropFolder, Options options) {
        Infrastructure infrastructure = EmbeddedInfrastructure.start(PARTITIONS, Topics.ALL.toArray(String[]::new));
        try {
            return new LocalStack(infrastructure, dropFolder, options);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    private ConfigurableApplicationContext start(
            SpringApplicationBuilder application, Options options, Map<String, Object> own) {
        List<String> args = new ArrayList<>(commonArguments(options));
        // three services in one JVM: each management server (actuator) on a free port of its own
        args.add("--management.server.port=0");
        own.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        services.add(context);
        return context;
    }

    /** What every service started here is given: the broker, the database, the log levels. */
    private List<String> commonArguments(Options options) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(DATABASE)
                        + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000",
                "--spring.mongodb.database=" + DATABASE,
                "--spring.main.banner-mode=off",
                // the demo is for this machine only: every server on the loopback interface, none on the network
                "--server.address=" + LOOPBACK,
                "--management.server.address=" + LOOPBACK));
        if (options.quiet()) {
            args.add("--logging.level.root=WARN");
            args.add("--logging.level.org.apache.kafka=ERROR");
        }
        return args;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public Path dropFolder() {
        return dropFolder;
    }

    /** What the store holds, read through the store-service's own query port. */
    public EventQueries queries() {
        return store.getBean(EventQueries.class);
    }

    /** The store API's base URL. */
    public String apiUrl() {
        return "http://" + LOOPBACK + ":" + store.getEnvironment().getProperty("local.server.port") + "/api";
    }

    /** The dashboard's address (store-service serves it beside the API). */
    public String dashboardUrl() {
        return "http://" + LOOPBACK + ":" + store.getEnvironment().getProperty("local.server.port") + "/";
    }

    /** ingest-service's push endpoint, which takes {@link #pushApiKey()}. */
    public String pushUrl() {
        return "http://" + LOOPBACK + ":" + ingest.getEnvironment().getProperty("local.server.port") + "/api/articles";
    }

    /** The push API key this stack's ingest-service accepts: made afresh for each stack, never a fixed secret. */
    public String pushApiKey() {
        return pushApiKey;
    }

    /** Each service's overall health endpoint (actuator, on its management port), by application name. */
    public Map<String, String> healthUrls() {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        for (ConfigurableApplicationContext service : services) {
            urls.put(
                    service.getEnvironment().getProperty("spring.application.name"),
                    "http://" + LOOPBACK + ":" + service.getEnvironment().getProperty("local.management.port")
                            + "/actuator/health");
        }
        return urls;
    }

    private static String newPushApiKey() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return "demo-" + java.util.HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        closeServices();
        infrastructure.close();
    }

    /** Ingest first, so nothing new enters while the rest drains. */
    private void closeServices() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
    }
}
