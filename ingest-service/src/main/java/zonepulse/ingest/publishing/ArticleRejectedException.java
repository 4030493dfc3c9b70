package zonepulse.ingest.publishing;

/**
 * The broker refused the article itself (it is larger than the topic accepts). Bad input, not an outage: trying
 * again cannot help, so the item is refused and recorded, not retried.
 */
public class ArticleRejectedException extends RuntimeException {
    public ArticleRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
