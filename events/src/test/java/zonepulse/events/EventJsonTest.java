package zonepulse.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTest {
    private final EventJson json = new EventJson();

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("raw-article", RawArticle.class, RawArticle.SCHEMA),
                Arguments.of("indicator-event", IndicatorEvent.class, IndicatorEvent.SCHEMA),
                Arguments.of("project-event", ProjectEvent.class, ProjectEvent.SCHEMA),
                Arguments.of("extracted-article", ExtractedArticle.class, ExtractedArticle.SCHEMA));
    }

    @ParameterizedTest(name = "{0} validates against its schema")
    @MethodSource("examples")
    void exampleValidatesAgainstItsSchema(String name, Class<?> type, String schema) {
        JsonNode node = json.mapper().readTree(Examples.bytes(name));
        assertThat(json.problems(node, schema)).isEmpty();
    }

    @ParameterizedTest(name = "{0} round-trips unchanged")
    @MethodSource("examples")
    void exampleRoundTripsUnchanged(String name, Class<?> type, String schema) {
        byte[] original = Examples.bytes(name);
        Object message = json.read(original, type);
        byte[] written = json.write(message);

        assertThat(json.read(written, type)).isEqualTo(message);
        assertThat(json.mapper().readTree(written)).isEqualTo(json.mapper().readTree(original));
    }

    @ParameterizedTest(name = "{0} is recognised by its schema field")
    @MethodSource("examples")
    void readAnyChoosesTheTypeBySchema(String name, Class<?> type, String schema) {
        assertThat(json.readAny(Examples.bytes(name))).isInstanceOf(type);
    }

    @Test
    void missingRequiredFieldIsRejectedNamingTheField() {
        ObjectNode node = (ObjectNode) json.mapper().readTree(Examples.indicatorEvent());
        node.remove("measure");

        assertThatThrownBy(() -> json.read(json.write(node), IndicatorEvent.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("measure");
    }

    @Test
    void wrongEnumValueIsRejectedNamingTheField() {
        ObjectNode node = (ObjectNode) json.mapper().readTree(Examples.projectEvent());
        node.put("stage", "demolished");

        assertThatThrownBy(() -> json.read(json.write(node), ProjectEvent.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("stage");
    }

    @Test
    void missingSchemaFieldIsRejected() {
        ObjectNode node = (ObjectNode) json.mapper().readTree(Examples.rawArticle());
        node.remove("schema");

        assertThatThrownBy(() -> json.readAny(json.write(node)))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("schema");
    }

    @Test
    void messageOfAnotherSchemaIsRejected() {
        assertThatThrownBy(() -> json.read(Examples.projectEvent(), IndicatorEvent.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("indicator-event/1");
    }

    @Test
    void notJsonIsRejected() {
        assertThatThrownBy(() -> json.readAny("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void unknownAdditiveFieldIsAccepted() {
        ObjectNode node = (ObjectNode) json.mapper().readTree(Examples.indicatorEvent());
        node.put("addedLater", "consumers of version 1 ignore it");

        assertThat(json.read(json.write(node), IndicatorEvent.class).value()).isEqualTo(3713.4);
    }

    @Test
    void datesAreWrittenAsIsoStrings() {
        IndicatorEvent event = json.read(Examples.indicatorEvent(), IndicatorEvent.class);
        JsonNode written = json.mapper().readTree(json.write(event));

        assertThat(event.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(written.path("period").path("end").asString()).isEqualTo("2021-08-31");
        assertThat(written.path("source").path("publishedAt").asString()).isEqualTo("2021-10-14T02:06:51Z");
        assertThat(written.path("measure").asString()).isEqualTo("level");
    }

    @Test
    void rawArticleIdsFollowTheContract() {
        RawArticle article = RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///data/drop/a.txt", null),
                Instant.parse("2026-01-01T00:00:00Z"),
                "text/plain",
                "正文",
                ArticleMetadata.empty());

        assertThat(article.articleId())
                .isEqualTo(Ids.sha256Hex("file:///data/drop/a.txt").substring(0, 32));
        assertThat(article.contentHash()).isEqualTo(Ids.sha256Hex("正文"));
        assertThat(json.problems(json.mapper().readTree(json.write(article)), RawArticle.SCHEMA))
                .isEmpty();
    }

    @Test
    void seriesKeyJoinsRegionIndicatorAndMeasure() {
        IndicatorEvent event = json.read(Examples.indicatorEvent(), IndicatorEvent.class);
        assertThat(event.seriesKey()).isEqualTo("北京经济技术开发区|规模以上工业总产值|level");
    }

    @Test
    void cloudEventHeadersAreBinaryMode() {
        CloudEvent ce = new CloudEvent(
                "id-1",
                "/zonepulse/extract-service",
                CloudEvent.typeOf(IndicatorEvent.SCHEMA),
                Instant.parse("2026-01-01T00:00:00Z"),
                "k");

        assertThat(ce.headers())
                .containsEntry(Headers.CE_SPECVERSION, "1.0")
                .containsEntry(Headers.CE_ID, "id-1")
                .containsEntry(Headers.CE_TYPE, "io.zonepulse.indicator-event.v1")
                .containsEntry(Headers.CE_TIME, "2026-01-01T00:00:00Z")
                .containsKeys(Headers.CE_SOURCE, Headers.CE_SUBJECT);
    }

    @Test
    void eventIdsAreDeterministicAndDistinguishDiscriminators() {
        String a = Ids.eventId("a1", "0.1.0", 3, 9, "level");
        assertThat(Ids.eventId("a1", "0.1.0", 3, 9, "level")).isEqualTo(a).hasSize(32);
        assertThat(List.of(
                        Ids.eventId("a1", "0.1.0", 3, 9, "yoy_growth"),
                        Ids.eventId("a1", "0.1.1", 3, 9, "level"),
                        Ids.eventId("a1", "0.1.0", 3, 10, "level")))
                .doesNotContain(a);
    }

    @Test
    void stagesAreRankedInLifeOrder() {
        assertThat(Stage.IN_PRODUCTION.isLaterThan(Stage.COMPLETED)).isTrue();
        assertThat(Stage.SIGNED.isLaterThan(Stage.LANDED)).isFalse();
        assertThat(Stage.SIGNED.isLaterThan(null)).isTrue();
        assertThat(Stage.fromWire("land_acquired")).isEqualTo(Stage.LAND_ACQUIRED);
    }
}
