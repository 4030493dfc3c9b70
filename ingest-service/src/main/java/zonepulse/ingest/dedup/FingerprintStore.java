package zonepulse.ingest.dedup;

import java.time.Instant;
import java.util.List;

/** Where fingerprints outlive the process, so near-duplicate clusters survive a restart. */
public interface FingerprintStore {
    /** A remembered fingerprint. */
    record Stored(String articleId, long fingerprint, String clusterId) {}

    /** Keeps (or replaces) these articles' fingerprints and clusters, in one round trip; at most one per article. */
    void save(List<Stored> fingerprints, Instant at);

    /** The most recently saved fingerprints, newest first. */
    List<Stored> recent(int limit);

    /** Remembers nothing: clusters start afresh with each process. */
    FingerprintStore NONE = new FingerprintStore() {
        @Override
        public void save(List<Stored> fingerprints, Instant at) {}

        @Override
        public List<Stored> recent(int limit) {
            return List.of();
        }
    };
}
