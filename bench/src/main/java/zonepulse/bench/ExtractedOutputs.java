package zonepulse.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zonepulse.events.Topics;

/**
 * What extract-service published for the store run's articles (summaries and events, with their keys, headers and
 * partitions), in the order it published them: the input of every store contender. With it, how many documents and
 * events each part of the run makes once stored (distinct summaries by article, events by id), which sets the store
 * run's milestones.
 *
 * @param records the records, each partition's in offset order
 * @param documents cumulative documents to store: after the warm-up, then after each repetition
 * @param events the indicator and project events of each repetition
 * @param recordsPerRun the records of each repetition
 * @param projectEvents project events in all (warm-up included)
 * @param projects distinct projects they name: every variant of a document names its projects again, so each project
 *     is mentioned about {@code projectEvents / projects} times, and store-service re-projects a project from all its
 *     current events whenever a batch touches it
 */
record ExtractedOutputs(
        List<KafkaRecords.Record> records,
        long[] documents,
        long[] events,
        long[] recordsPerRun,
        long projectEvents,
        int projects) {
    /** The topics store-service reads, in its binding's order. */
    static final List<String> TOPICS =
            List.of(Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS);

    /** The collections a store contender writes them to, one per topic, in the same order. */
    static final List<String> COLLECTIONS = List.of("articles", "indicator_observations", "project_events");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param segmentOf 0 for a warm-up article's id, else the repetition (1…runs) it belongs to
     */
    static ExtractedOutputs of(List<KafkaRecords.Record> records, Map<String, Integer> segmentOf, int runs) {
        List<Set<String>> summaries = sets(runs + 1);
        List<Set<String>> events = sets(runs + 1);
        long[] recordsPerRun = new long[runs];
        List<KafkaRecords.Record> kept = new ArrayList<>();
        Set<String> projectKeys = new HashSet<>();
        long projectEvents = 0;
        for (KafkaRecords.Record record : records) {
            JsonNode body = JSON.readTree(record.value());
            String articleId = body.path("articleId").asString();
            Integer segment = segmentOf.get(articleId);
            if (segment == null) {
                continue; // an article the store run does not take
            }
            kept.add(record);
            if (record.topic().equals(Topics.ARTICLES_EXTRACTED)) {
                summaries.get(segment).add(articleId);
            } else {
                events.get(segment).add(body.path("eventId").asString());
            }
            if (record.topic().equals(Topics.EVENTS_PROJECTS)) {
                projectKeys.add(body.path("projectKey").asString());
                projectEvents++;
            }
            if (segment > 0) {
                recordsPerRun[segment - 1]++;
            }
        }
        long[] documents = new long[runs + 1];
        long[] eventsPerRun = new long[runs];
        long cumulative = 0;
        for (int s = 0; s <= runs; s++) {
            cumulative += summaries.get(s).size() + events.get(s).size();
            documents[s] = cumulative;
            if (s > 0) {
                eventsPerRun[s - 1] = events.get(s).size();
            }
        }
        return new ExtractedOutputs(
                List.copyOf(kept), documents, eventsPerRun, recordsPerRun, projectEvents, projectKeys.size());
    }

    private static List<Set<String>> sets(int n) {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }

    /** The store run's milestones: its warm-up's documents stored, then each repetition's. */
    Milestones milestones() {
        return new Milestones(documents);
    }
}
