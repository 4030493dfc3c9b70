package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import zonepulse.events.Period;
import zonepulse.extraction.internal.time.TimeMention;

/**
 * Test-scope access to {@link TimeResolver} for {@code suites.SuiteRunner}: the period of a mention resolved against
 * a reference date, as an article published that day would resolve it (no context year, no previous mention).
 */
public final class SuiteTimes {
    private SuiteTimes() {}

    public static Period period(TimeMention m, LocalDate reference) {
        return new TimeResolver(reference, reference.getYear()).period(m, 0, 0, false);
    }
}
