package zonepulse.store;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.events.Topics;
import zonepulse.stack.ContainerInfrastructure;
import zonepulse.stack.Infrastructure;

/** The store-service observability contract against Kafka and MongoDB in containers; skipped where no Docker engine runs. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason =
                "no Docker engine: the same test bodies run against the in-process stack (EmbeddedStoreObservabilityIT)")
class ContainerStoreObservabilityIT extends StoreObservabilityContract {
    @Override
    protected Infrastructure startInfrastructure() {
        ContainerInfrastructure infrastructure = ContainerInfrastructure.start();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        return infrastructure;
    }
}
