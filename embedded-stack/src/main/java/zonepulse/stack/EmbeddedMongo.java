package zonepulse.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * A MongoDB-compatible server (mongo-java-server) in this JVM, spoken to through the real MongoDB Java driver. It
 * has no sessions, transactions or {@code $text}: the services use none of them. The oplog is on, so change streams
 * work.
 */
public final class EmbeddedMongo implements AutoCloseable {
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Starts a server on a free port on the loopback interface. */
    public static EmbeddedMongo start() {
        return start(0);
    }

    /** Starts a server on {@code port} (0 for a free one) on the loopback interface. */
    public static EmbeddedMongo start(int port) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.enableOplog();
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    public int port() {
        return address.getPort();
    }

    /** A connection string for the given database. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
