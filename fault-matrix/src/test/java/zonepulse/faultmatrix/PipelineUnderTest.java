package zonepulse.faultmatrix;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonepulse.events.Topics;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.stack.TcpProxy;
import zonepulse.stack.process.KraftBroker;
import zonepulse.stack.process.ServiceProcess;
import zonepulse.stack.process.WorkDirectories;

/**
 * One run of the whole pipeline, every part in a process of its own except MongoDB: a KRaft broker (its own JVM,
 * killable and restartable on its port and log directory), mongo-java-server in the test JVM behind a {@link TcpProxy}
 * (an outage is the proxy cut: the in-memory server would lose its data if it were restarted, a real MongoDB's
 * outage does not), and the three services from their executable jars. The drop folder is the same path in every run,
 * so the same files get the same canonical URIs, article ids and event ids.
 */
final class PipelineUnderTest implements AutoCloseable {
    static final String DATABASE = "zonepulse";
    static final int PARTITIONS = 2;
    static final String STORE_GROUP = "store-service";
    static final String EXTRACT_GROUP = "extract-service";
    /** Short-lived services on a shared 2-core machine: they start fast rather than peak later. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Path logs;
    private final Path dropFolder;
    private final KraftBroker broker;
    private final EmbeddedMongo mongo;
    private final TcpProxy mongoProxy;
    private final MongoClient observer;
    private final ServiceProcess store;
    private final ServiceProcess extract;
    private final ServiceProcess ingest;
    private final List<ServiceProcess> extraServices = new java.util.ArrayList<>();
    private final List<TcpProxy> extraProxies = new java.util.ArrayList<>();
    private final List<DownstreamPipeline> downstreams = new java.util.ArrayList<>();

    private PipelineUnderTest(String name) {
        this.name = name;
        Path work = FaultMatrixSettings.work();
        this.logs = work.resolve("logs").resolve(name);
        this.dropFolder = work.resolve("drop");
        WorkDirectories.recreate(logs);
        WorkDirectories.recreate(dropFolder);
        this.broker = KraftBroker.start(
                WorkDirectories.recreate(work.resolve("broker").resolve(name)));
        broker.createTopics(PARTITIONS, Topics.ALL);
        this.mongo = EmbeddedMongo.start();
        this.mongoProxy = TcpProxy.to("127.0.0.1", mongo.port());
        // the suite's own view of MongoDB goes around the proxy: it sees the data while the services cannot
        this.observer = MongoClients.create(mongo.uri(DATABASE));
        Map<String, String> kafka = Map.of("spring.cloud.stream.kafka.binder.brokers", broker.bootstrapServers());
        Map<String, String> storeProperties = new LinkedHashMap<>(kafka);
        storeProperties.putAll(mongoProperties(mongoProxy, DATABASE));
        this.store = new ServiceProcess(
                "store-service",
                FaultMatrixSettings.storeJar(),
                SERVICE_JVM_OPTIONS,
                storeProperties,
                Map.of(),
                logs.resolve("store.log"));
        // HOSTNAME gives extract-service its transactional id prefix; a container restarted in its pod keeps it, and
        // the restarted producer fences its killed predecessor's open transaction at its first batch instead of waiting
        // for the transaction's timeout; but only if a first batch comes: while the killed transaction holds the
        // batch's offsets, the group's offsets are unstable and the restarted read_committed consumer gets no position
        this.extract = new ServiceProcess(
                "extract-service",
                FaultMatrixSettings.extractJar(),
                SERVICE_JVM_OPTIONS,
                kafka,
                Map.of("HOSTNAME", "extract-0"),
                logs.resolve("extract.log"));
        Map<String, String> ingestProperties = new LinkedHashMap<>(storeProperties);
        ingestProperties.put("zonepulse.ingest.drop-folder.directory", dropFolder.toString());
        ingestProperties.put("zonepulse.ingest.drop-folder.poll-interval", "300ms");
        this.ingest = new ServiceProcess(
                "ingest-service",
                FaultMatrixSettings.ingestJar(),
                SERVICE_JVM_OPTIONS,
                ingestProperties,
                Map.of(),
                logs.resolve("ingest.log"));
    }

    /** Starts the broker, MongoDB and the proxy; the services are started by {@link #startServices}. */
    static PipelineUnderTest create(String name) {
        return new PipelineUnderTest(name);
    }

    /** Starts the given services, in parallel: on two cores their start-up is most of a row's time. */
    void startServices(List<ServiceProcess> services) {
        services.parallelStream().forEach(ServiceProcess::start);
    }

    void startAllServices() {
        startServices(List.of(store, extract, ingest));
    }

    String name() {
        return name;
    }

    ServiceProcess store() {
        return store;
    }

    ServiceProcess extract() {
        return extract;
    }

    ServiceProcess ingest() {
        return ingest;
    }

    KraftBroker broker() {
        return broker;
    }

    TcpProxy mongoProxy() {
        return mongoProxy;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    Path dropFolder() {
        return dropFolder;
    }

    /** MongoDB as it is, read around the proxy. */
    MongoDatabase database() {
        return database(DATABASE);
    }

    MongoDatabase database(String name) {
        return observer.getDatabase(name);
    }

    long count(String collection) {
        return count(DATABASE, collection);
    }

    long count(String database, String collection) {
        return database(database).getCollection(collection).countDocuments();
    }

    /**
     * A proxy of its own to the pipeline's MongoDB, so that one service's connection can be cut or slowed down alone;
     * closed with the pipeline.
     */
    TcpProxy mongoProxyOfItsOwn() {
        TcpProxy proxy = TcpProxy.to("127.0.0.1", mongo.port());
        extraProxies.add(proxy);
        return proxy;
    }

    /**
     * A second store-service, as a second deployment would be: its own consumer group and its own database on the same
     * MongoDB (reached through {@code mongo}), reading the same topics. Started with {@link #startServices}; closed
     * with the pipeline.
     */
    ServiceProcess secondStore(String group, String database, TcpProxy mongo) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.stream.kafka.binder.brokers", broker.bootstrapServers());
        properties.putAll(mongoProperties(mongo, database));
        properties.put("spring.cloud.stream.bindings.store-in-0.group", group);
        ServiceProcess store = new ServiceProcess(
                "store-service (" + group + ")",
                FaultMatrixSettings.storeJar(),
                SERVICE_JVM_OPTIONS,
                properties,
                Map.of(),
                logs.resolve(group + ".log"));
        extraServices.add(store);
        return store;
    }

    /**
     * extract-service and store-service a second time, on a broker of their own (started now) and storing into
     * {@code database}, to be fed a copy of this pipeline's raw articles ({@link DownstreamPipeline}). Their services
     * are started with {@link #startServices}; all is closed with the pipeline.
     *
     * @param name names their logs ({@code <name>-extract.log}, {@code <name>-store.log}) and extract-service's
     *     transactional id prefix
     * @param extractProperties settings of this extract-service beyond the defaults
     */
    DownstreamPipeline downstream(String name, String database, Map<String, String> extractProperties) {
        KraftBroker downstreamBroker = KraftBroker.start(WorkDirectories.recreate(
                FaultMatrixSettings.work().resolve("broker").resolve(name)));
        downstreamBroker.createTopics(PARTITIONS, Topics.ALL);
        Map<String, String> kafka =
                Map.of("spring.cloud.stream.kafka.binder.brokers", downstreamBroker.bootstrapServers());
        Map<String, String> extractConfig = new LinkedHashMap<>(kafka);
        extractConfig.putAll(extractProperties);
        ServiceProcess downstreamExtract = new ServiceProcess(
                "extract-service (" + name + ")",
                FaultMatrixSettings.extractJar(),
                SERVICE_JVM_OPTIONS,
                extractConfig,
                Map.of("HOSTNAME", name),
                logs.resolve(name + "-extract.log"));
        Map<String, String> storeConfig = new LinkedHashMap<>(kafka);
        storeConfig.putAll(mongoProperties(mongoProxy, database));
        ServiceProcess downstreamStore = new ServiceProcess(
                "store-service (" + name + ")",
                FaultMatrixSettings.storeJar(),
                SERVICE_JVM_OPTIONS,
                storeConfig,
                Map.of(),
                logs.resolve(name + "-store.log"));
        DownstreamPipeline downstream =
                new DownstreamPipeline(downstreamBroker, downstreamExtract, downstreamStore, database);
        downstreams.add(downstream);
        return downstream;
    }

    private static Map<String, String> mongoProperties(TcpProxy mongo, String database) {
        return Map.of(
                "spring.mongodb.uri",
                "mongodb://127.0.0.1:" + mongo.port() + "/" + database
                        + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000",
                "spring.mongodb.database",
                database);
    }

    /** Drops the documents in batches, {@code pause} apart, so that a fault can land while the flow is going on. */
    void feed(List<NewsDocuments.Document> documents, int batch, Duration pause) {
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).writeTo(dropFolder);
            if ((i + 1) % batch == 0 && i + 1 < documents.size()) {
                KraftBroker.pause(pause);
            }
        }
    }

    @Override
    public void close() {
        for (ServiceProcess service : List.of(ingest, extract, store)) {
            service.close();
        }
        extraServices.forEach(ServiceProcess::close);
        downstreams.forEach(DownstreamPipeline::close);
        observer.close();
        mongoProxy.close();
        extraProxies.forEach(TcpProxy::close);
        mongo.close();
        broker.close();
    }
}
