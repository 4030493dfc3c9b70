package zonepulse.store;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The store-service observability contract against an in-process KRaft broker and mongo-java-server. */
class EmbeddedStoreObservabilityIT extends StoreObservabilityContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
