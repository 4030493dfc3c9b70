package zonepulse.extraction;

import java.time.Instant;
import java.util.Objects;
import zonepulse.events.RawArticle;

/**
 * One document to extract from.
 *
 * @param articleId the article's id ({@link zonepulse.events.Ids#articleId(String)} of its canonical URI)
 * @param sourceUri the URI (or, for the CLI, the path) to put in each event's {@code source.uri}
 * @param mediaType text/html, text/markdown or text/plain; a document's front matter is recognised in any of them
 * @param content the decoded document text
 * @param title the title stated by the source, or null (the document's own is then used)
 * @param publishedAt the publication time stated by the source or the caller, or null (the document's own is
 *     then used; where none is known, relative periods stay unresolved)
 * @param fetchedAt when this version of the document was fetched (its content version, carried into every event's
 *     {@code source.fetchedAt}), or null when unknown
 */
public record ExtractionInput(
        String articleId,
        String sourceUri,
        String mediaType,
        String content,
        String title,
        Instant publishedAt,
        Instant fetchedAt) {

    public ExtractionInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceUri, "sourceUri");
        Objects.requireNonNull(content, "content");
        mediaType = mediaType == null ? "text/plain" : mediaType;
    }

    /** A document whose content version is unknown (the CLI, tests). */
    public ExtractionInput(
            String articleId, String sourceUri, String mediaType, String content, String title, Instant publishedAt) {
        this(articleId, sourceUri, mediaType, content, title, publishedAt, null);
    }

    /** The input for a raw article taken off {@code news.articles.raw}. */
    public static ExtractionInput of(RawArticle article) {
        return new ExtractionInput(
                article.articleId(),
                article.source().uri(),
                article.mediaType(),
                article.content(),
                article.metadata().title(),
                article.metadata().publishedAt(),
                article.fetchedAt());
    }
}
