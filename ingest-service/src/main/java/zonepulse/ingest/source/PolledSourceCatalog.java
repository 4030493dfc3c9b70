package zonepulse.ingest.source;

import java.util.List;

/** Several {@link PolledSource}s declared by one configuration (one per configured feed). */
@FunctionalInterface
public interface PolledSourceCatalog {
    List<PolledSource> sources();
}
