package zonepulse.store;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The store-service contract against an in-process KRaft broker and mongo-java-server. */
class EmbeddedStoreServiceIT extends StoreServiceContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
