package zonepulse.store.readapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import zonepulse.events.EventDate;
import zonepulse.events.EventSource;
import zonepulse.events.Evidence;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Investment;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;
import zonepulse.events.Status;

/**
 * The response bodies of the read API v1: typed, in the contract's field names and nested records (source, period,
 * evidence …), with no MongoDB field. Kept in one place so the API's whole shape reads at a glance.
 */
final class ApiRecords {
    private ApiRecords() {}

    @Schema(description = "One page of a list, and the link to the next page (null on the last).")
    record Page<T>(
            List<T> items,

            @Schema(
                    description =
                            "path and query of the next page (same filters, its cursor), or null on the last page")
            String next) {}

    @Schema(description = "An indicator event: a reported figure.")
    record Indicator(
            String eventId,
            String articleId,
            EventSource source,
            String extractor,
            String region,

            @Schema(description = "the name as the text gives it")
            String indicator,

            @Schema(description = "the name with known abbreviations written out (规上 → 规模以上)")
            String canonicalIndicator,

            Measure measure,
            double value,
            Double upper,
            String unit,
            Quantity normalized,
            Qualifier qualifier,
            Status status,
            Period period,
            String basis,
            Evidence evidence,
            double confidence,

            @Schema(
                    description =
                            "true for an event of an older generation of its article (only with include=superseded)")
            boolean superseded) {

        static Indicator of(IndicatorEvent e, boolean superseded, IndicatorNames names) {
            return new Indicator(
                    e.eventId(),
                    e.articleId(),
                    e.source(),
                    e.extractor(),
                    e.region(),
                    e.indicator(),
                    names.canonical(e.indicator()),
                    e.measure(),
                    e.value(),
                    e.upper(),
                    e.unit(),
                    e.normalized(),
                    e.qualifier(),
                    e.status(),
                    e.period(),
                    e.basis(),
                    e.evidence(),
                    e.confidence(),
                    superseded);
        }
    }

    @Schema(description = "One report of a figure in a series.")
    record Report(
            String eventId,
            String articleId,
            String indicator,
            double value,
            Double upper,
            String unit,
            Quantity normalized,
            Qualifier qualifier,
            Period period,
            EventSource source,
            Evidence evidence,
            boolean superseded) {}

    @Schema(description = "One period of a series' actual figures, with every report of it.")
    record SeriesPoint(
            Period period,

            @Schema(description = "the figure in base units, from the first exactly stated report (else the first)")
            Quantity value,

            @Schema(description = "true when the reports disagree beyond the rounding of their stated digits")
            boolean conflict,

            List<Report> reports) {}

    @Schema(description = "A target or forecast, and the actual figure of the same period when one was reported.")
    record Plan(
            Status status,
            Period period,
            Quantity value,
            List<Report> reports,

            @Schema(description = "the actual point of the same period, or null")
            SeriesPoint actual,

            @Schema(description = "for a target with an actual: whether it was met; else null")
            Boolean met) {}

    @Schema(description = "An indicator's figures of one region and measure, period by period.")
    record Series(
            String region,
            @Schema(description = "the canonical name") String indicator,

            @Schema(description = "the spellings matched (as written and canonical)")
            List<String> spellings,

            Measure measure,
            List<SeriesPoint> points,

            @Schema(description = "targets and forecasts, apart from the actuals")
            List<Plan> plans,

            @Schema(description = "actual reports that state no period")
            List<Report> undated) {}

    @Schema(description = "Warnings about a project's timeline.")
    record ProjectFlags(
            @Schema(description = "a stage was reported after a later stage had already been reached")
            boolean stageReportedBackwards,

            @Schema(description = "a planned stage's date has passed without the stage being reported reached")
            boolean expectedDatePassed) {}

    @Schema(description = "A project: the merge of its current events.")
    record ProjectSummary(
            String key,
            String name,
            String region,

            @Schema(description = "the latest stage reached, or null")
            Stage furthestStage,

            List<String> companies,
            Investment latestInvestment,
            Instant firstSeen,
            Instant lastSeen,
            int sourceCount,
            ProjectFlags flags) {}

    @Schema(description = "One stage mention of a project, with its source and quote.")
    record TimelineEntry(
            String eventId,
            Stage stage,
            boolean expected,
            EventDate date,
            Investment investment,
            String articleId,
            EventSource source,
            Evidence evidence,

            @Schema(description = "reported after a later stage had been reached")
            boolean reportedBackwards,

            @Schema(description = "planned, and its date has passed without the stage being reached")
            boolean expectedDatePassed,

            boolean superseded) {}

    @Schema(description = "A project with its whole timeline.")
    record ProjectDetail(
            String key,
            String name,
            List<String> nameVariants,
            String region,
            Stage furthestStage,
            List<String> companies,
            Investment latestInvestment,
            Instant firstSeen,
            Instant lastSeen,
            int sourceCount,
            ProjectFlags flags,
            List<TimelineEntry> timeline) {}

    @Schema(description = "A project event: a project reaching, or planning, a stage.")
    record ProjectMention(
            String eventId,
            String articleId,
            String projectKey,
            String name,
            String region,
            Stage stage,
            boolean expected,
            EventDate date,
            Investment investment,
            List<String> companies,
            EventSource source,
            String extractor,
            Evidence evidence,
            double confidence,
            boolean superseded) {

        static ProjectMention of(ProjectEvent e, boolean superseded) {
            return new ProjectMention(
                    e.eventId(),
                    e.articleId(),
                    e.projectKey(),
                    e.name(),
                    e.region(),
                    e.stage(),
                    e.expected(),
                    e.date(),
                    e.investment(),
                    e.companies(),
                    e.source(),
                    e.extractor(),
                    e.evidence(),
                    e.confidence(),
                    superseded);
        }
    }

    @Schema(description = "A zone or place, with how many events and projects name it.")
    record Region(
            String name,

            @Schema(
                    description = "zone (a development zone, new area, park …) or place",
                    allowableValues = {"zone", "place"})
            String kind,

            long indicatorEvents,
            long projectEvents,
            long projects) {}

    @Schema(description = "An article's clean text and its current events; evidence offsets point into cleanText.")
    record Article(
            String articleId,
            String title,
            EventSource source,
            Instant publishedAt,
            String extractor,
            String cleanText,
            List<Indicator> indicators,
            List<ProjectMention> projects) {}

    @Schema(description = "What the store holds.")
    record Stats(
            long articles,
            long indicatorEvents,
            long projectEvents,
            long projects,

            @Schema(description = "projects by the furthest stage reached; none: no stage reached yet")
            Map<String, Long> projectsByFurthestStage) {}
}
