package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zonepulse.events.Topics;

class ExtractedOutputsTest {
    @Test
    void countsWhatEachPartWillStoreOnceAndKeepsOnlyTheStoreRunsArticlesInOrder() {
        List<KafkaRecords.Record> records = List.of(
                summary("w1"),
                event(Topics.EVENTS_INDICATORS, "w1", "e1", null),
                summary("a1"),
                event(Topics.EVENTS_PROJECTS, "a1", "e2", "项目甲"),
                event(Topics.EVENTS_PROJECTS, "a1", "e2", "项目甲"), // the same event again: stored once
                event(Topics.EVENTS_INDICATORS, "skipped", "e3", null), // an article the store run does not take
                summary("b1"),
                event(Topics.EVENTS_PROJECTS, "b1", "e4", "项目甲"),
                event(Topics.EVENTS_INDICATORS, "b1", "e5", null));

        ExtractedOutputs outputs = ExtractedOutputs.of(records, Map.of("w1", 0, "a1", 1, "b1", 2), 2);

        assertThat(outputs.records()).hasSize(8).doesNotContain(records.get(5));
        assertThat(outputs.records().get(0)).isSameAs(records.get(0));
        // warm-up: a summary and an event; run 1: a summary and one distinct event; run 2: a summary and two events
        assertThat(outputs.documents()).containsExactly(2, 4, 7);
        assertThat(outputs.events()).containsExactly(1, 2);
        assertThat(outputs.recordsPerRun()).containsExactly(3, 3);
        assertThat(outputs.projectEvents()).isEqualTo(3);
        assertThat(outputs.projects()).isEqualTo(1);
        assertThat(outputs.milestones().total()).isEqualTo(7);
    }

    private static KafkaRecords.Record summary(String articleId) {
        return KafkaRecords.Record.of(
                Topics.ARTICLES_EXTRACTED,
                articleId,
                ("{\"schema\":\"extracted-article/1\",\"articleId\":\"" + articleId + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    private static KafkaRecords.Record event(String topic, String articleId, String eventId, String projectKey) {
        String body = "{\"articleId\":\"" + articleId + "\",\"eventId\":\"" + eventId + "\""
                + (projectKey == null ? "" : ",\"projectKey\":\"" + projectKey + "\"") + "}";
        return KafkaRecords.Record.of(topic, eventId, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
