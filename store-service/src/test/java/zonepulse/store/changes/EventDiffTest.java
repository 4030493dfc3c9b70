package zonepulse.store.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDiffTest {

    private static Map<String, Object> indicator(
            String id, int start, int end, String name, double value, String periodEnd, String region) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("_id", id);
        event.put("type", "indicator");
        event.put("indicator", name);
        event.put("measure", "level");
        event.put("value", value);
        event.put("unit", "亿元");
        event.put("region", region);
        event.put("period", Map.of("start", "2023-01-01", "end", periodEnd, "label", "2023年"));
        event.put("evidence", Map.of("start", start, "end", end, "quote", name + value + "亿元"));
        return event;
    }

    private static Map<String, Object> project(String id, int start, int end, String key, String stage) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("_id", id);
        event.put("type", "project");
        event.put("name", key + "项目");
        event.put("projectKey", key);
        event.put("stage", stage);
        event.put("expected", false);
        event.put("evidence", Map.of("start", start, "end", end, "quote", key + "项目开工"));
        return event;
    }

    @Test
    void theSameEventsFoundAgainAreNoChange() {
        var before = List.of(indicator("a1", 10, 20, "固定资产投资", 52.5, "2023-12-31", "苏州工业园区"));
        var after = List.of(indicator("b1", 10, 20, "固定资产投资", 52.5, "2023-12-31", "苏州工业园区"));

        assertThat(EventDiff.between("art", "t", before, after)).isNull();
    }

    @Test
    void aChangedPeriodAndRegionOfTheSameWordsAreFieldChanges() {
        var before = List.of(indicator("a1", 10, 20, "固定资产投资", 52.5, "2023-12-31", "苏州市"));
        var after = List.of(indicator("b1", 10, 20, "固定资产投资", 52.5, "2023-06-30", "苏州工业园区"));

        var changes = EventDiff.between("art", "t", before, after);

        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed()).singleElement().satisfies(change -> {
            assertThat(change.before().eventId()).isEqualTo("a1");
            assertThat(change.after().eventId()).isEqualTo("b1");
            assertThat(change.fields())
                    .extracting(ChangeReport.FieldChange::field)
                    .containsExactly("region", "period.end");
        });
    }

    @Test
    void aWiderQuoteOfTheSameFigureIsPairedByWhatItIsAbout() {
        var before = List.of(indicator("a1", 10, 20, "工业增加值", 8.1, "2023-12-31", "合肥高新区"));
        var after = List.of(indicator("b1", 6, 20, "工业增加值", 8.4, "2023-12-31", "合肥高新区"));

        var changes = EventDiff.between("art", "t", before, after);

        assertThat(changes.changed())
                .singleElement()
                .satisfies(change ->
                        assertThat(change.fields()).containsExactly(new ChangeReport.FieldChange("value", 8.1, 8.4)));
    }

    @Test
    void eventsOnlyOneSideFoundAreAddedOrRemoved() {
        var before = List.of(
                project("a1", 30, 40, "长沙经开区新能源电池", "construction_started"),
                indicator("a2", 10, 20, "税收收入", 12.0, "2023-12-31", "长沙经开区"));
        var after = List.of(
                project("b1", 30, 40, "长沙经开区新能源电池", "construction_started"),
                project("b2", 50, 60, "长沙经开区氢能装备", "signed"));

        var changes = EventDiff.between("art", "t", before, after);

        assertThat(changes.added())
                .extracting(ChangeReport.EventSummary::eventId)
                .containsExactly("b2");
        assertThat(changes.removed())
                .extracting(ChangeReport.EventSummary::eventId)
                .containsExactly("a2");
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.added().get(0).summary()).contains("长沙经开区氢能装备项目", "signed");
    }
}
