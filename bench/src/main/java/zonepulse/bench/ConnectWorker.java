package zonepulse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.Topics;
import zonepulse.stack.process.FreePorts;
import zonepulse.stack.process.JavaProcesses;
import zonepulse.stack.process.KraftBroker;

/**
 * Kafka Connect with MongoDB's sink connector, configured as a user would to keep the same events idempotently: a
 * standalone worker ({@code ConnectStandalone}) in a JVM of its own with its own classpath ({@code connect-lib}: Kafka
 * Connect of the services' kafka-clients version, never Spring Boot's Jetty or Jackson), the connector in its plugin
 * directory; schemaless JSON values; one collection per topic; each document's id the summary's article id or the
 * event's id (PartialValueStrategy), written with ReplaceOne and upsert, so a redelivered record replaces itself; one
 * task, as store-service has one consumer thread; read_committed, as store-service.
 */
final class ConnectWorker implements AutoCloseable {
    static final String CONNECTOR = "zonepulse-mongo-sink";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final int restPort;
    private final Path log;

    private ConnectWorker(Process process, int restPort, Path log) {
        this.process = process;
        this.restPort = restPort;
        this.log = log;
    }

    /**
     * Starts the worker with the connector writing to {@code database} on the stack's MongoDB; returns once the
     * connector and its task run.
     *
     * @param install where {@code bench/connect-worker} put {@code connect-lib} and {@code connect-plugins}
     */
    static ConnectWorker start(Path install, BenchStack stack, String database, List<String> jvmOptions) {
        Path lib = install.resolve("connect-lib");
        Path plugins = install.resolve("connect-plugins");
        if (!Files.isDirectory(lib) || !Files.isDirectory(plugins)) {
            throw new IllegalStateException("no Kafka Connect worker in " + install
                    + ": build it first (./mvnw -q -pl bench/connect-worker package, or ./zonepulse build)");
        }
        Path directory = stack.directory().resolve("connect");
        int restPort = FreePorts.next();
        Path worker = directory.resolve("worker.properties");
        Path sink = directory.resolve("mongo-sink.properties");
        Path log = directory.resolve("connect.log");
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    worker,
                    lines(
                            "bootstrap.servers=" + stack.bootstrapServers(),
                            "key.converter=org.apache.kafka.connect.storage.StringConverter",
                            "value.converter=org.apache.kafka.connect.json.JsonConverter",
                            "value.converter.schemas.enable=false",
                            "offset.storage.file.filename=" + directory.resolve("connect.offsets"),
                            "listeners=http://127.0.0.1:" + restPort,
                            "plugin.path=" + plugins,
                            // extract-service writes in transactions: read only what it committed, as store-service
                            "consumer.isolation.level=read_committed"));
            Files.writeString(
                    sink,
                    lines(
                            "name=" + CONNECTOR,
                            "connector.class=com.mongodb.kafka.connect.MongoSinkConnector",
                            "tasks.max=1",
                            "topics=" + String.join(",", ExtractedOutputs.TOPICS),
                            "connection.uri=" + stack.mongoUri(database),
                            "database=" + database,
                            "document.id.strategy="
                                    + "com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy",
                            "document.id.strategy.partial.value.projection.type=AllowList",
                            "document.id.strategy.partial.value.projection.list=eventId",
                            "writemodel.strategy="
                                    + "com.mongodb.kafka.connect.sink.writemodel.strategy.ReplaceOneDefaultStrategy",
                            override(Topics.ARTICLES_EXTRACTED, "collection", ExtractedOutputs.COLLECTIONS.get(0)),
                            override(
                                    Topics.ARTICLES_EXTRACTED,
                                    "document.id.strategy.partial.value.projection.list",
                                    "articleId"),
                            override(Topics.EVENTS_INDICATORS, "collection", ExtractedOutputs.COLLECTIONS.get(1)),
                            override(Topics.EVENTS_PROJECTS, "collection", ExtractedOutputs.COLLECTIONS.get(2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(JavaProcesses.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp",
                lib + "/*",
                "org.apache.kafka.connect.cli.ConnectStandalone",
                worker.toString(),
                sink.toString()));
        Process process;
        try {
            process = JavaProcesses.start(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Connect worker", e);
        }
        ConnectWorker connect = new ConnectWorker(process, restPort, log);
        try {
            connect.awaitRunning();
        } catch (RuntimeException e) {
            connect.close();
            throw e;
        }
        return connect;
    }

    long pid() {
        return process.pid();
    }

    /** Why the worker cannot be storing, or null while its process runs. */
    String failure() {
        return process.isAlive() ? null : "the Connect worker exited with " + process.exitValue() + ", see " + log;
    }

    private void awaitRunning() {
        HttpRequest status = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + restPort + "/connectors/" + CONNECTOR + "/status"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            String failed = failure();
            if (failed != null) {
                throw new IllegalStateException(failed);
            }
            try {
                HttpResponse<String> response = HTTP.send(status, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    JsonNode body = JSON.readTree(response.body());
                    List<String> states = new ArrayList<>();
                    states.add(body.path("connector").path("state").asString());
                    body.path("tasks")
                            .forEach(task -> states.add(task.path("state").asString()));
                    if (states.contains("FAILED")) {
                        throw new IllegalStateException("the sink connector failed: " + response.body());
                    }
                    if (states.size() > 1 && states.stream().allMatch("RUNNING"::equals)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted starting the Connect worker", e);
            }
            KraftBroker.pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(
                "the sink connector was not running within " + START_TIMEOUT + " (" + last + "), see " + log);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String override(String topic, String property, String value) {
        return "topic.override." + topic + "." + property + "=" + value;
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
