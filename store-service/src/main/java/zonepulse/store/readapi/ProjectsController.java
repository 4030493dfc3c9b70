package zonepulse.store.readapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.store.projects.ProjectTimeline;
import zonepulse.store.readapi.ApiRecords.Page;
import zonepulse.store.readapi.ApiRecords.ProjectDetail;
import zonepulse.store.readapi.ApiRecords.ProjectSummary;
import zonepulse.store.readapi.ApiRecords.TimelineEntry;
import zonepulse.store.readapi.TimelineFlags.Mention;
import zonepulse.store.storage.ReadQueries;
import zonepulse.store.storage.ReadQueries.Position;
import zonepulse.store.storage.ReadQueries.ProjectQuery;
import zonepulse.store.storage.ReadQueries.StoredProjectEvent;

/** Projects: the merge of each project's current mentions, and one project's timeline. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "projects", description = "named projects and their stages")
class ProjectsController {
    private static final String STAGES = "signed, landed, land_acquired, groundbreaking, construction_started,"
            + " topped_out, completed, in_production";

    private final ReadQueries queries;
    private final ReadApiProperties properties;

    ProjectsController(ReadQueries queries, ReadApiProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects, most recently mentioned first (then by key)")
    Page<ProjectSummary> projects(
            @Parameter(description = "a region and its sub-regions") @RequestParam(required = false) String region,
            @Parameter(description = "projects that reached this stage: " + STAGES) @RequestParam(required = false)
                    String stage,
            @Parameter(description = "projects whose furthest reached stage is this one: " + STAGES)
                    @RequestParam(required = false)
                    String furthestStage,
            @Parameter(description = "true: projects with a planned (expected) stage; false: those without")
                    @RequestParam(required = false)
                    Boolean expected,
            @Parameter(description = "projects tied to this company") @RequestParam(required = false) String company,
            @Parameter(description = "projects one of whose names contains this text") @RequestParam(required = false)
                    String q,
            @Parameter(description = "projects mentioned at or after this instant or date (2021-10-01)")
                    @RequestParam(required = false)
                    String since,
            @Parameter(description = "from a page's next link") @RequestParam(required = false) String cursor,
            @Parameter(description = "page size, 1 to zonepulse.store.api.max-limit (500)")
                    @RequestParam(required = false)
                    Integer limit,
            HttpServletRequest request) {
        int size = Params.limit(limit, properties);
        ProjectQuery query = new ProjectQuery(
                Params.nonBlank("region", region),
                Params.choice("stage", stage, Stage.class),
                Params.choice("furthestStage", furthestStage, Stage.class),
                expected,
                Params.nonBlank("company", company),
                Params.nonBlank("q", q),
                Params.instant("since", since, properties.timeZone()),
                Cursor.decode(cursor),
                size + 1);
        LocalDate today = today();
        return Pages.page(
                queries.projects(query),
                size,
                p -> new Position(p.lastSeen().toString(), p.projectKey()),
                p -> summary(p, today),
                request);
    }

    @GetMapping("/projects/{key}")
    @Operation(summary = "One project: its timeline with each stage's date, source and quote, and its flags")
    ProjectDetail project(
            @Parameter(description = "the project's key (projectKey)") @PathVariable String key,
            @Parameter(schema = @Schema(allowableValues = {"superseded"})) @RequestParam(required = false)
                    String include) {
        boolean includeSuperseded = Params.includeSuperseded(include);
        ProjectTimeline project = queries.project(key).orElseThrow(() -> new NotFoundException("no project " + key));
        List<StoredProjectEvent> events = queries.projectEvents(key, includeSuperseded);
        // the flags are those of the current mentions; superseded ones are shown, never counted
        List<Mention> current = events.stream()
                .filter(e -> !e.superseded())
                .map(e -> mention(e.event()))
                .toList();
        LocalDate today = today();
        List<TimelineEntry> timeline = events.stream()
                .map(s -> {
                    ProjectEvent e = s.event();
                    Mention m = mention(e);
                    return new TimelineEntry(
                            e.eventId(),
                            e.stage(),
                            e.expected(),
                            e.date(),
                            e.investment(),
                            e.articleId(),
                            e.source(),
                            e.evidence(),
                            !s.superseded() && TimelineFlags.reportedBackwards(m, current),
                            !s.superseded() && TimelineFlags.expectedDatePassed(m, current, today),
                            s.superseded());
                })
                .toList();
        return new ProjectDetail(
                project.projectKey(),
                project.name(),
                List.copyOf(project.nameVariants()),
                project.region(),
                project.furthestStage(),
                List.copyOf(project.companies()),
                project.latestInvestment(),
                project.firstSeen(),
                project.lastSeen(),
                project.sourceCount(),
                TimelineFlags.of(current, today),
                timeline);
    }

    private static ProjectSummary summary(ProjectTimeline p, LocalDate today) {
        List<Mention> mentions = p.timeline().stream()
                .map(e -> new Mention(e.stage(), e.expected(), e.date(), e.seenAt()))
                .toList();
        return new ProjectSummary(
                p.projectKey(),
                p.name(),
                p.region(),
                p.furthestStage(),
                List.copyOf(p.companies()),
                p.latestInvestment(),
                p.firstSeen(),
                p.lastSeen(),
                p.sourceCount(),
                TimelineFlags.of(mentions, today));
    }

    private static Mention mention(ProjectEvent e) {
        return new Mention(
                e.stage(),
                e.expected(),
                e.date(),
                e.source() == null ? null : e.source().publishedAt());
    }

    private LocalDate today() {
        return LocalDate.now(Clock.system(properties.timeZone()));
    }
}
