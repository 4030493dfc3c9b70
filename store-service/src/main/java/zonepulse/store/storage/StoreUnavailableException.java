package zonepulse.store.storage;

/** The database could not be reached. An outage, not bad input: the message is retried, never dead-lettered. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
