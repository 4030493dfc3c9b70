package zonepulse.store.changes;

import java.util.List;

/**
 * What changed between two extractor versions, over the articles that both extracted: the report an operator reads
 * after a replay, before trusting the new engine.
 *
 * @param from the older extractor ("name/version")
 * @param to the newer extractor
 * @param articlesCompared articles with a generation by each extractor
 * @param articlesChanged articles whose events differ
 * @param eventsAdded events only the newer extractor found
 * @param eventsRemoved events only the older extractor found
 * @param eventsChanged events both found, with a field that differs
 * @param articles the changed articles, each with its differences
 */
public record ChangeReport(
        String from,
        String to,
        int articlesCompared,
        int articlesChanged,
        int eventsAdded,
        int eventsRemoved,
        int eventsChanged,
        List<ArticleChanges> articles) {

    /**
     * @param articleId the article
     * @param title its title, when known
     * @param added events only the newer generation has
     * @param removed events only the older generation has
     * @param changed events both have, with the fields that differ
     */
    public record ArticleChanges(
            String articleId,
            String title,
            List<EventSummary> added,
            List<EventSummary> removed,
            List<EventChange> changed) {}

    /**
     * One event, in a few words.
     *
     * @param eventId its id
     * @param type indicator or project
     * @param summary what it says (indicator, measure, value, period, region; or project, stage, date)
     * @param quote the words it was read from
     */
    public record EventSummary(String eventId, String type, String summary, String quote) {}

    /**
     * One event found by both extractors, with what differs.
     *
     * @param before the older extractor's event
     * @param after the newer extractor's event
     * @param fields the fields that differ
     */
    public record EventChange(EventSummary before, EventSummary after, List<FieldChange> fields) {}

    /** A field's value under each extractor ("period.end", "2021-08-31", "2021-09-30"). */
    public record FieldChange(String field, Object before, Object after) {}
}
