package zonepulse.ingest;

import org.junit.jupiter.api.condition.EnabledIf;
import zonepulse.events.Topics;
import zonepulse.stack.ContainerInfrastructure;
import zonepulse.stack.Infrastructure;

/** The drop-folder contract on Kafka and MongoDB in containers; skipped where there is no Docker engine. */
@EnabledIf(
        value = "zonepulse.stack.ContainerInfrastructure#dockerAvailable",
        disabledReason =
                "no Docker engine: the same test bodies run against the in-process stack (EmbeddedDropFolderIngestIT)")
class ContainerDropFolderIngestIT extends DropFolderIngestContract {
    @Override
    Infrastructure startInfrastructure() {
        ContainerInfrastructure infrastructure = ContainerInfrastructure.start();
        infrastructure.createTopics(Topics.ARTICLES_RAW);
        return infrastructure;
    }
}
