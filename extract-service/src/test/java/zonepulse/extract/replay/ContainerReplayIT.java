package zonepulse.extract.replay;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.stack.ContainerInfrastructure;
import zonepulse.stack.Infrastructure;

/** The replay contract against Kafka in a container; skipped where no Docker engine runs. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason = "no Docker engine: the same test bodies run against the in-process stack (EmbeddedReplayIT)")
class ContainerReplayIT extends ReplayContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return ContainerInfrastructure.start();
    }
}
