package zonepulse.store.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import zonepulse.store.storage.EventQueries;
import zonepulse.store.storage.StoreUnavailableException;

/** The read API over what the store holds: projects with their timelines, indicator observations, articles. */
@RestController
@Validated
@RequestMapping(path = "/api", produces = "application/json")
class StoreApiController {
    private final EventQueries queries;

    StoreApiController(EventQueries queries) {
        this.queries = queries;
    }

    /** Projects, most recently seen first. */
    @GetMapping("/projects")
    List<Map<String, Object>> projects(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return queries.projects(new EventQueries.ProjectFilter(stage, region, limit));
    }

    /** One project's projection and the events it was merged from (with {@code include=superseded}, older ones too). */
    @GetMapping("/projects/{key}")
    Map<String, Object> project(@PathVariable String key, @RequestParam(required = false) Include include) {
        Map<String, Object> project = queries.project(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + key));
        Map<String, Object> body = new LinkedHashMap<>(project);
        body.put("events", queries.projectEvents(key, include == Include.superseded));
        return body;
    }

    /** Indicator observations, ordered by series and period. */
    @GetMapping("/indicators")
    List<Map<String, Object>> indicators(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String articleId,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
            @RequestParam(required = false) Include include) {
        return queries.indicators(new EventQueries.IndicatorFilter(
                region, indicator, measure, articleId, limit, include == Include.superseded));
    }

    /** One article: its clean text, the extraction's summary and the ids of its events. */
    @GetMapping("/articles/{id}")
    Map<String, Object> article(@PathVariable String id) {
        return queries.article(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article " + id));
    }

    /** How many articles, current events and projects are stored (with {@code include=superseded}, the rest too). */
    @GetMapping("/stats")
    Map<String, Long> stats(@RequestParam(required = false) Include include) {
        return queries.counts(include == Include.superseded);
    }

    /** What {@code include} may ask for besides the current events: the superseded ones. */
    enum Include {
        superseded
    }

    /**
     * MongoDB unreachable, or slower than the read timeout: 503 with Retry-After (an RFC 9457 problem), so that a
     * caller waits a bounded time and knows to come back, rather than hanging on a slow database.
     */
    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "store unavailable: " + e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** How long a caller is asked to wait after a 503: about the circuit breaker's open state. */
    static final String RETRY_AFTER_SECONDS = "5";
}
