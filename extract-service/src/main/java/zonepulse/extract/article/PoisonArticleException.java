package zonepulse.extract.article;

/**
 * A raw article that can never be extracted: it breaks the contract or the engine refuses it. Retrying cannot
 * help, so it goes straight to the dead-letter topic with this message as the reason.
 */
public class PoisonArticleException extends RuntimeException {
    public PoisonArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
