package zonepulse.ingest.feed;

/** A feed body that is bad input: malformed, hostile XML, not a feed. */
public class FeedRefusedException extends Exception {
    public FeedRefusedException(String reason) {
        super(reason);
    }

    public FeedRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
