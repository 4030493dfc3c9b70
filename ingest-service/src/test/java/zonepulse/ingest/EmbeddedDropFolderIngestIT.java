package zonepulse.ingest;

import zonepulse.events.Topics;
import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The drop-folder contract on an in-process KRaft broker and mongo-java-server. */
class EmbeddedDropFolderIngestIT extends DropFolderIngestContract {
    @Override
    Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2, Topics.ARTICLES_RAW);
    }
}
