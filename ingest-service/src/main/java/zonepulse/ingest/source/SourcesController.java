package zonepulse.ingest.source;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sources}: every configured feed and the push endpoint, with their last poll and counts. */
@RestController
class SourcesController {
    private final SourceStatusBoard board;

    SourcesController(SourceStatusBoard board) {
        this.board = board;
    }

    @GetMapping("/api/sources")
    List<SourceStatus> sources() {
        return board.statuses();
    }
}
