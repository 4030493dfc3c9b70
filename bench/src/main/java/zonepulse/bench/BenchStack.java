package zonepulse.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import zonepulse.events.Topics;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.stack.process.KraftBroker;
import zonepulse.stack.process.WorkDirectories;

/**
 * The infrastructure of one measurement, fresh for each so that none inherits another's data or load: a KRaft broker
 * in a process of its own with the contract's topics ({@value #PARTITIONS} partitions each, their contract
 * configuration), and mongo-java-server in this JVM (the same in-memory server the demo and the tests use; every
 * contender of a comparison writes to the same kind of server, each to a fresh one).
 */
final class BenchStack implements AutoCloseable {
    static final int PARTITIONS = 2;
    /** The services' database, as configured in production. */
    static final String DATABASE = "zonepulse";

    /** The broker with the JIT's full tiers and the default collector: it serves every contender, and is not measured. */
    private static final List<String> BROKER_JVM_OPTIONS = List.of("-Xmx512m");

    private final Path directory;
    private final KraftBroker broker;
    private final EmbeddedMongo mongo;
    private final MongoClient client;

    private BenchStack(Path directory, KraftBroker broker, EmbeddedMongo mongo) {
        this.directory = directory;
        this.broker = broker;
        this.mongo = mongo;
        this.client = MongoClients.create(mongo.uri(DATABASE));
    }

    /** Starts a broker (its data and log under {@code directory}, emptied first) and a MongoDB-compatible server. */
    static BenchStack start(Path directory) {
        WorkDirectories.recreate(directory);
        KraftBroker broker = KraftBroker.start(directory.resolve("broker"), BROKER_JVM_OPTIONS);
        try {
            broker.createTopics(PARTITIONS, Topics.ALL);
            return new BenchStack(directory, broker, EmbeddedMongo.start());
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    Path directory() {
        return directory;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A connection string for {@code database} on this stack's server. */
    String mongoUri(String database) {
        return mongo.uri(database);
    }

    MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /**
     * How many documents the collections of {@code database} hold together, by the server's count of each (a
     * collection's size, not a scan: it is asked every few milliseconds while a contender writes).
     */
    long count(String database, List<String> collections) {
        MongoDatabase db = client.getDatabase(database);
        long total = 0;
        for (String collection : collections) {
            total += db.getCollection(collection).estimatedDocumentCount();
        }
        return total;
    }

    @Override
    public void close() {
        client.close();
        mongo.close();
        broker.close();
    }
}
