package zonepulse.store.intake;

/** A message that breaks the contract. Bad input: dead-lettered at once, never retried. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
