package zonepulse.stack;

import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import zonepulse.events.Topics;

/**
 * A real Kafka broker (KRaft mode) running in this JVM, for tests and the local demo. One node, so the internal
 * topics that transactions and consumer groups need are configured for a replication factor of one.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /**
     * Starts a one-node broker with the given topics already created, each with its contract configuration
     * ({@link Topics#configOf}: the raw and extracted topics compacted, as in production).
     *
     * @param partitions partitions of each topic
     * @param topics topics to create
     */
    public static EmbeddedKafka start(int partitions, String... topics) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.brokerProperties(Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "5",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true",
                // on the loopback interface only, named as the test kit names its listeners (its default host is
                // empty for one of them: every interface)
                "listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0",
                // as the production topics: documents up to 25 MiB
                "message.max.bytes", "26214400",
                "num.partitions", Integer.toString(partitions)));
        broker.afterPropertiesSet();
        EmbeddedKafka kafka = new EmbeddedKafka(broker);
        kafka.createTopics(topics);
        return kafka;
    }

    /** The bootstrap servers to give clients: host:port[,host:port]. */
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Creates more topics, each with its contract configuration ({@link Topics#configOf}). */
    public void createTopics(String... topics) {
        if (topics.length > 0) {
            broker.addTopics(Arrays.stream(topics)
                    .map(topic -> new NewTopic(topic, broker.getPartitionsPerTopic(), (short) 1)
                            .configs(Topics.configOf(topic)))
                    .toArray(NewTopic[]::new));
        }
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
