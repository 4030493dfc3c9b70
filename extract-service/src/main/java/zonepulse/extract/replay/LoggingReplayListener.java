package zonepulse.extract.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress and the final report in the log, where an operator following a Job's logs sees them. */
final class LoggingReplayListener implements ReplayListener {
    private static final Logger log = LoggerFactory.getLogger(ReplayJob.class);

    @Override
    public void progress(ReplayProgress progress) {
        log.info("replay: {}", progress.describe());
    }

    @Override
    public void finished(ReplayReport report) {
        log.info("replay done: {}", report.describe());
    }
}
