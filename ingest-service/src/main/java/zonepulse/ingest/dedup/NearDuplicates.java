package zonepulse.ingest.dedup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import zonepulse.extraction.Fingerprint;

/**
 * Fingerprints articles and places them in near-duplicate clusters, as {@link DedupProperties} say. The index is in
 * memory; its entries are also saved in a {@link FingerprintStore}, from which the most recent are loaded on first
 * use, so clusters survive a restart. A store that cannot be read or written costs only that: clustering goes on in
 * memory.
 */
@Component
public class NearDuplicates {
    private static final Logger log = LoggerFactory.getLogger(NearDuplicates.class);

    private final DedupProperties properties;
    private final NearDuplicateIndex index;
    private final FingerprintStore store;
    private final Clock clock;
    private volatile boolean loaded;

    /** Clusters in memory only. */
    public NearDuplicates(DedupProperties properties) {
        this(properties, FingerprintStore.NONE, Clock.systemUTC());
    }

    @Autowired
    public NearDuplicates(DedupProperties properties, FingerprintStore store, Clock clock) {
        this.properties = properties;
        this.index = new NearDuplicateIndex(properties.maxDistance(), properties.capacity());
        this.store = store;
        this.clock = clock;
    }

    /** An article to place in a cluster: its id and content, HTML or not. */
    public record Text(String articleId, String content, boolean html) {}

    /** The article's cluster, or empty when dedup is off or its text is too short to fingerprint. */
    public Optional<NearDuplicateIndex.Match> assign(String articleId, String content, boolean html) {
        return assign(List.of(new Text(articleId, content, html))).get(0);
    }

    /**
     * Each article's cluster, or empty when dedup is off or its text is too short to fingerprint: assigned in order,
     * so an article may be the near-duplicate of one before it in the list; their fingerprints are then saved in one
     * write.
     */
    public List<Optional<NearDuplicateIndex.Match>> assign(List<Text> texts) {
        if (!properties.enabled()) {
            return texts.stream()
                    .map(text -> Optional.<NearDuplicateIndex.Match>empty())
                    .toList();
        }
        load();
        List<Optional<NearDuplicateIndex.Match>> matches = new ArrayList<>(texts.size());
        List<FingerprintStore.Stored> assigned = new ArrayList<>();
        for (Text article : texts) {
            String text = textOf(article.content(), article.html());
            if (text.codePointCount(0, text.length()) < properties.minTextLength()) {
                matches.add(Optional.empty());
                continue;
            }
            long fingerprint = Fingerprint.simHash(text);
            NearDuplicateIndex.Match match = index.assign(article.articleId(), fingerprint);
            matches.add(Optional.of(match));
            assigned.add(new FingerprintStore.Stored(article.articleId(), fingerprint, match.clusterId()));
        }
        if (!assigned.isEmpty()) {
            try {
                store.save(assigned, clock.instant());
            } catch (RuntimeException e) {
                log.warn(
                        "{} fingerprints not saved, their clusters are kept in memory only: {}",
                        assigned.size(),
                        e.toString());
            }
        }
        return matches;
    }

    /** What an article is fingerprinted by: its text (HTML reduced to text), letters and digits only, lower-case. */
    static String textOf(String content, boolean html) {
        return Fingerprint.normalise(html ? Jsoup.parse(content).text() : content);
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            try {
                List<FingerprintStore.Stored> recent = store.recent(properties.capacity());
                for (int i = recent.size() - 1; i >= 0; i--) {
                    FingerprintStore.Stored stored = recent.get(i);
                    index.restore(stored.articleId(), stored.fingerprint(), stored.clusterId());
                }
                loaded = true;
                if (!recent.isEmpty()) {
                    log.info("near-duplicate index loaded with {} fingerprints", recent.size());
                }
            } catch (RuntimeException e) {
                log.warn("near-duplicate fingerprints not loaded, tried again with the next article: {}", e.toString());
            }
        }
    }
}
