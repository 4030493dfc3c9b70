package zonepulse.stack;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Kafka (KRaft) and MongoDB (a single-node replica set) in containers, for machines with a Docker engine. Tests
 * check {@link #dockerAvailable()} and are skipped, saying why, when there is none.
 */
public final class ContainerInfrastructure implements Infrastructure {
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    public static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;
    private final TcpProxy mongoProxy;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoProxy = TcpProxy.to(mongo.getHost(), mongo.getMappedPort(27017));
    }

    /** True when a Docker engine answers. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static ContainerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new ContainerInfrastructure(kafka, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        // directConnection: the replica set advertises the container's own address, which the proxy hides
        return "mongodb://127.0.0.1:" + mongoProxy.port() + "/" + database + "?directConnection=true";
    }

    @Override
    public void interruptMongo() {
        mongoProxy.cut();
    }

    @Override
    public void restoreMongo() {
        mongoProxy.restore();
    }

    @Override
    public void createTopics(String... topics) {
        EmbeddedInfrastructure.Topics.create(kafkaBootstrapServers(), 1, topics);
    }

    @Override
    public void close() {
        mongoProxy.close();
        mongo.stop();
        kafka.stop();
    }
}
