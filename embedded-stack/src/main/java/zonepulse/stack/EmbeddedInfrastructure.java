package zonepulse.stack;

/** An in-process KRaft broker and mongo-java-server: what the tests run against on a machine without Docker. */
public final class EmbeddedInfrastructure extends ProxiedInfrastructure {
    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        super("127.0.0.1", mongo.port(), "");
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /**
     * Starts the broker and the server.
     *
     * @param partitions partitions of each topic, including those created later
     * @param topics topics to create now
     */
    public static EmbeddedInfrastructure start(int partitions, String... topics) {
        return new EmbeddedInfrastructure(EmbeddedKafka.start(partitions, topics), EmbeddedMongo.start());
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    void closeServers() {
        mongo.close();
        kafka.close();
    }
}
