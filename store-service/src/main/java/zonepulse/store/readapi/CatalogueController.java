package zonepulse.store.readapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import zonepulse.events.ExtractedArticle;
import zonepulse.store.readapi.ApiRecords.Article;
import zonepulse.store.readapi.ApiRecords.Indicator;
import zonepulse.store.readapi.ApiRecords.ProjectMention;
import zonepulse.store.readapi.ApiRecords.Region;
import zonepulse.store.readapi.ApiRecords.Stats;
import zonepulse.store.storage.ReadQueries;

/** What the store covers: regions, articles, counts. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "catalogue", description = "regions, articles and counts")
class CatalogueController {
    /**
     * Endings of development zones and similar areas (经开区, 高新区, 新区, 新城 …): a region so named is a zone, any
     * other a place. The events name regions by their normalised names, which keep these endings.
     */
    private static final List<String> ZONE_ENDINGS =
            List.of("开发区", "高新区", "经开区", "新区", "园区", "新城", "保税区", "示范区", "试验区", "自贸区", "产业园", "科技城", "合作区");

    private final ReadQueries queries;
    private final IndicatorNames names;

    CatalogueController(ReadQueries queries, IndicatorNames names) {
        this.queries = queries;
        this.names = names;
    }

    @GetMapping("/regions")
    @Operation(summary = "The zones and places named by events, with their counts of events and projects, by name")
    List<Region> regions(
            @Parameter(schema = @Schema(allowableValues = {"superseded"})) @RequestParam(required = false)
                    String include) {
        return queries.regions(Params.includeSuperseded(include)).stream()
                .map(r ->
                        new Region(r.region(), kind(r.region()), r.indicatorEvents(), r.projectEvents(), r.projects()))
                .toList();
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One article: its clean text and its current events, whose evidence offsets point into it")
    Article article(@Parameter(description = "the articleId") @PathVariable String id) {
        ExtractedArticle article = queries.article(id).orElseThrow(() -> new NotFoundException("no article " + id));
        return new Article(
                article.articleId(),
                article.title(),
                article.source(),
                article.publishedAt(),
                article.extractor(),
                article.cleanText(),
                queries.indicatorsById(article.indicatorEventIds()).stream()
                        .map(s -> Indicator.of(s.event(), s.superseded(), names))
                        .toList(),
                queries.projectEventsById(article.projectEventIds()).stream()
                        .map(s -> ProjectMention.of(s.event(), s.superseded()))
                        .toList());
    }

    @GetMapping("/stats")
    @Operation(summary = "How many articles, events and projects the store holds, and projects by furthest stage")
    Stats stats(
            @Parameter(schema = @Schema(allowableValues = {"superseded"})) @RequestParam(required = false)
                    String include) {
        ReadQueries.Counts counts = queries.counts(Params.includeSuperseded(include));
        return new Stats(
                counts.articles(),
                counts.indicatorEvents(),
                counts.projectEvents(),
                counts.projects(),
                counts.projectsByFurthestStage());
    }

    static String kind(String region) {
        return ZONE_ENDINGS.stream().anyMatch(region::endsWith) ? "zone" : "place";
    }
}
