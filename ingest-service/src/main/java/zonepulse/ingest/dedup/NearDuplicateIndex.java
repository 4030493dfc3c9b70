package zonepulse.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonepulse.extraction.Fingerprint;

/**
 * The fingerprints of recent articles, to find an article's near-duplicates: those within {@code maxDistance} bits.
 * The 64 bits are cut into {@code maxDistance + 1} bands, each indexed: two fingerprints at most {@code maxDistance}
 * bits apart agree on at least one whole band (pigeonhole), so the lookup is exact. Holds the {@code capacity} most recent articles, in
 * memory; a restart starts with an empty index (an article seen before the restart starts a new cluster).
 */
public final class NearDuplicateIndex {
    /** Where an article belongs: its cluster, and the closest earlier article if it is a near-duplicate. */
    public record Match(String clusterId, String duplicateOf, int distance) {
        public boolean isDuplicate() {
            return duplicateOf != null;
        }
    }

    private record Entry(String articleId, long fingerprint, String clusterId) {}

    private final int maxDistance;
    private final int capacity;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();
    private final int[] bandStart;
    private final int[] bandWidth;

    public NearDuplicateIndex(int maxDistance, int capacity) {
        this.maxDistance = maxDistance;
        this.capacity = capacity;
        int count = maxDistance + 1;
        bandStart = new int[count];
        bandWidth = new int[count];
        for (int i = 0, start = 0; i < count; i++) {
            bandWidth[i] = 64 / count + (i < 64 % count ? 1 : 0);
            bandStart[i] = start;
            start += bandWidth[i];
            bands.add(new HashMap<>());
        }
    }

    /**
     * Assigns the article a cluster and remembers its fingerprint. A new version of an article already indexed keeps
     * its cluster. Articles are never their own duplicates.
     */
    public synchronized Match assign(String articleId, long fingerprint) {
        Entry known = entries.get(articleId);
        Entry closest = null;
        int best = Integer.MAX_VALUE;
        for (int band = 0; band < bands.size(); band++) {
            for (Entry candidate : bands.get(band).getOrDefault(bandOf(fingerprint, band), List.of())) {
                if (candidate.articleId().equals(articleId)) {
                    continue;
                }
                int d = Fingerprint.distance(fingerprint, candidate.fingerprint());
                if (d <= maxDistance && d < best) {
                    best = d;
                    closest = candidate;
                }
            }
        }
        String clusterId = known != null ? known.clusterId() : closest != null ? closest.clusterId() : articleId;
        if (known != null) {
            remove(known);
        }
        add(new Entry(articleId, fingerprint, clusterId));
        return closest == null ? new Match(clusterId, null, -1) : new Match(clusterId, closest.articleId(), best);
    }

    /** Puts back a fingerprint remembered from before, with its cluster (oldest first, so capacity keeps the newest). */
    public synchronized void restore(String articleId, long fingerprint, String clusterId) {
        Entry known = entries.get(articleId);
        if (known != null) {
            remove(known);
        }
        add(new Entry(articleId, fingerprint, clusterId == null ? articleId : clusterId));
    }

    public synchronized Optional<String> clusterOf(String articleId) {
        return Optional.ofNullable(entries.get(articleId)).map(Entry::clusterId);
    }

    public synchronized int size() {
        return entries.size();
    }

    private void add(Entry entry) {
        entries.put(entry.articleId(), entry);
        for (int band = 0; band < bands.size(); band++) {
            bands.get(band)
                    .computeIfAbsent(bandOf(entry.fingerprint(), band), k -> new ArrayList<>())
                    .add(entry);
        }
        while (entries.size() > capacity) {
            remove(entries.values().iterator().next());
        }
    }

    private void remove(Entry entry) {
        entries.remove(entry.articleId());
        for (int band = 0; band < bands.size(); band++) {
            long key = bandOf(entry.fingerprint(), band);
            List<Entry> list = bands.get(band).get(key);
            if (list != null) {
                list.remove(entry);
                if (list.isEmpty()) {
                    bands.get(band).remove(key);
                }
            }
        }
    }

    private long bandOf(long fingerprint, int band) {
        long mask = bandWidth[band] == 64 ? -1L : (1L << bandWidth[band]) - 1;
        return (fingerprint >>> bandStart[band]) & mask;
    }
}
