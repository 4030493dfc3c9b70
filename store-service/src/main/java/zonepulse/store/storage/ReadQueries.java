package zonepulse.store.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.store.projects.ProjectTimeline;

/**
 * The reads of the read API v1, in the contract's own records. Every list has a stable order and continues after a
 * {@link Position}, so a client can page through it with a cursor. Events of an older generation of their article
 * ({@code superseded: true}) are left out unless a query asks for them.
 */
public interface ReadQueries {
    /** Indicator events in (seriesKey, eventId) order, after {@link IndicatorQuery#after()}. */
    List<StoredIndicator> indicators(IndicatorQuery query);

    /** Every indicator event of one region, spelled one of {@code indicators}, of one measure, by period end. */
    List<StoredIndicator> series(
            String region, Collection<String> indicators, String measure, boolean includeSuperseded);

    /** Projects (the projection of their current events), most recently seen first, then by key. */
    List<ProjectTimeline> projects(ProjectQuery query);

    Optional<ProjectTimeline> project(String projectKey);

    /** The project's events, by stage date (undated first), then id. */
    List<StoredProjectEvent> projectEvents(String projectKey, boolean includeSuperseded);

    /** The latest generation's summary of the article, with its clean text. */
    Optional<ExtractedArticle> article(String articleId);

    List<StoredIndicator> indicatorsById(Collection<String> eventIds);

    List<StoredProjectEvent> projectEventsById(Collection<String> eventIds);

    /** Every region named by an event or a project, with its counts, by name. */
    List<RegionCounts> regions(boolean includeSuperseded);

    Counts counts(boolean includeSuperseded);

    /** An indicator event as stored, and whether a newer generation of its article replaced it. */
    record StoredIndicator(IndicatorEvent event, boolean superseded) {}

    /** A project event as stored, and whether a newer generation of its article replaced it. */
    record StoredProjectEvent(ProjectEvent event, boolean superseded) {}

    /**
     * Where a page ended: the sort key of its last item and that item's id.
     *
     * @param sortKey seriesKey (indicators) or lastSeen (projects)
     * @param id eventId or projectKey
     */
    record Position(String sortKey, String id) {}

    /**
     * @param region only this region, or null
     * @param withSubRegions also the regions whose normalised name begins with {@code region} (北京市 → 北京市大兴区)
     * @param indicators only these spellings of the indicator, or empty for any
     * @param measure only this measure (wire name), or null
     * @param status only this status (wire name), or null
     * @param from only periods ending on or after this day, or null
     * @param to only periods starting on or before this day, or null
     * @param articleId only events of this article, or null
     * @param extractor only events of this extractor ("name/version"), or null
     * @param includeSuperseded also events of older generations of their articles
     * @param after continue after this position, or null for the first page
     * @param limit at most this many
     */
    record IndicatorQuery(
            String region,
            boolean withSubRegions,
            Collection<String> indicators,
            String measure,
            String status,
            LocalDate from,
            LocalDate to,
            String articleId,
            String extractor,
            boolean includeSuperseded,
            Position after,
            int limit) {}

    /**
     * @param region only this region and its sub-regions, or null
     * @param stage only projects that reached this stage (wire name), or null
     * @param furthestStage only projects whose furthest reached stage is this one, or null
     * @param expected true: only projects with a planned stage; false: only those without; null: any
     * @param company only projects tied to this company, or null
     * @param nameContains only projects one of whose names contains this text, or null
     * @param seenSince only projects mentioned at or after this instant, or null
     * @param after continue after this position, or null for the first page
     * @param limit at most this many
     */
    record ProjectQuery(
            String region,
            String stage,
            String furthestStage,
            Boolean expected,
            String company,
            String nameContains,
            Instant seenSince,
            Position after,
            int limit) {}

    /**
     * @param region the normalised region name
     * @param indicatorEvents its indicator events
     * @param projectEvents its project events
     * @param projects the projects whose latest mention names it
     */
    record RegionCounts(String region, long indicatorEvents, long projectEvents, long projects) {}

    /**
     * @param articles articles stored
     * @param indicatorEvents indicator events
     * @param projectEvents project events
     * @param projects projects
     * @param projectsByFurthestStage projects by the furthest stage they reached (wire name; "none" for none yet)
     */
    record Counts(
            long articles,
            long indicatorEvents,
            long projectEvents,
            long projects,
            Map<String, Long> projectsByFurthestStage) {}
}
