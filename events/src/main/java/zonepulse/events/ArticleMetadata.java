package zonepulse.events;

import java.time.Instant;
import java.util.List;

/**
 * What the source itself stated about an article; every field is optional.
 *
 * @param title the title as the source gave it
 * @param publishedAt the publication time as the source gave it
 * @param author the author or publisher
 * @param categories the source's categories, in its order
 */
public record ArticleMetadata(String title, Instant publishedAt, String author, List<String> categories) {
    public ArticleMetadata {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, List.of());
    }
}
