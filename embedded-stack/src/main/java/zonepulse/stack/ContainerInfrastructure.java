package zonepulse.stack;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Kafka (KRaft) and MongoDB (a single-node replica set) in containers, for machines with a Docker engine. Tests
 * check {@link #dockerAvailable()} and are skipped, saying why, when there is none.
 */
public final class ContainerInfrastructure extends ProxiedInfrastructure {
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    public static final String MONGO_IMAGE = "mongo:8.0";

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        // directConnection: the replica set advertises the container's own address, which the proxy hides
        super(mongo.getHost(), mongo.getMappedPort(27017), "?directConnection=true");
        this.kafka = kafka;
        this.mongo = mongo;
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
    void closeServers() {
        mongo.stop();
        kafka.stop();
    }
}
