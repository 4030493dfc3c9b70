package zonepulse.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import zonepulse.events.Topics;

/**
 * The contract topics as the broker holds them once the stack created them: read back through an admin client, not
 * taken from the map they were created from. Bodies shared by the in-process and container stacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TopicConfigurationContract {
    private Infrastructure infrastructure;
    private Admin admin;

    /** The infrastructure with the contract topics created the way tests and the demo create them. */
    protected abstract Infrastructure startInfrastructure();

    @BeforeAll
    void start() {
        infrastructure = startInfrastructure();
        admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    void stop() {
        if (admin != null) {
            admin.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private Config configOf(String topic) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }

    @Test
    void rawArticlesAreCompactedByArticleIdWithNoTimeBasedDeletion() throws Exception {
        Config raw = configOf(Topics.ARTICLES_RAW);
        assertThat(raw.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(raw.get("min.compaction.lag.ms").value()).isEqualTo("604800000");
        assertThat(raw.get("max.message.bytes").value()).isEqualTo("26214400");
    }

    @Test
    void extractedSummariesAreCompacted() throws Exception {
        assertThat(configOf(Topics.ARTICLES_EXTRACTED).get("cleanup.policy").value())
                .isEqualTo("compact");
    }

    @Test
    void everyContractTopicHasItsDeclaredConfiguration() throws Exception {
        for (String topic : Topics.ALL) {
            Config config = configOf(topic);
            Topics.configOf(topic)
                    .forEach((name, value) -> assertThat(config.get(name).value())
                            .as("%s %s", topic, name)
                            .isEqualTo(value));
        }
        assertThat(configOf(Topics.EVENTS_INDICATORS).get("cleanup.policy").value())
                .isEqualTo("delete");
    }
}
