package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What the source itself stated about an article, and what ingest-service found out about it; every field is
 * optional. The last three are additive (raw-article/1 still): absent rather than null when unknown, so messages
 * without them are written exactly as before.
 *
 * @param title the title as the source gave it
 * @param publishedAt the publication time as the source gave it
 * @param author the author or publisher
 * @param categories the source's categories, in its order
 * @param link the article's link as the source gave it (a feed item's link, a pushed URL), before canonicalisation
 * @param clusterId the near-duplicate cluster the article belongs to: the articleId of the first article of the same
 *     story that ingest-service saw (its own id when it is that first one); absent when it was not fingerprinted
 * @param duplicateOf the articleId of the closest earlier article of the same story (syndicated copy, other
 *     boilerplate), when there is one; downstream counts a story once per clusterId and keeps every source
 */
public record ArticleMetadata(
        String title,
        Instant publishedAt,
        String author,
        List<String> categories,
        @JsonInclude(JsonInclude.Include.NON_NULL) String link,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clusterId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf) {
    public ArticleMetadata {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** What a source stated, with nothing found out yet. */
    public ArticleMetadata(String title, Instant publishedAt, String author, List<String> categories) {
        this(title, publishedAt, author, categories, null, null, null);
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, List.of());
    }

    /** The same metadata in the near-duplicate cluster {@code clusterId}, a copy of {@code duplicateOf} if not null. */
    public ArticleMetadata withCluster(String clusterId, String duplicateOf) {
        return new ArticleMetadata(title, publishedAt, author, categories, link, clusterId, duplicateOf);
    }
}
