package zonepulse.events;

import java.util.Objects;

/**
 * Where a raw article was found.
 *
 * @param type the kind of source
 * @param uri the canonical URI of the item (a {@code file:} URI for a dropped file)
 * @param feed the feed's URI when the item came from a feed, otherwise null
 */
public record ArticleSource(SourceType type, String uri, String feed) {
    public ArticleSource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(uri, "uri");
    }
}
