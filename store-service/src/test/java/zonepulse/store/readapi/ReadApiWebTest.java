package zonepulse.store.readapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import zonepulse.events.DatePrecision;
import zonepulse.events.EventDate;
import zonepulse.events.EventSource;
import zonepulse.events.Evidence;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Investment;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Stage;
import zonepulse.events.Status;
import zonepulse.stack.EmbeddedMongo;
import zonepulse.store.TestEvents;
import zonepulse.store.storage.EventStore;
import zonepulse.store.storage.ReadQueriesConfiguration;
import zonepulse.store.storage.StorageConfiguration;

/**
 * The read API v1's web layer over the real MongoDB adapters and an in-process MongoDB-compatible server: events are
 * written through the store's own write path, then read over HTTP (MockMvc). Every endpoint's filters, paging through
 * a cursor to the end, every bad parameter (400 naming it) and unknown ids (404).
 */
@WebMvcTest(
        controllers = {IndicatorsController.class, ProjectsController.class, CatalogueController.class},
        properties = "spring.mongodb.database=readapi")
@Import({ReadApiConfiguration.class, StorageConfiguration.class, ReadQueriesConfiguration.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiWebTest {
    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    static final String ZONE = "北京经济技术开发区";
    static final String A1 = TestEvents.id("web-a1");
    static final String A2 = TestEvents.id("web-a2");
    static final String OLD = TestEvents.id("web-old");
    /** An article whose summary has not arrived: its events are current until it does. */
    static final String A3 = TestEvents.id("web-a3");

    static final Instant A1_PUBLISHED = Instant.parse("2021-10-14T02:06:51Z");
    static final Instant A2_PUBLISHED = Instant.parse("2021-11-01T02:00:00Z");
    static final String A1_TEXT =
            "北京经开区公布数据，规模以上工业总产值达3713.4亿元。上半年规模以上工业总产值2400.5亿元。" + "全年规模以上工业总产值目标5000亿元。智飞绿竹项目于2021年9月开工。";

    @TestConfiguration
    static class Mongo {
        @Bean
        MongoClient mongoClient() {
            return MongoClients.create(MONGO.uri("readapi"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Autowired
    MongoClient client;

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeAll
    void storeEvents() {
        client.getDatabase("readapi").drop();
        // series 规模以上工业总产值 of the zone: two reports agreeing but for rounding (1-6月), two disagreeing (1-8月)
        store.storeIndicator(indicator(
                "i1",
                A1,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                3713.4,
                "亿元",
                Status.ACTUAL,
                "2021-01-01",
                "2021-08-31",
                "3713.4亿元"));
        store.storeIndicator(indicator(
                "i2", A2, ZONE, "规上工业总产值", Measure.LEVEL, 3650, "亿元", Status.ACTUAL, "2021-01-01", "2021-08-31", null));
        store.storeIndicator(indicator(
                "i3",
                A1,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                2400.5,
                "亿元",
                Status.ACTUAL,
                "2021-01-01",
                "2021-06-30",
                "2400.5亿元"));
        store.storeIndicator(indicator(
                "i4",
                A2,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                2400,
                "亿元",
                Status.ACTUAL,
                "2021-01-01",
                "2021-06-30",
                null));
        // a target met by the year's actual, a forecast with no actual yet
        store.storeIndicator(indicator(
                "i5",
                A1,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                5000,
                "亿元",
                Status.TARGET,
                "2021-01-01",
                "2021-12-31",
                "5000亿元"));
        store.storeIndicator(indicator(
                "i6",
                A2,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                5200,
                "亿元",
                Status.ACTUAL,
                "2021-01-01",
                "2021-12-31",
                null));
        store.storeIndicator(indicator(
                "i7",
                A2,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                5600,
                "亿元",
                Status.FORECAST,
                "2022-01-01",
                "2022-12-31",
                null));
        // places: 北京市 and its sub-region 北京市大兴区
        store.storeIndicator(indicator(
                "i8",
                A3,
                "北京市大兴区",
                "固定资产投资",
                Measure.YOY_GROWTH,
                12.5,
                "%",
                Status.ACTUAL,
                "2021-01-01",
                "2021-06-30",
                null));
        store.storeIndicator(indicator(
                "i9", A2, "北京市", "固投", Measure.YOY_GROWTH, 8, "%", Status.ACTUAL, "2021-01-01", "2021-09-30", null));
        // an older generation's event: hidden unless include=superseded
        store.storeIndicator(indicator(
                "i10",
                OLD,
                ZONE,
                "规模以上工业总产值",
                Measure.LEVEL,
                9999,
                "亿元",
                Status.ACTUAL,
                "2021-01-01",
                "2021-08-31",
                null));
        client.getDatabase("readapi")
                .getCollection("indicator_observations")
                .updateOne(Filters.eq("_id", TestEvents.id("i10")), Updates.set("superseded", true));

        // 智飞绿竹: signed, started, completion planned for 2022-12 and never reported: its expected date has passed
        store.storeProject(project("p1", A3, ZONE, "智飞绿竹项目", "智飞绿竹", Stage.SIGNED, false, "2021-03", "智飞绿竹"));
        store.storeProject(
                project("p2", A1, ZONE, "智飞绿竹项目", "智飞绿竹", Stage.CONSTRUCTION_STARTED, false, "2021-09", "智飞绿竹"));
        store.storeProject(project("p3", A2, ZONE, "智飞绿竹项目", "智飞绿竹", Stage.COMPLETED, true, "2022-12", "智飞绿竹"));
        // 京东方: completed in May, then reported started in August: a stage reported backwards
        store.storeProject(project("p4", A3, "北京市大兴区", "京东方产线", "京东方产线", Stage.COMPLETED, false, "2021-05", "京东方"));
        store.storeProject(
                project("p5", A2, "北京市大兴区", "京东方产线", "京东方产线", Stage.CONSTRUCTION_STARTED, false, "2021-08", "京东方"));
        // 小米: signed, production planned far ahead
        store.storeProject(project("p6", A3, "北京市", "小米汽车工厂", "小米汽车工厂", Stage.SIGNED, false, "2021-02", "小米"));
        store.storeProject(project("p7", A3, "北京市", "小米汽车工厂", "小米汽车工厂", Stage.IN_PRODUCTION, true, "2999", "小米"));

        store.storeArticle(new ExtractedArticle(
                null,
                A1,
                "hash-a1",
                new EventSource("https://example.org/a1", "北京经开区数据", A1_PUBLISHED),
                "北京经开区数据",
                A1_PUBLISHED,
                A1_TEXT,
                "0",
                "zonepulse-rules/2.0.0",
                // the summary lists every event of A1's generation: one it did not list would be superseded
                List.of(TestEvents.id("i1"), TestEvents.id("i3"), TestEvents.id("i5")),
                List.of(TestEvents.id("p2")),
                1));
    }

    @Test
    void indicatorsFilterByRegionWithSubRegionsIndicatorSpellingMeasureStatusPeriodArticleAndExtractor()
            throws Exception {
        assertThat(ids("/api/v1/indicators?limit=500"))
                .containsExactlyInAnyOrder("i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9");
        assertThat(ids("/api/v1/indicators?region=北京市")).containsExactlyInAnyOrder("i8", "i9");
        assertThat(ids("/api/v1/indicators?region=北京市大兴区")).containsExactly("i8");
        // as written or canonical: either spelling finds both
        assertThat(ids("/api/v1/indicators?indicator=规模以上工业总产值&status=actual&measure=level"))
                .containsExactlyInAnyOrder("i1", "i2", "i3", "i4", "i6");
        assertThat(ids("/api/v1/indicators?indicator=规上工业总产值&status=actual"))
                .containsExactlyInAnyOrder("i1", "i2", "i3", "i4", "i6");
        assertThat(ids("/api/v1/indicators?indicator=固定资产投资")).containsExactlyInAnyOrder("i8", "i9");
        assertThat(ids("/api/v1/indicators?measure=yoy_growth")).containsExactlyInAnyOrder("i8", "i9");
        assertThat(ids("/api/v1/indicators?status=target")).containsExactly("i5");
        assertThat(ids("/api/v1/indicators?status=forecast")).containsExactly("i7");
        // period overlap: 2021-07 to 2021-08 overlaps 1-8月, the whole year, and 1-9月, not 1-6月 or 2022
        assertThat(ids("/api/v1/indicators?from=2021-07&to=2021-08"))
                .containsExactlyInAnyOrder("i1", "i2", "i5", "i6", "i9");
        assertThat(ids("/api/v1/indicators?from=2022")).containsExactly("i7");
        assertThat(ids("/api/v1/indicators?article=" + A1)).containsExactlyInAnyOrder("i1", "i3", "i5");
        assertThat(ids("/api/v1/indicators?article=" + A3)).containsExactly("i8");
        assertThat(ids("/api/v1/indicators?extractor=zonepulse-rules/1.0.0"))
                .containsExactlyInAnyOrder("i2", "i4", "i6", "i7", "i9");
    }

    @Test
    void indicatorsAreTypedRecordsWithoutStorageFieldsAndHideSupersededUnlessAsked() throws Exception {
        String body = body("/api/v1/indicators?article=" + A1 + "&indicator=规模以上工业总产值&status=actual&from=2021-08");
        assertThat(body).doesNotContain("_id").doesNotContain("storedAt").doesNotContain("seriesKey");
        assertThat((List<?>) JsonPath.read(body, "$.items")).hasSize(1);
        assertThat((String) JsonPath.read(body, "$.items[0].canonicalIndicator"))
                .isEqualTo("规模以上工业总产值");
        assertThat((String) JsonPath.read(body, "$.items[0].period.end")).isEqualTo("2021-08-31");
        assertThat((String) JsonPath.read(body, "$.items[0].measure")).isEqualTo("level");
        assertThat((Boolean) JsonPath.read(body, "$.items[0].superseded")).isFalse();

        assertThat(ids("/api/v1/indicators?article=" + OLD)).isEmpty();
        String all = body("/api/v1/indicators?article=" + OLD + "&include=superseded");
        assertThat((List<String>) JsonPath.read(all, "$.items[*].eventId")).containsExactly(TestEvents.id("i10"));
        assertThat((Boolean) JsonPath.read(all, "$.items[0].superseded")).isTrue();
    }

    @Test
    void indicatorsPageThroughACursorToTheEndInAStableOrder() throws Exception {
        List<String> paged = new ArrayList<>();
        String next = "/api/v1/indicators?limit=2&region=" + ZONE;
        int pages = 0;
        while (next != null) {
            String body = body(next);
            paged.addAll(JsonPath.read(body, "$.items[*].eventId"));
            next = JsonPath.read(body, "$.next");
            pages++;
            assertThat(next == null || next.contains("region="))
                    .as("the next link keeps the filters")
                    .isTrue();
        }
        List<String> all = JsonPath.read(body("/api/v1/indicators?limit=500&region=" + ZONE), "$.items[*].eventId");
        assertThat(paged).hasSize(7).doesNotHaveDuplicates().isEqualTo(all);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void seriesHasOnePointPerPeriodWithEveryReportConflictsFlaggedAndPlansApart() throws Exception {
        String body = body("/api/v1/series?region=" + ZONE + "&indicator=规上工业总产值&measure=level");
        assertThat((String) JsonPath.read(body, "$.indicator")).isEqualTo("规模以上工业总产值");
        assertThat((List<String>) JsonPath.read(body, "$.spellings")).contains("规模以上工业总产值", "规上工业总产值");
        assertThat((List<String>) JsonPath.read(body, "$.points[*].period.end"))
                .containsExactly("2021-06-30", "2021-08-31", "2021-12-31");
        // 2400.5 and 2400 agree within the rounding of 2400; 3713.4 and 3650 do not
        assertThat((List<Boolean>) JsonPath.read(body, "$.points[*].conflict")).containsExactly(false, true, false);
        assertThat((List<?>) JsonPath.read(body, "$.points[1].reports")).hasSize(2);
        assertThat((List<String>) JsonPath.read(body, "$.points[1].reports[*].evidence.quote"))
                .contains("3713.4亿元");
        // the superseded 9999 is not a report unless asked for
        assertThat(body).doesNotContain("9999");
        assertThat(body("/api/v1/series?region=" + ZONE + "&indicator=规上工业总产值&measure=level&include=superseded"))
                .contains("9999");

        assertThat((List<String>) JsonPath.read(body, "$.plans[*].status")).containsExactly("target", "forecast");
        assertThat((Boolean) JsonPath.read(body, "$.plans[0].met")).isTrue();
        assertThat((Double) JsonPath.read(body, "$.plans[0].actual.value.value"))
                .isEqualTo(5.2e11);
        assertThat((Object) JsonPath.read(body, "$.plans[1].actual")).isNull();
        assertThat((Object) JsonPath.read(body, "$.plans[1].met")).isNull();

        String growth = body("/api/v1/series?region=北京市&indicator=固定资产投资&measure=yoy_growth");
        assertThat((List<Double>) JsonPath.read(growth, "$.points[*].reports[*].value"))
                .containsExactly(8.0);
    }

    @Test
    void projectsFilterByRegionStageFurthestStageExpectedCompanyNameAndSince() throws Exception {
        assertThat(keys("/api/v1/projects")).containsExactly("京东方产线", "智飞绿竹", "小米汽车工厂");
        assertThat(keys("/api/v1/projects?region=北京市")).containsExactly("京东方产线", "小米汽车工厂");
        assertThat(keys("/api/v1/projects?stage=construction_started")).containsExactly("京东方产线", "智飞绿竹");
        assertThat(keys("/api/v1/projects?stage=completed")).containsExactly("京东方产线");
        assertThat(keys("/api/v1/projects?furthestStage=completed")).containsExactly("京东方产线");
        assertThat(keys("/api/v1/projects?furthestStage=signed")).containsExactly("小米汽车工厂");
        assertThat(keys("/api/v1/projects?expected=true")).containsExactly("智飞绿竹", "小米汽车工厂");
        assertThat(keys("/api/v1/projects?expected=false")).containsExactly("京东方产线");
        assertThat(keys("/api/v1/projects?company=小米")).containsExactly("小米汽车工厂");
        assertThat(keys("/api/v1/projects?q=绿竹")).containsExactly("智飞绿竹");
        assertThat(keys("/api/v1/projects?since=2021-10-20")).containsExactly("京东方产线", "智飞绿竹");
        assertThat(keys("/api/v1/projects?since=2021-11-01T02:00:01Z")).isEmpty();

        String body = body("/api/v1/projects?company=京东方");
        assertThat((Boolean) JsonPath.read(body, "$.items[0].flags.stageReportedBackwards"))
                .isTrue();
        assertThat((Boolean) JsonPath.read(body, "$.items[0].flags.expectedDatePassed"))
                .isFalse();
        assertThat(body).doesNotContain("_id");
    }

    @Test
    void projectsPageThroughACursorToTheEnd() throws Exception {
        List<String> paged = new ArrayList<>();
        String next = "/api/v1/projects?limit=1";
        while (next != null) {
            String body = body(next);
            paged.addAll(JsonPath.read(body, "$.items[*].key"));
            next = JsonPath.read(body, "$.next");
        }
        assertThat(paged).containsExactly("京东方产线", "智飞绿竹", "小米汽车工厂");
    }

    @Test
    void projectTimelineHasDatesSourcesQuotesAndFlags() throws Exception {
        String body = body("/api/v1/projects/智飞绿竹");
        assertThat((List<String>) JsonPath.read(body, "$.timeline[*].stage"))
                .containsExactly("signed", "construction_started", "completed");
        assertThat((List<String>) JsonPath.read(body, "$.timeline[*].date.value"))
                .containsExactly("2021-03", "2021-09", "2022-12");
        assertThat((String) JsonPath.read(body, "$.timeline[1].source.uri")).isEqualTo("https://example.org/" + A1);
        assertThat((String) JsonPath.read(body, "$.timeline[1].evidence.quote")).isEqualTo("智飞绿竹项目于2021年9月开工");
        assertThat((List<Boolean>) JsonPath.read(body, "$.timeline[*].expectedDatePassed"))
                .containsExactly(false, false, true);
        assertThat((Boolean) JsonPath.read(body, "$.flags.expectedDatePassed")).isTrue();
        assertThat((Boolean) JsonPath.read(body, "$.flags.stageReportedBackwards"))
                .isFalse();

        String backwards = body("/api/v1/projects/京东方产线");
        assertThat((List<Boolean>) JsonPath.read(backwards, "$.timeline[*].reportedBackwards"))
                .containsExactly(false, true);
        String ahead = body("/api/v1/projects/小米汽车工厂");
        assertThat((Boolean) JsonPath.read(ahead, "$.flags.expectedDatePassed")).isFalse();
    }

    @Test
    void regionsAreZonesAndPlacesWithTheirCounts() throws Exception {
        String body = body("/api/v1/regions");
        assertThat((List<String>) JsonPath.read(body, "$[*].name")).containsExactlyInAnyOrder(ZONE, "北京市", "北京市大兴区");
        assertThat((List<String>) JsonPath.read(body, "$[?(@.name == '" + ZONE + "')].kind"))
                .containsExactly("zone");
        assertThat((List<String>) JsonPath.read(body, "$[?(@.name == '北京市')].kind"))
                .containsExactly("place");
        assertThat((List<Integer>) JsonPath.read(body, "$[?(@.name == '" + ZONE + "')].indicatorEvents"))
                .containsExactly(7);
        assertThat((List<Integer>) JsonPath.read(body, "$[?(@.name == '" + ZONE + "')].projectEvents"))
                .containsExactly(3);
        assertThat((List<Integer>) JsonPath.read(body, "$[?(@.name == '" + ZONE + "')].projects"))
                .containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(
                        body("/api/v1/regions?include=superseded"), "$[?(@.name == '" + ZONE + "')].indicatorEvents"))
                .containsExactly(8);
    }

    @Test
    void statsCountCurrentEventsAndProjectsByFurthestStage() throws Exception {
        String body = body("/api/v1/stats");
        assertThat((Integer) JsonPath.read(body, "$.indicatorEvents")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(body, "$.projectEvents")).isEqualTo(7);
        assertThat((Integer) JsonPath.read(body, "$.projects")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.articles")).isEqualTo(1);
        assertThat((Map<String, Integer>) JsonPath.read(body, "$.projectsByFurthestStage"))
                .containsEntry("completed", 1)
                .containsEntry("construction_started", 1)
                .containsEntry("signed", 1);
        assertThat((Integer) JsonPath.read(body("/api/v1/stats?include=superseded"), "$.indicatorEvents"))
                .isEqualTo(10);
    }

    @Test
    void articleHasItsCleanTextAndEventsWhoseOffsetsPointIntoIt() throws Exception {
        String body = body("/api/v1/articles/" + A1);
        String text = JsonPath.read(body, "$.cleanText");
        assertThat(text).isEqualTo(A1_TEXT);
        List<Map<String, Object>> indicators = JsonPath.read(body, "$.indicators");
        assertThat(indicators).hasSize(3);
        List<Map<String, Object>> evidence = JsonPath.read(body, "$..evidence");
        assertThat(evidence).hasSize(4);
        for (Map<String, Object> e : evidence) {
            assertThat(text.substring((Integer) e.get("start"), (Integer) e.get("end")))
                    .isEqualTo(e.get("quote"));
        }
        assertThat((List<String>) JsonPath.read(body, "$.projects[*].projectKey"))
                .containsExactly("智飞绿竹");
    }

    @Test
    void unknownIdsAre404Problems() throws Exception {
        for (String path : List.of("/api/v1/projects/no-such-project", "/api/v1/articles/" + TestEvents.id("none"))) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
        "/api/v1/indicators?limit=0, limit",
        "/api/v1/indicators?limit=-5, limit",
        "/api/v1/indicators?limit=501, limit",
        "/api/v1/indicators?limit=many, limit",
        "/api/v1/indicators?measure=height, measure",
        "/api/v1/indicators?status=hoped, status",
        "/api/v1/indicators?from=2021-13, from",
        "/api/v1/indicators?to=yesterday, to",
        "/api/v1/indicators?from=2022&to=2021, to",
        "/api/v1/indicators?include=everything, include",
        "/api/v1/indicators?cursor=!!, cursor",
        "/api/v1/indicators?cursor=YWJj, cursor",
        "/api/v1/indicators?region=, region",
        "/api/v1/indicators?indicator=, indicator",
        "/api/v1/indicators?article=, article",
        "/api/v1/indicators?extractor=, extractor",
        "/api/v1/series?indicator=x&measure=level, region",
        "/api/v1/series?region=x&measure=level, indicator",
        "/api/v1/series?region=x&indicator=y, measure",
        "/api/v1/series?region=x&indicator=y&measure=size, measure",
        "/api/v1/series?region=x&indicator=y&measure=level&include=old, include",
        "/api/v1/projects?limit=0, limit",
        "/api/v1/projects?limit=x, limit",
        "/api/v1/projects?stage=dug, stage",
        "/api/v1/projects?furthestStage=dug, furthestStage",
        "/api/v1/projects?expected=maybe, expected",
        "/api/v1/projects?since=yesterday, since",
        "/api/v1/projects?cursor=YWJj, cursor",
        "/api/v1/projects?region=, region",
        "/api/v1/projects?company=, company",
        "/api/v1/projects?q=, q",
        "/api/v1/projects/x?include=old, include",
        "/api/v1/regions?include=old, include",
        "/api/v1/stats?include=old, include",
    })
    void everyBadParameterIsA400ProblemNamingIt(String path, String parameter) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(parameter)));
    }

    private List<String> ids(String path) throws Exception {
        List<String> ids = JsonPath.read(body(path), "$.items[*].eventId");
        List<String> labels = new ArrayList<>();
        for (String id : ids) {
            for (int i = 1; i <= 10; i++) {
                if (TestEvents.id("i" + i).equals(id)) {
                    labels.add("i" + i);
                }
            }
        }
        assertThat(labels).hasSameSizeAs(ids);
        return labels;
    }

    private List<String> keys(String path) throws Exception {
        return JsonPath.read(body(path), "$.items[*].key");
    }

    private String body(String path) throws Exception {
        // a next link is already percent-encoded: sent as a URI, not as a template to encode again
        return mvc.perform(get(
                        path.contains("%")
                                ? java.net.URI.create(path)
                                : new org.springframework.web.util.DefaultUriBuilderFactory().expand(path)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                // only the first API's paths are deprecated (FirstApiDeprecation)
                .andExpect(header().doesNotExist("Deprecation"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static IndicatorEvent indicator(
            String label,
            String article,
            String region,
            String name,
            Measure measure,
            double value,
            String unit,
            Status status,
            String start,
            String end,
            String quote) {
        double scale = unit.equals("亿元") ? 1e8 : 1;
        int at = quote == null ? -1 : A1_TEXT.indexOf(quote);
        Evidence evidence = at < 0
                ? new Evidence(name + value + unit, name + value + unit, 0, (name + value + unit).length())
                : new Evidence(quote, A1_TEXT, at, at + quote.length());
        return new IndicatorEvent(
                null,
                null,
                TestEvents.id(label),
                article,
                new EventSource(
                        "https://example.org/" + article, "t", article.equals(A2) ? A2_PUBLISHED : A1_PUBLISHED),
                article.equals(A2) || article.equals(OLD) ? "zonepulse-rules/1.0.0" : "zonepulse-rules/2.0.0",
                region,
                name,
                measure,
                value,
                null,
                unit,
                new Quantity(value * scale, unit.equals("亿元") ? "元" : unit),
                Qualifier.EXACT,
                status,
                new Period(LocalDate.parse(start), LocalDate.parse(end), null),
                null,
                evidence,
                0.9);
    }

    static ProjectEvent project(
            String label,
            String article,
            String region,
            String name,
            String key,
            Stage stage,
            boolean expected,
            String date,
            String company) {
        String quote = "智飞绿竹项目于2021年9月开工";
        int at = A1_TEXT.indexOf(quote);
        Evidence evidence = label.equals("p2")
                ? new Evidence(quote, A1_TEXT, at, at + quote.length())
                : new Evidence(name + stage.wire(), name + stage.wire(), 0, (name + stage.wire()).length());
        DatePrecision precision =
                date.length() == 4 ? DatePrecision.YEAR : date.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        return new ProjectEvent(
                null,
                null,
                TestEvents.id(label),
                article,
                new EventSource(
                        "https://example.org/" + article, "t", article.equals(A2) ? A2_PUBLISHED : A1_PUBLISHED),
                "zonepulse-rules/2.0.0",
                region,
                0.85,
                evidence,
                name,
                key,
                stage,
                expected,
                new EventDate(date, precision, null),
                new Investment(16.2, "亿元", Qualifier.APPROX, new Quantity(1.62e9, "元")),
                List.of(company));
    }
}
