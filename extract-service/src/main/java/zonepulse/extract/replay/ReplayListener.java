package zonepulse.extract.replay;

/**
 * Told how a replay goes: every {@code zonepulse.extract.replay.progress-interval} (after the transaction that
 * passed it), once more when it is through, and with the final report. Every {@code ReplayListener} bean of the
 * replay's context is told; the job logs through one of its own.
 */
public interface ReplayListener {
    void progress(ReplayProgress progress);

    void finished(ReplayReport report);
}
