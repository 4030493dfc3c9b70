package zonepulse.ingest;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The ingest-service observability contract against an in-process KRaft broker and mongo-java-server. */
class EmbeddedIngestObservabilityIT extends IngestObservabilityContract {
    @Override
    Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
