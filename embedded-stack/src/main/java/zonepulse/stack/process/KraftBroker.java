package zonepulse.stack.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import zonepulse.events.Topics;

/**
 * A one-node Kafka broker (KRaft, broker and controller in one process) in a JVM of its own, so that it can be killed
 * and started again on the same port and log directory, as a crashed broker is restarted. The in-process
 * {@code EmbeddedKafka} cannot: its port and log directory die with it. Runs Kafka's own {@code kafka.Kafka} main from
 * the classpath (embedded-stack brings the broker), after {@code kafka.tools.StorageTool} formatted the log
 * directory once. The fault matrix kills and restarts it; the benchmark runs the services against it in processes of
 * their own.
 */
public final class KraftBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The broker JVM's options for a test: it starts fast rather than peaks later, on a shared 2-core machine. A
     * benchmark gives its own ({@link #start(Path, List)}), so that the broker is not what it measures.
     */
    public static final List<String> TEST_JVM_OPTIONS =
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path directory;
    private final List<String> jvmOptions;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KraftBroker(Path directory, List<String> jvmOptions, int port, int controllerPort) {
        this.directory = directory;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh log directory under {@code directory} and starts the broker on free ports, as a test's. */
    public static KraftBroker start(Path directory) {
        return start(directory, TEST_JVM_OPTIONS);
    }

    /** As {@link #start(Path)}, the broker's JVM run with {@code jvmOptions} ({@code -Xmx…}, GC …). */
    public static KraftBroker start(Path directory, List<String> jvmOptions) {
        KraftBroker broker = new KraftBroker(directory, jvmOptions, FreePorts.next(), FreePorts.next());
        broker.format();
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Creates the topics, each with {@code partitions} partitions and its contract configuration ({@link
     * Topics#configOf}: the raw and extracted topics compacted, as in production).
     */
    public void createTopics(int partitions, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(topics.stream()
                            .map(topic -> new NewTopic(topic, partitions, (short) 1).configs(Topics.configOf(topic)))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics, e);
        }
    }

    /** Kills the broker process at once (SIGKILL): no controlled shutdown, no flush beyond what the OS holds. */
    public void kill() {
        process.destroyForcibly();
        waitFor(process);
    }

    /** Starts the broker again on the same ports and log directory; returns once it accepts connections. */
    public void start() {
        Path config = directory.resolve("server.properties");
        process = launch("kafka.Kafka", List.of(config.toString()), directory.resolve("broker.log"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!accepts(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the broker exited with " + process.exitValue() + ", see " + directory.resolve("broker.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not listen on " + port + " within " + START_TIMEOUT);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private void format() {
        try {
            Files.createDirectories(directory);
            Path logs = directory.resolve("logs");
            Files.writeString(
                    directory.resolve("server.properties"),
                    String.join(
                            "\n",
                            "process.roles=broker,controller",
                            "node.id=1",
                            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                            "controller.listener.names=CONTROLLER",
                            "inter.broker.listener.name=PLAINTEXT",
                            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                            "log.dirs=" + logs,
                            // one node: the internal topics of consumer groups and transactions have one replica
                            "offsets.topic.replication.factor=1",
                            "offsets.topic.num.partitions=5",
                            "transaction.state.log.replication.factor=1",
                            "transaction.state.log.min.isr=1",
                            "transaction.state.log.num.partitions=5",
                            "group.initial.rebalance.delay.ms=0",
                            "auto.create.topics.enable=true",
                            "num.partitions=2",
                            // as the production topics: documents up to 25 MiB
                            "message.max.bytes=26214400",
                            ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process formatting = launch(
                "kafka.tools.StorageTool",
                List.of(
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        directory.resolve("server.properties").toString()),
                directory.resolve("format.log"));
        if (waitFor(formatting) != 0) {
            throw new IllegalStateException(
                    "formatting the broker's log directory failed, see " + directory.resolve("format.log"));
        }
    }

    /** Runs {@code mainClass} of this JVM's classpath (Kafka's, brought by spring-kafka-test) in a JVM of its own. */
    private Process launch(String mainClass, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(JavaProcesses.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dlogback.configurationFile=" + logbackConfiguration(),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(arguments);
        try {
            return JavaProcesses.start(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    /** {@code broker-logback.xml} as a file in the broker's directory: the broker logs at INFO, not at DEBUG. */
    private Path logbackConfiguration() {
        Path file = directory.resolve("broker-logback.xml");
        try (InputStream in = KraftBroker.class.getResourceAsStream("broker-logback.xml")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a process", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sleeps for {@code duration}: the pauses of a run that injects faults or waits for a process to come up. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            // a clean stop would wait for the controlled shutdown; nothing of this broker is kept
            process.destroyForcibly();
            waitFor(process);
        }
    }
}
