package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicator;
import static zonepulse.extraction.Extract.project;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Qualifier;
import zonepulse.events.Stage;
import zonepulse.events.Status;

/**
 * Articles about zones of other cities, written for these tests (src/test/resources/docs), with the events they
 * must yield: the rules are not tuned to Beijing's seeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherZonesTest {
    private final Extractor extractor = Extractor.create();
    private ExtractionResult suzhou;
    private ExtractionResult tianjin;
    private ExtractionResult wuhan;
    private ExtractionResult mixed;

    private ExtractionResult read(String name, String mediaType) throws Exception {
        String content = SeedCorpusTest.resource("/docs/" + name);
        return extractor.extract(new ExtractionInput("doc-" + name, "docs/" + name, mediaType, content, null, null));
    }

    @BeforeAll
    void extractAll() throws Exception {
        suzhou = read("suzhou_sip.html", "text/html");
        tianjin = read("tianjin_teda.txt", "text/plain");
        wuhan = read("wuhan_optics_valley.txt", "text/plain");
        mixed = read("mixed_zones.md", "text/markdown");
    }

    @Test
    void suzhouIndustrialParkFiguresOfTheFirstThreeQuarters() {
        IndicatorEvent gdp = indicator(suzhou, Measure.LEVEL, 2515.6);
        assertThat(gdp.indicator()).isEqualTo("地区生产总值");
        assertThat(gdp.region()).isEqualTo("苏州工业园区");
        assertThat(gdp.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(gdp.period().end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(indicator(suzhou, Measure.YOY_GROWTH, -1.3).indicator()).isEqualTo("规模以上工业总产值");
        assertThat(indicator(suzhou, Measure.LEVEL, 12.3).unit()).isEqualTo("亿美元");
        IndicatorEvent share = indicator(suzhou, Measure.SHARE, 30);
        assertThat(share.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(share.indicator()).startsWith("实际使用外资");
        IndicatorEvent firms = indicator(suzhou, Measure.COUNT, 2500);
        assertThat(firms.qualifier()).isEqualTo(Qualifier.APPROX); // 2500余家: GUIDELINES section 1, 余 is approx
        assertThat(firms.period().start()).isNull();
        assertThat(firms.period().end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(indicator(suzhou, Measure.YOY_GROWTH, 6).status()).isEqualTo(Status.TARGET);
    }

    @Test
    void suzhouIndustrialParkProjects() {
        ProjectEvent started = project(suzhou, "信达生物高端生物药产业化项目", Stage.CONSTRUCTION_STARTED);
        assertThat(started.date().value()).isEqualTo("2023-09-28");
        assertThat(started.investment().value()).isEqualTo(50);
        ProjectEvent production = project(suzhou, "信达生物高端生物药产业化项目", Stage.IN_PRODUCTION);
        assertThat(production.expected()).isTrue();
        assertThat(production.date().value()).isEqualTo("2025");
        assertThat(project(suzhou, "博世新能源汽车核心部件研发中心", Stage.SIGNED).companies()).containsExactly("博世");
        assertThat(project(suzhou, "三星半导体封测基地二期", Stage.SIGNED)).isNotNull();
        assertThat(project(suzhou, "苏州工业园区人工智能产业园三期", Stage.COMPLETED).date().value())
                .isEqualTo("2023-08");
        assertThat(project(suzhou, "华为苏州研发中心二期", Stage.IN_PRODUCTION)).isNotNull();
    }

    @Test
    void suzhouPageBoilerplateIsNoEvent() {
        assertThat(suzhou.cleanText())
                .doesNotContain("金鸡湖创业大赛")
                .doesNotContain("版权所有")
                .doesNotContain("分享到");
        assertThat(suzhou.indicators())
                .noneMatch(e -> e.value() == 200 || e.value() == 3 && e.unit().equals("个"));
    }

    @Test
    void tianjinTedaFirstHalf() {
        assertThat(tianjin.source().publishedAt()).isNotNull();
        IndicatorEvent output = indicator(tianjin, Measure.LEVEL, 2356.8);
        assertThat(output.region()).isEqualTo("天津经济技术开发区");
        assertThat(output.period().end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(indicator(tianjin, Measure.YOY_GROWTH, -3.2).indicator()).isEqualTo("生物医药产业产值");
        assertThat(indicator(tianjin, Measure.COUNT, 4100).unit()).isEqualTo("户");
        assertThat(indicator(tianjin, Measure.COUNT, 386).indicator()).contains("落户项目");
        assertThat(indicator(tianjin, Measure.LEVEL, 700).qualifier()).isEqualTo(Qualifier.OVER);
        ProjectEvent plant = project(tianjin, "一汽丰田新能源车工厂", Stage.IN_PRODUCTION);
        assertThat(plant.date().value()).isEqualTo("2022-07");
        assertThat(plant.investment())
                .as("the investment of the next sentence is another project's")
                .isNull();
        ProjectEvent novo = project(tianjin, "诺和诺德天津生产基地扩建项目", Stage.CONSTRUCTION_STARTED);
        assertThat(novo.investment().value()).isEqualTo(35);
        assertThat(novo.investment().qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(project(tianjin, "诺和诺德天津生产基地扩建项目", Stage.TOPPED_OUT).date().value())
                .isEqualTo("2023-06");
        assertThat(project(tianjin, "长城汽车天津研发中心项目", Stage.COMPLETED)).isNotNull();
    }

    @Test
    void wuhanOpticsValleyDatedByItsOpeningLine() {
        IndicatorEvent revenue = indicator(wuhan, Measure.LEVEL, 4.5);
        assertThat(revenue.unit()).isEqualTo("万亿元");
        assertThat(revenue.normalized().value()).isEqualTo(4.5e12);
        assertThat(revenue.region()).isEqualTo("武汉东湖新技术开发区");
        assertThat(revenue.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(indicator(wuhan, Measure.SHARE, 13).indicator()).contains("地区生产总值");
        assertThat(indicator(wuhan, Measure.COUNT, 1100).period().end()).isEqualTo(LocalDate.of(2021, 12, 31));
        IndicatorEvent target = indicator(wuhan, Measure.YOY_GROWTH, 12);
        assertThat(target.status()).isEqualTo(Status.TARGET);
        assertThat(target.period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(project(wuhan, "华星光电t5项目", Stage.TOPPED_OUT)).isNotNull();
        assertThat(project(wuhan, "长江存储二期项目", Stage.CONSTRUCTION_STARTED).date().value())
                .as("dated 2022-01-20, a review of 2021: March is the March before")
                .isEqualTo("2021-03");
        assertThat(project(wuhan, "联想武汉产业基地三期", Stage.IN_PRODUCTION)).isNotNull();
        assertThat(project(wuhan, "京东方10.5代线", Stage.LANDED)).isNotNull();
    }

    @Test
    void eachZoneOfAMultiZoneArticleGetsItsOwnRegion() {
        assertThat(indicator(mixed, Measure.LEVEL, 6200).region()).isEqualTo("西安高新技术产业开发区");
        assertThat(indicator(mixed, Measure.COUNT, 216).region()).isEqualTo("合肥高新技术产业开发区");
        assertThat(indicator(mixed, Measure.YOY_GROWTH, 8).region()).isEqualTo("成都高新技术产业开发区");
        assertThat(indicator(mixed, Measure.LEVEL, 18.6).region()).isEqualTo("深圳前海深港现代服务业合作区");
        assertThat(indicator(mixed, Measure.COUNT, 40).region()).isEqualTo("河北雄安新区");
        assertThat(indicator(mixed, Measure.LEVEL, 600).region()).isEqualTo("上海张江高科技园区");
        assertThat(indicator(mixed, Measure.YOY_GROWTH, 4.3).region()).isEqualTo("上海浦东新区");
        assertThat(indicator(mixed, Measure.YOY_GROWTH, 4.3).unit()).isEqualTo("个百分点");
        assertThat(indicator(mixed, Measure.YOY_GROWTH, 5.1).region()).isEqualTo("广州经济技术开发区");
        assertThat(indicator(mixed, Measure.YOY_GROWTH, 9.5).period().end()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void multiZoneArticleProjects() {
        ProjectEvent nio = project(mixed, "蔚来汽车第二先进制造基地项目", Stage.CONSTRUCTION_STARTED);
        assertThat(nio.investment().value()).isEqualTo(100);
        assertThat(nio.region()).isEqualTo("合肥高新技术产业开发区");
        ProjectEvent boe = project(mixed, "京东方成都第8.6代AMOLED生产线项目", Stage.LANDED);
        assertThat(boe.investment().value()).isEqualTo(630);
        assertThat(boe.companies()).containsExactly("京东方");
    }
}
