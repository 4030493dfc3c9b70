package zonepulse.stack;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** An in-process KRaft broker and mongo-java-server: what the tests run against on a machine without Docker. */
public final class EmbeddedInfrastructure implements Infrastructure {
    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;
    private final TcpProxy mongoProxy;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoProxy = TcpProxy.to("127.0.0.1", mongo.port());
    }

    public static EmbeddedInfrastructure start(int partitions, String... topics) {
        return new EmbeddedInfrastructure(EmbeddedKafka.start(partitions, topics), EmbeddedMongo.start());
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoProxy.port() + "/" + database;
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
        Topics.create(kafkaBootstrapServers(), 1, topics);
    }

    @Override
    public void close() {
        mongoProxy.close();
        mongo.close();
        kafka.close();
    }

    /** Topic creation through the Kafka admin client, shared by both kinds of infrastructure. */
    static final class Topics {
        private Topics() {}

        static void create(String bootstrapServers, int partitions, String... topics) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.createTopics(Arrays.stream(topics)
                                .map(topic -> new NewTopic(topic, partitions, (short) 1))
                                .toList())
                        .all()
                        .get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted creating topics", e);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics " + Arrays.toString(topics), e);
                }
            }
        }
    }
}
