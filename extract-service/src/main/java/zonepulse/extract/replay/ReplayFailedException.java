package zonepulse.extract.replay;

/**
 * A replay that cannot go on: Kafka unreachable for longer than the idle timeout, the producer fenced or not
 * authorised. What was committed before stays (ids are deterministic: running the replay again is safe).
 */
public class ReplayFailedException extends RuntimeException {
    public ReplayFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
