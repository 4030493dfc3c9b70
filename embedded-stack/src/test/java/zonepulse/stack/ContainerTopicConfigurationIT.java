package zonepulse.stack;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.events.Topics;

/** The topic configuration on Kafka in a container; skipped where no Docker engine runs. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason =
                "no Docker engine: the same test bodies run against the in-process stack (EmbeddedTopicConfigurationIT)")
class ContainerTopicConfigurationIT extends TopicConfigurationContract {
    @Override
    protected Infrastructure startInfrastructure() {
        Infrastructure infrastructure = ContainerInfrastructure.start();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        return infrastructure;
    }
}
