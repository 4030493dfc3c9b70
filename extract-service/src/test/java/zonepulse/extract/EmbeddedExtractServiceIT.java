package zonepulse.extract;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The extract-service contract against an in-process KRaft broker. */
class EmbeddedExtractServiceIT extends ExtractServiceContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
