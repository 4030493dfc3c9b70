package zonepulse.extract;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The extract-service observability contract against an in-process KRaft broker. */
class EmbeddedExtractObservabilityIT extends ExtractObservabilityContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
