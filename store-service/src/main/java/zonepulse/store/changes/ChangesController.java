package zonepulse.store.changes;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import zonepulse.store.storage.EventQueries;
import zonepulse.store.storage.StoreUnavailableException;

/** What a new extractor changed: {@code GET /api/changes?from=&to=} and the extractors to choose from. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ChangesController {
    private final ChangeReports reports;

    ChangesController(EventQueries queries) {
        this.reports = new ChangeReports(queries);
    }

    /** The change report between two extractors (by default the two newest whose generations are stored). */
    @GetMapping("/changes")
    ResponseEntity<?> changes(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.between(from, to)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND,
                            "no stored generations of articles by "
                                    + (from == null && to == null
                                            ? "any extractor"
                                            : "extractor "
                                                    + (from == null ? to : to == null ? from : from + " and " + to))
                                    + "; known: " + reports.extractors());
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    /** The extractors whose generations of articles are stored, oldest version first. */
    @GetMapping("/extractors")
    Map<String, List<String>> extractors() {
        return Map.of("extractors", reports.extractors());
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "store unavailable: " + e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
