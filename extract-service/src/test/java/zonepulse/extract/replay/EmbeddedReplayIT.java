package zonepulse.extract.replay;

import zonepulse.stack.EmbeddedInfrastructure;
import zonepulse.stack.Infrastructure;

/** The replay contract against an in-process KRaft broker. */
class EmbeddedReplayIT extends ReplayContract {
    @Override
    protected Infrastructure startInfrastructure() {
        return EmbeddedInfrastructure.start(2);
    }
}
