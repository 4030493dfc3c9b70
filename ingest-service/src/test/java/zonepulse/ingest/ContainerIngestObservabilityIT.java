package zonepulse.ingest;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.events.Topics;
import zonepulse.stack.ContainerInfrastructure;
import zonepulse.stack.Infrastructure;

/** The ingest-service observability contract against Kafka and MongoDB in containers; skipped where no Docker engine runs. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason =
                "no Docker engine: the same test bodies run against the in-process stack (EmbeddedIngestObservabilityIT)")
class ContainerIngestObservabilityIT extends IngestObservabilityContract {
    @Override
    Infrastructure startInfrastructure() {
        ContainerInfrastructure infrastructure = ContainerInfrastructure.start();
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        return infrastructure;
    }
}
