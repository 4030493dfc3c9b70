package zonepulse.extract.replay;

/** The outcome of the replay a replay-mode context ran while it started. */
@FunctionalInterface
public interface ReplayOutcome {
    /**
     * The report of the replay.
     *
     * @throws ReplayFailedException when it failed
     */
    ReplayReport report();
}
