package zonepulse.store;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.stack.ContainerInfrastructure;
import zonepulse.stack.Infrastructure;

/** The store-service contract against Kafka and MongoDB in containers; skipped where no Docker engine runs. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason =
                "no Docker engine: the same test bodies run against the in-process stack (EmbeddedStoreServiceIT)")
class ContainerStoreServiceIT extends StoreServiceContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return ContainerInfrastructure.start();
    }
}
