package zonepulse.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A fetched and decoded document, as published on {@link Topics#ARTICLES_RAW} keyed by {@link #articleId()}.
 *
 * @param schema always {@link #SCHEMA}
 * @param articleId {@link Ids#articleId(String)} of the canonical URI
 * @param contentHash hex SHA-256 of {@link #content()}
 * @param source where it came from
 * @param fetchedAt when it was fetched or picked up
 * @param mediaType text/html, text/markdown or text/plain
 * @param content the decoded document text, front matter included
 * @param metadata what the source stated about it
 */
public record RawArticle(
        String schema,
        String articleId,
        String contentHash,
        ArticleSource source,
        Instant fetchedAt,
        String mediaType,
        String content,
        ArticleMetadata metadata) {

    public static final String SCHEMA = "raw-article/1";

    public RawArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        schema = schema == null ? SCHEMA : schema;
        metadata = metadata == null ? ArticleMetadata.empty() : metadata;
    }

    /** A raw article whose ids are derived from its canonical URI and content, as the contract requires. */
    public static RawArticle of(
            ArticleSource source, Instant fetchedAt, String mediaType, String content, ArticleMetadata metadata) {
        return new RawArticle(
                SCHEMA,
                Ids.articleId(source.uri()),
                Ids.sha256Hex(content),
                source,
                fetchedAt,
                mediaType,
                content,
                metadata);
    }
}
