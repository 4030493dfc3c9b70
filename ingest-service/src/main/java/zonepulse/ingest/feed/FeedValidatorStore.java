package zonepulse.ingest.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a feed's HTTP validators are kept between polls and across restarts, so that the first poll after a
 * restart is conditional too and costs nothing when the feed has not changed.
 */
public interface FeedValidatorStore {
    /**
     * A feed's validators as its last complete poll left them.
     *
     * @param etag the ETag, or null
     * @param lastModified the Last-Modified date as the server wrote it, or null
     */
    record Validators(String etag, String lastModified) {}

    Optional<Validators> load(String feedUri);

    void save(String feedUri, Validators validators);

    /** Kept in this process only (tests, or a deployment that accepts one full fetch per feed after a restart). */
    static FeedValidatorStore inMemory() {
        Map<String, Validators> validators = new ConcurrentHashMap<>();
        return new FeedValidatorStore() {
            @Override
            public Optional<Validators> load(String feedUri) {
                return Optional.ofNullable(validators.get(feedUri));
            }

            @Override
            public void save(String feedUri, Validators v) {
                validators.put(feedUri, v);
            }
        };
    }
}
