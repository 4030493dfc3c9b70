package zonepulse.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.events.Topics;
import zonepulse.extract.ExtractApplication;
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

    private final Infrastructure infrastructure;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final ConfigurableApplicationContext store;
    private ConfigurableApplicationContext ingest;
    private final Path dropFolder;
    private final String pushApiKey = newPushApiKey();

    private LocalStack(Infrastructure infrastructure, Path dropFolder, Options options) {
        this.infrastructure = infrastructure;
        this.dropFolder = dropFolder;
        try {
            // The store first, so it is consuming before anything is published; ingest last.
            this.store = start(StoreApplication.application(), options, Map.of("server.port", options.apiPort()));
            // extract-service uses no MongoDB; on the demo's shared classpath Boot would still check one, with a
            // command
            // (hello) the embedded server lacks, and report the service DOWN while it works
            start(
                    ExtractApplication.application(),
                    options,
                    Map.<String, Object>of(
                            "server.port",
                            0,
                            "management.health.mongodb.enabled",
                            false,
                            SPRINGDOC_OFF,
                            false,
                            SWAGGER_UI_OFF,
                            false));
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
     */
    public record Options(int apiPort, Duration pollInterval, boolean quiet, List<URI> feeds) {
        public Options {
            feeds = feeds == null ? List.of() : List.copyOf(feeds);
        }

        public Options(int apiPort, Duration pollInterval, boolean quiet) {
            this(apiPort, pollInterval, quiet, List.of());
        }

        public static Options defaults() {
            return new Options(8080, Duration.ofMillis(500), true);
        }

        /** The same options, with feeds for ingest-service to poll. */
        public Options withFeeds(List<URI> feeds) {
            return new Options(apiPort, pollInterval, quiet, feeds);
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
        List<String> args = new ArrayList<>(List.of(
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(DATABASE)
                        + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000",
                "--spring.mongodb.database=" + DATABASE,
                "--spring.main.banner-mode=off",
                // the demo is for this machine only: every server on the loopback interface, none on the network
                "--server.address=" + LOOPBACK,
                "--management.server.address=" + LOOPBACK,
                // three services in one JVM: each management server (actuator) on a free port of its own
                "--management.server.port=0"));
        if (options.quiet()) {
            args.add("--logging.level.root=WARN");
            args.add("--logging.level.org.apache.kafka=ERROR");
        }
        own.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        services.add(context);
        return context;
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
