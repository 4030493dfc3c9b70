package zonepulse.stack;

/**
 * The Kafka broker and MongoDB server an integration test runs against: in-process ({@link EmbeddedInfrastructure})
 * or in containers ({@link ContainerInfrastructure}). Test bodies are written once against this interface and run
 * against both. MongoDB is reached through a {@link TcpProxy}, so a test can take it away and bring it back.
 */
public interface Infrastructure extends AutoCloseable {
    String kafkaBootstrapServers();

    /** A connection string for the given database, through the proxy. */
    String mongoUri(String database);

    /** Makes MongoDB unreachable: open connections are reset and new ones refused. */
    void interruptMongo();

    /** Makes MongoDB reachable again. */
    void restoreMongo();

    /** Makes every MongoDB round trip take at least {@code latency} (zero: full speed again). */
    void slowMongo(java.time.Duration latency);

    /** Creates topics on the broker, each with its contract configuration ({@link zonepulse.events.Topics#configOf}). */
    void createTopics(String... topics);

    @Override
    void close();
}
