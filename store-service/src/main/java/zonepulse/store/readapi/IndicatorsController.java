package zonepulse.store.readapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import zonepulse.events.Measure;
import zonepulse.events.Status;
import zonepulse.store.readapi.ApiRecords.Indicator;
import zonepulse.store.readapi.ApiRecords.Page;
import zonepulse.store.readapi.ApiRecords.Series;
import zonepulse.store.storage.ReadQueries;
import zonepulse.store.storage.ReadQueries.IndicatorQuery;
import zonepulse.store.storage.ReadQueries.Position;
import zonepulse.store.storage.ReadQueries.StoredIndicator;

/** Indicator events, and one indicator's series period by period. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "indicators", description = "reported figures")
class IndicatorsController {
    private final ReadQueries queries;
    private final ReadApiProperties properties;
    private final IndicatorNames names;

    IndicatorsController(ReadQueries queries, ReadApiProperties properties, IndicatorNames names) {
        this.queries = queries;
        this.properties = properties;
        this.names = names;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Indicator events, by series then id; current events only unless include=superseded")
    Page<Indicator> indicators(
            @Parameter(description = "a region and its sub-regions (北京市 also gives 北京市大兴区)")
                    @RequestParam(required = false)
                    String region,
            @Parameter(description = "the indicator, as written or canonical (规上工业总产值 and 规模以上工业总产值 match both)")
                    @RequestParam(required = false)
                    String indicator,
            @Parameter(schema = @Schema(allowableValues = {"level", "yoy_growth", "mom_growth", "share", "count"}))
                    @RequestParam(required = false)
                    String measure,
            @Parameter(schema = @Schema(allowableValues = {"actual", "target", "forecast"}))
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "periods ending on or after this day (2021-08-31, 2021-08 or 2021)")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "periods starting on or before this day (2021-08-31, 2021-08 or 2021)")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "events of this article") @RequestParam(required = false) String article,
            @Parameter(description = "events of this extractor, name/version (zonepulse-rules/2.0.0)")
                    @RequestParam(required = false)
                    String extractor,
            @Parameter(schema = @Schema(allowableValues = {"superseded"})) @RequestParam(required = false)
                    String include,
            @Parameter(description = "from a page's next link") @RequestParam(required = false) String cursor,
            @Parameter(description = "page size, 1 to zonepulse.store.api.max-limit (500)")
                    @RequestParam(required = false)
                    Integer limit,
            HttpServletRequest request) {
        int size = Params.limit(limit, properties);
        var fromDay = Params.day("from", from, false);
        var toDay = Params.day("to", to, true);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new BadParameterException("to", "must not be before from (" + from + " to " + to + ")");
        }
        IndicatorQuery query = new IndicatorQuery(
                Params.nonBlank("region", region),
                true,
                indicator == null ? Set.of() : names.spellings(Params.nonBlank("indicator", indicator)),
                Params.choice("measure", measure, Measure.class),
                Params.choice("status", status, Status.class),
                fromDay,
                toDay,
                Params.nonBlank("article", article),
                Params.nonBlank("extractor", extractor),
                Params.includeSuperseded(include),
                Cursor.decode(cursor),
                size + 1);
        return Pages.page(
                queries.indicators(query),
                size,
                s -> new Position(s.event().seriesKey(), s.event().eventId()),
                s -> Indicator.of(s.event(), s.superseded(), names),
                request);
    }

    @GetMapping("/series")
    @Operation(
            summary = "One indicator of one region and measure, one point per period with every report of it",
            description = "Reports of a period that disagree beyond the rounding of their digits are flagged as a"
                    + " conflict; targets and forecasts are listed apart, each with the actual of its period.")
    Series series(
            @Parameter(description = "the region, exactly") @RequestParam String region,
            @Parameter(description = "the indicator, as written or canonical") @RequestParam String indicator,
            @Parameter(schema = @Schema(allowableValues = {"level", "yoy_growth", "mom_growth", "share", "count"}))
                    @RequestParam
                    String measure,
            @Parameter(schema = @Schema(allowableValues = {"superseded"})) @RequestParam(required = false)
                    String include) {
        String canonical = names.canonical(Params.required("indicator", indicator));
        List<String> spellings = List.copyOf(names.spellings(canonical));
        String wire = Params.required("measure", Params.choice("measure", measure, Measure.class));
        List<StoredIndicator> stored =
                queries.series(Params.required("region", region), spellings, wire, Params.includeSuperseded(include));
        return SeriesAssembler.assemble(
                region, canonical, spellings, Measure.valueOf(wire.toUpperCase(java.util.Locale.ROOT)), stored);
    }
}
