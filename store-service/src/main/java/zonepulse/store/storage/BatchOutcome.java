package zonepulse.store.storage;

import java.util.Map;

/**
 * What storing an {@link EventBatch} did.
 *
 * @param summariesStored summaries that became their article's current one
 * @param summariesUnchanged summaries of a generation already current, or older (a redelivery, a late arrival)
 * @param indicatorsWritten indicator events inserted (or replacing an older content version's under their id)
 * @param indicatorsUnchanged indicator events already stored
 * @param projectsWritten project events inserted (or replacing)
 * @param projectsUnchanged project events already stored
 * @param refused events MongoDB refused for good (not an outage), by event id, with its reason: bad input to be
 *     dead-lettered, the rest of the batch stored
 */
public record BatchOutcome(
        int summariesStored,
        int summariesUnchanged,
        int indicatorsWritten,
        int indicatorsUnchanged,
        int projectsWritten,
        int projectsUnchanged,
        Map<String, String> refused) {
    public BatchOutcome {
        refused = Map.copyOf(refused);
    }
}
