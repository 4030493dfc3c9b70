package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.events.EventDate;
import zonepulse.events.Investment;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;
import zonepulse.events.Status;

/** What the rules found, before the facade stamps ids, source and extractor on it. */
public final class Drafts {
    private Drafts() {}

    /** An indicator figure; offsets are into the clean text. */
    public record Indicator(
            int quoteStart,
            int quoteEnd,
            int sentenceStart,
            int sentenceEnd,
            String region,
            String name,
            Measure measure,
            double value,
            Double upper,
            String unit,
            Quantity normalized,
            Qualifier qualifier,
            Status status,
            Period period,
            String basis,
            double confidence) {

        /** This indicator covering {@code other} instead of its own period. */
        public Indicator withPeriod(Period other) {
            return new Indicator(
                    quoteStart,
                    quoteEnd,
                    sentenceStart,
                    sentenceEnd,
                    region,
                    name,
                    measure,
                    value,
                    upper,
                    unit,
                    normalized,
                    qualifier,
                    status,
                    other,
                    basis,
                    confidence);
        }
    }

    /** A project reaching a stage; offsets are into the clean text. */
    public record Project(
            int quoteStart,
            int quoteEnd,
            int sentenceStart,
            int sentenceEnd,
            String region,
            String name,
            String projectKey,
            Stage stage,
            boolean expected,
            EventDate date,
            Investment investment,
            List<String> companies,
            double confidence) {

        /** This mention with {@code otherDate} and {@code otherInvestment} instead of its own. */
        public Project with(EventDate otherDate, Investment otherInvestment) {
            return new Project(
                    quoteStart,
                    quoteEnd,
                    sentenceStart,
                    sentenceEnd,
                    region,
                    name,
                    projectKey,
                    stage,
                    expected,
                    otherDate,
                    otherInvestment,
                    companies,
                    confidence);
        }
    }

    /** Everything one document yielded. */
    public record Found(List<Indicator> indicators, List<Project> projects) {}
}
