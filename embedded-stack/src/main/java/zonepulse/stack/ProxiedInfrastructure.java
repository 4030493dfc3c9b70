package zonepulse.stack;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import zonepulse.events.Topics;

/**
 * What both kinds of infrastructure share: MongoDB reached through a {@link TcpProxy} that tests can cut, and topic
 * creation through the Kafka admin client, each topic with its contract configuration ({@link Topics#configOf}).
 */
abstract class ProxiedInfrastructure implements Infrastructure {
    private final TcpProxy mongoProxy;
    private final String mongoOptions;

    /**
     * @param mongoHost where MongoDB listens
     * @param mongoPort its port
     * @param mongoOptions connection-string options every client needs for this server ("" for none)
     */
    ProxiedInfrastructure(String mongoHost, int mongoPort, String mongoOptions) {
        this.mongoProxy = TcpProxy.to(mongoHost, mongoPort);
        this.mongoOptions = mongoOptions;
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoProxy.port() + "/" + database + mongoOptions;
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
    public void slowMongo(java.time.Duration latency) {
        mongoProxy.slowDown(latency);
    }

    @Override
    public void createTopics(String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            admin.createTopics(Arrays.stream(topics)
                            .map(topic -> new NewTopic(topic, 1, (short) 1).configs(Topics.configOf(topic)))
                            .toList())
                    .all()
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics " + Arrays.toString(topics), e);
            }
        }
    }

    @Override
    public final void close() {
        mongoProxy.close();
        closeServers();
    }

    /** Stops the broker and the database. */
    abstract void closeServers();
}
