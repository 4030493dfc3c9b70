package zonepulse.store.storage;

import java.util.Set;

/**
 * Whether a stored event is current, decided from its article's current summary (DESIGN: the latest
 * {@code news.articles.extracted} record of an article lists exactly its current events). Pure, so that the same
 * stored state always gives the same answer, whichever write computes it and in whatever order messages arrive.
 *
 * @param superseded true when a newer generation of the article no longer lists the event
 * @param basis the generation key of the summary the decision was made on ("" when the article has none yet); a
 *     decision made on a newer summary is never overwritten by one made on an older summary
 */
record EventStatus(boolean superseded, String basis) {
    static final String NO_SUMMARY = "";

    /**
     * @param eventId the event
     * @param eventGeneration the generation key of the event
     * @param summaryGeneration the generation key of the article's current summary, or null when none is stored yet
     * @param listed the event ids the current summary lists (empty when none is stored)
     */
    static EventStatus decide(String eventId, String eventGeneration, String summaryGeneration, Set<String> listed) {
        if (summaryGeneration == null) {
            // the summary has not arrived yet: the event stands until it does
            return new EventStatus(false, NO_SUMMARY);
        }
        if (listed.contains(eventId)) {
            return new EventStatus(false, summaryGeneration);
        }
        // not listed: of an older generation (superseded), or of a newer one whose summary is still on its way
        boolean newer = eventGeneration.compareTo(summaryGeneration) > 0;
        return new EventStatus(!newer, summaryGeneration);
    }
}
