package zonepulse.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.FaultHandlerFactory;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.SharedServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.server.fault.FaultHandler;
import org.apache.kafka.server.fault.LoggingFaultHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import zonepulse.events.Topics;

/**
 * A real Kafka broker (KRaft mode, broker and controller in one node) running in this JVM, for tests and the local
 * demo. Every listener, the controller's included, is bound to the loopback interface only.
 *
 * <p>Kafka's test kit ({@code KafkaClusterTestKit}, behind spring-kafka-test's {@code EmbeddedKafkaKraftBroker}) is
 * not used: it binds the controller's and the broker's ports in advance on every interface (its
 * {@code PreboundSocketFactoryManager} binds {@code new InetSocketAddress(0)}) and hands those sockets to the node
 * whatever host the {@code listeners} setting names. Here the node is assembled as {@link KafkaRaftServer} assembles
 * it (a {@link SharedServer}, a {@link ControllerServer}, a {@link BrokerServer}, over a log directory the
 * {@link Formatter} formatted, as {@code kafka-storage format} does), with one difference: the controller's socket is
 * bound on 127.0.0.1 before the configuration is written, so that the quorum's voter address can name its port
 * without a race for a free one; the broker's client listener binds 127.0.0.1 on a port of the system's choosing.
 *
 * <p>One node, so the internal topics that transactions and consumer groups need have a replication factor of one.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "BROKER";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final Path directory;
    private final Metrics metrics;
    private final ControllerServer controller;
    private final BrokerServer broker;
    private final FatalFaults fatalFaults;
    private final int partitions;

    private EmbeddedKafka(
            Path directory,
            Metrics metrics,
            ControllerServer controller,
            BrokerServer broker,
            FatalFaults fatalFaults,
            int partitions) {
        this.directory = directory;
        this.metrics = metrics;
        this.controller = controller;
        this.broker = broker;
        this.fatalFaults = fatalFaults;
        this.partitions = partitions;
    }

    /**
     * Starts a one-node broker with the given topics already created, each with its contract configuration
     * ({@link Topics#configOf}: the raw and extracted topics compacted, as in production). Returns once the broker is
     * registered and unfenced: ready for topics and clients.
     *
     * @param partitions partitions of each topic
     * @param topics topics to create
     */
    public static EmbeddedKafka start(int partitions, String... topics) {
        Path directory = createDirectory();
        ServerSocketChannel controllerSocket = null;
        Metrics metrics = new Metrics();
        ControllerServer controller = null;
        BrokerServer broker = null;
        try {
            controllerSocket = ServerSocketFactory.INSTANCE.openServerSocket(
                    CONTROLLER_LISTENER, new InetSocketAddress(LOOPBACK, 0), -1, -1);
            int controllerPort = ((InetSocketAddress) controllerSocket.getLocalAddress()).getPort();
            KafkaConfig config = new KafkaConfig(properties(directory, controllerPort, partitions), false);
            format(config);
            Tuple2<MetaPropertiesEnsemble, BootstrapMetadata> logDirs =
                    KafkaRaftServer.initializeLogDirs(config, LOG, "");
            FatalFaults fatalFaults = new FatalFaults();
            SharedServer shared = new SharedServer(
                    config,
                    logDirs._1(),
                    Time.SYSTEM,
                    metrics,
                    CompletableFuture.completedFuture(QuorumConfig.parseVoterConnections(
                            config.quorumConfig().voters())),
                    QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()),
                    fatalFaults,
                    loopbackSockets(controllerSocket));
            controller = new ControllerServer(shared, KafkaRaftServer.configSchema(), logDirs._2());
            broker = new BrokerServer(shared);
            // the order of KafkaRaftServer.startup; the broker's returns once the controller has unfenced it
            controller.startup();
            broker.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(directory, metrics, controller, broker, fatalFaults, partitions);
            kafka.createTopics(topics);
            return kafka;
        } catch (IOException e) {
            stop(broker, controller, metrics, directory);
            Utils.closeQuietly(controllerSocket, "controller socket");
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + directory, e);
        } catch (RuntimeException e) {
            stop(broker, controller, metrics, directory);
            Utils.closeQuietly(controllerSocket, "controller socket");
            throw e;
        }
    }

    /** The broker's settings: one KRaft node on the loopback interface, tuned for a single node in a shared JVM. */
    private static Map<String, Object> properties(Path directory, int controllerPort, int partitions) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        properties.put(
                "listeners",
                CLIENT_LISTENER + "://" + LOOPBACK + ":0," + CONTROLLER_LISTENER + "://" + LOOPBACK + ":"
                        + controllerPort);
        properties.put(
                "listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("inter.broker.listener.name", CLIENT_LISTENER);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("log.dirs", directory.resolve("logs").toString());
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "5");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", Integer.toString(partitions));
        // as the production topics: documents up to 25 MiB
        properties.put("message.max.bytes", "26214400");
        // one node: a controlled shutdown has no other broker to hand its partitions' leadership to; it would only
        // take them away from the group coordinator while the consumers' last commits are written (ERRORs at Ctrl-C)
        properties.put("controlled.shutdown.enable", "false");
        // the log cleaner (the compacted topics need it) would otherwise take 128 MiB of the JVM's heap
        properties.put("log.cleaner.dedupe.buffer.size", "2097152");
        return properties;
    }

    /** Formats the log directory for a new cluster, as {@code kafka-storage format} does. */
    private static void format(KafkaConfig config) {
        Formatter formatter = new Formatter()
                // what it prints ("Formatting …") would land in the demo's output; a failure is thrown
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(config.logDirs())
                .setMetadataLogDirectory(config.metadataLogDir())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded Kafka broker's log directory", e);
        }
    }

    /**
     * The node's server sockets: the controller's the one bound in advance, every other listener's bound where its
     * {@code listeners} entry says (127.0.0.1).
     */
    private static ServerSocketFactory loopbackSockets(ServerSocketChannel controllerSocket) {
        return (listenerName, address, backlog, receiveBufferSize) -> CONTROLLER_LISTENER.equals(listenerName)
                ? controllerSocket
                : ServerSocketFactory.INSTANCE.openServerSocket(listenerName, address, backlog, receiveBufferSize);
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("zonepulse-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded Kafka broker's log directory", e);
        }
    }

    /** The bootstrap servers to give clients: host:port. */
    public String bootstrapServers() {
        return LOOPBACK + ":" + broker.boundPort(ListenerName.normalised(CLIENT_LISTENER));
    }

    /** Creates more topics, each with its contract configuration ({@link Topics#configOf}). */
    public void createTopics(String... topics) {
        if (topics.length == 0) {
            return;
        }
        List<NewTopic> newTopics = Arrays.stream(topics)
                .map(topic -> new NewTopic(topic, partitions, (short) 1).configs(Topics.configOf(topic)))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(newTopics).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics " + Arrays.toString(topics), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(topics), e);
        }
    }

    /**
     * Stops the broker, then the controller (the order of {@link KafkaRaftServer#shutdown}), and deletes the log
     * directory.
     *
     * @throws IllegalStateException when the node met a fatal fault while it ran (logged when it happened)
     */
    @Override
    public void close() {
        stop(broker, controller, metrics, directory);
        RuntimeException fatal = fatalFaults.first.get();
        if (fatal != null) {
            throw new IllegalStateException("the embedded Kafka broker met a fatal fault", fatal);
        }
    }

    private static void stop(BrokerServer broker, ControllerServer controller, Metrics metrics, Path directory) {
        if (broker != null) {
            broker.shutdown();
        }
        if (controller != null) {
            controller.shutdown();
        }
        Utils.closeQuietly(metrics, "metrics");
        try {
            Utils.delete(directory.toFile());
        } catch (IOException e) {
            LOG.warn("cannot delete the embedded Kafka broker's log directory {}", directory, e);
        }
    }

    /**
     * Kafka's fault handlers for an in-process node: every fault logged at ERROR (Kafka's {@link LoggingFaultHandler}),
     * as in production, and the first fatal one kept for {@link #close} to throw, where production would halt the JVM
     * (the tests' and the demo's JVM, here).
     */
    private static final class FatalFaults implements FaultHandlerFactory {
        private final AtomicReference<RuntimeException> first = new AtomicReference<>();

        @Override
        public FaultHandler build(String name, boolean fatal, Runnable action) {
            LoggingFaultHandler logging = new LoggingFaultHandler(name, action);
            return (message, cause) -> {
                RuntimeException fault = logging.handleFault(message, cause);
                if (fatal) {
                    first.compareAndSet(null, fault);
                }
                return fault;
            };
        }
    }
}
