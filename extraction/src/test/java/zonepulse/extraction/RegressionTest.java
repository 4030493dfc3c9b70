package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicator;
import static zonepulse.extraction.Extract.project;
import static zonepulse.extraction.Extract.text;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;
import zonepulse.events.Status;

/** Each test pins a miss or a false event found while developing the rules, named after what went wrong. */
class RegressionTest {

    @Test
    void listWithoutACountTailIsNotAList() {
        // 「调度推动重大项目建设、投产」 once yielded a project named 调度推动重大项目建设
        assertThat(text("北京经开区将持续以产业为舵，调度推动重大项目建设、投产。").projects()).isEmpty();
    }

    @Test
    void sameYearComparisonDoesNotDateTheFigure() {
        IndicatorEvent e = indicator(text("今年1-8月份，规模以上工业总产值达3713.4亿元，同比去年增长31.9%。"), Measure.YOY_GROWTH, 31.9);
        assertThat(e.period().end()).isEqualTo(LocalDate.of(2021, 8, 31));
    }

    @Test
    void aForecastYearOfAnEarlierClauseDoesNotDateLaterFigures() {
        ExtractionResult r =
                text("智飞绿竹项目预计2025年建成；已开工的永泰生物细胞药物产业化基地将建设成为生产基地；" + "1-8月份北京经开区生物工程和医药产业产值达到1079亿元，同比增长237%。");
        IndicatorEvent e = indicator(r, Measure.LEVEL, 1079);
        assertThat(e.period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(e.status()).isEqualTo(Status.ACTUAL);
        assertThat(project(r, "永泰生物细胞药物产业化基地", Stage.CONSTRUCTION_STARTED).date())
                .isNull();
    }

    @Test
    void codeDigitsInANameAreNoCount() {
        assertThat(project(text("华星光电t5项目已封顶。"), "华星光电t5项目", Stage.TOPPED_OUT)).isNotNull();
    }

    @Test
    void aCountedObjectIsNoProject() {
        assertThat(text("40多个重点项目签约，全年实现52个项目落地。").projects()).isEmpty();
    }

    @Test
    void twoChineseDigitsInARowAreNoNumber() {
        assertThat(text("北京经济技术开发区是北京市唯一一个国家级经济技术开发区。").indicators()).isEmpty();
    }

    @Test
    void bareMagnitudeWithoutQualifierIsNoFigure() {
        assertThat(text("每年百亿支持高精尖产业落地，百万平米国际人才社区一期开工建设，千人医疗卫生机构床位数6.4张。").indicators())
                .extracting(IndicatorEvent::value)
                .containsExactly(6.4);
    }

    @Test
    void sectionNumberGluedToItsHeadingIsNoCount() {
        assertThat(text("4人口\n截至目前，开发区常住人口29万人。").indicators())
                .extracting(IndicatorEvent::value)
                .containsExactly(29.0);
    }

    @Test
    void aFigureQualifyingAnotherNameIsNoIndicator() {
        assertThat(text("全区公园绿地500米服务半径覆盖率达到96%。").indicators())
                .extracting(IndicatorEvent::value)
                .containsExactly(96.0);
    }

    @Test
    void chineseCountFollowedByEtcIsPartOfAName() {
        assertThat(text("联通数科、工信部五所等项目签约。").indicators()).isEmpty();
    }

    @Test
    void sixInOneIsAnIdiom() {
        assertThat(text("构建“政、产、学、研、用、金”六位一体的科技成果转化服务体系。").indicators()).isEmpty();
    }

    @Test
    void comparisonBaseTakesTheNameBefore() {
        assertThat(text("是全市水平的3.6倍。", null).indicators())
                .as("a comparison of nothing named")
                .isEmpty();
    }

    @Test
    void comparisonBaseAfterARatio() {
        ExtractionResult r = text("万人发明专利拥有量675件，是全市水平的3.6倍。");
        assertThat(indicator(r, Measure.LEVEL, 3.6).indicator()).isEqualTo("万人发明专利拥有量");
    }

    @Test
    void sameBasisIsABasisNotAName() {
        ExtractionResult r = text("完成地方级收入372.4亿元，同比增长2.7%，同口径增长9.4%。");
        IndicatorEvent e = indicator(r, Measure.YOY_GROWTH, 9.4);
        assertThat(e.indicator()).isEqualTo("地方级收入");
        assertThat(e.basis()).isEqualTo("同口径");
    }

    @Test
    void newlyAddedStaysInTheName() {
        assertThat(indicator(text("合肥高新区一季度新增国家高新技术企业216家。"), Measure.COUNT, 216)
                        .indicator())
                .isEqualTo("新增国家高新技术企业");
    }

    @Test
    void thresholdFigureStaysInTheNextName() {
        assertThat(indicator(text("工业企业产值超亿元185家。"), Measure.COUNT, 185).indicator())
                .isEqualTo("工业企业产值超亿元");
    }

    @Test
    void salesRevenueIsNoOpening() {
        assertThat(text("服务业企业营业收入超亿元421家。").projects()).isEmpty();
    }

    @Test
    void projectListInAnObjectWithCountsIsNoProject() {
        assertThat(text("建成国家级科技服务器5家、经营性园区和特色园区34家。").projects()).isEmpty();
    }

    @Test
    void objectOfAnUrgentBuildIsTheProject() {
        ExtractionResult r = text("紧急建成建设者之家和N20集中隔离观察场所，支援全市统筹。");
        assertThat(r.projects()).extracting(p -> p.name()).containsExactly("建设者之家", "N20集中隔离观察场所");
    }

    @Test
    void brandWordsAreNotAbstract() {
        assertThat(project(text("长城全球研发中心及品牌总部落地。"), "长城全球研发中心及品牌总部", Stage.LANDED))
                .isNotNull();
        assertThat(project(text("双创服务中心开工建设。"), "双创服务中心", Stage.CONSTRUCTION_STARTED))
                .isNotNull();
    }

    @Test
    void builtUpAreaWordStillTriggers() {
        assertThat(project(text("探索“工业上楼”，建成区内首个摩天工厂。"), "区内首个摩天工厂", Stage.COMPLETED))
                .isNotNull();
    }

    @Test
    void aYearOpeningAParagraphDatesItsLaterStatements() {
        ExtractionResult r = text("2020年，加强公共文化服务体系建设，全年开展各类文化活动246场。共放映电影15476场。", null);
        assertThat(indicator(r, Measure.COUNT, 15476).period().start()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void aYearInsideAStatementDoesNotDateTheParagraph() {
        ExtractionResult r = text("机器人产业方面。2022年产值680亿元。涌现了小米智能黑灯工厂等47个智能制造试点示范企业。", null);
        assertThat(indicator(r, Measure.LEVEL, 680).period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(indicator(r, Measure.COUNT, 47).period()).isNull();
    }

    @Test
    void accumulatedConcentrationIsAName() {
        ExtractionResult r = text("北京经济技术开发区管委会 2022 年度工作总结\nPM2.5 累计浓度 32 微克/立方米，同比下降 8.6%。", null);
        IndicatorEvent e = indicator(r, Measure.LEVEL, 32);
        assertThat(e.unit()).isEqualTo("微克/立方米");
        assertThat(e.period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void signingIsNoApproximately() {
        ExtractionResult r = text("今年以来，南京江北新区累计签约亿元以上项目86个，总投资1260亿元，其中百亿级项目3个。");
        assertThat(r.indicators()).extracting(IndicatorEvent::value).containsExactly(86.0, 1260.0, 3.0);
        assertThat(r.indicators()).allMatch(e -> e.qualifier() == zonepulse.events.Qualifier.EXACT);
    }

    @Test
    void aZoneSignsNoProjectItself() {
        assertThat(text("今年以来，南京江北新区累计签约亿元以上项目86个。").projects()).isEmpty();
        assertThat(text("成都高新区新引进世界500强企业投资项目7个。").projects()).isEmpty();
    }

    @Test
    void tenThousandHundredMillionsAloneIsOneTrillion() {
        IndicatorEvent e = indicator(text("杭州高新区全年实现营业收入超万亿元。"), Measure.LEVEL, 1);
        assertThat(e.unit()).isEqualTo("万亿元");
        assertThat(e.normalized().value()).isEqualTo(1e12);
        assertThat(e.qualifier()).isEqualTo(zonepulse.events.Qualifier.OVER);
    }

    @Test
    void aFigureOfThisProjectIsNoZoneIndicator() {
        ExtractionResult r = text("总投资120亿元的宁德时代锂电池生产基地项目在西安高新区正式投产，该项目占地约1200亩。");
        assertThat(r.indicators()).isEmpty();
        assertThat(project(r, "宁德时代锂电池生产基地项目", Stage.IN_PRODUCTION).investment().value())
                .isEqualTo(120);
    }

    @Test
    void growthOfTheGrowthRateKeepsTheName() {
        ExtractionResult r = text("1至5月，广州开发区完成工业投资168.5亿元，同比增长21.3%，增速比一季度提高4.2个百分点。");
        // against an earlier period, not a year ago: month on month (GUIDELINES: 「较一季度提高」 is mom_growth)
        assertThat(indicator(r, Measure.MOM_GROWTH, 4.2).indicator()).isEqualTo("工业投资");
    }

    @Test
    void adverbsBeforeTheVerbAreNotTheName() {
        assertThat(indicator(text("智能网联汽车产值逆势增长近两成。"), Measure.YOY_GROWTH, 20).indicator())
                .isEqualTo("智能网联汽车产值");
    }

    @Test
    void aCollectiveGroundbreakingEventIsNoProject() {
        ExtractionResult r = text("4月18日，合肥高新区举行2023年第二季度重大项目集中开工活动，本次集中开工项目共28个，总投资156亿元。");
        assertThat(r.projects()).isEmpty();
        assertThat(indicator(r, Measure.COUNT, 28).indicator()).contains("开工项目");
    }

    @Test
    void aProjectNamedInAnEarlierClauseReachesTheLaterStage() {
        ProjectEvent p = project(text("其中，晶合集成三期项目总投资约95亿元，计划2025年投产。"), "晶合集成三期项目", Stage.IN_PRODUCTION);
        assertThat(p.expected()).isTrue();
        assertThat(p.date().value()).isEqualTo("2025");
        assertThat(p.investment().value()).isEqualTo(95);
    }

    @Test
    void theMainStructureToppingOutIsTheProjects() {
        ExtractionResult r = text("近日，位于苏州工业园区的三星电子半导体封装测试项目二期工程主体结构顺利封顶，预计年底竣工交付。");
        assertThat(project(r, "三星电子半导体封装测试项目二期工程", Stage.TOPPED_OUT).expected()).isFalse();
        assertThat(project(r, "三星电子半导体封装测试项目二期工程", Stage.COMPLETED).expected()).isTrue();
    }

    @Test
    void aPhaseAloneBelongsToTheProjectNamedBefore() {
        ExtractionResult r = text("去年12月，中芯国际（天津）12英寸晶圆代工生产线项目在天津经开区开工，一期预计2024年建成投产。");
        assertThat(project(r, "中芯国际（天津）12英寸晶圆代工生产线项目", Stage.CONSTRUCTION_STARTED)
                        .date()
                        .value())
                .isEqualTo("2020-12");
        assertThat(project(r, "中芯国际（天津）12英寸晶圆代工生产线项目一期", Stage.IN_PRODUCTION).expected())
                .isTrue();
    }

    @Test
    void aLeadOverTheCityAverageIsABasisOfTheFigureBefore() {
        ExtractionResult r = text("东湖高新区今年1-9月完成规上工业总产值3450亿元，同比增长12.1%，高于全市平均水平3.5个百分点。");
        IndicatorEvent e = indicator(r, Measure.LEVEL, 3.5);
        assertThat(e.indicator()).isEqualTo("规上工业总产值");
        assertThat(e.basis()).contains("全市平均水平");
    }

    @Test
    void passingTheCompletionAcceptanceIsCompleted() {
        assertThat(project(text("天津经开区西区的中石化天津南港乙烯项目一期工程顺利通过竣工验收。"), "中石化天津南港乙烯项目一期工程", Stage.COMPLETED))
                .isNotNull();
    }

    @Test
    void newlyLandedListIsTheObjectOfLanding() {
        ExtractionResult r = text("广州开发区今年新落户百济神州、粤芯半导体等重大项目32个，总投资逾600亿元。");
        assertThat(r.projects()).extracting(p -> p.name()).containsExactly("百济神州", "粤芯半导体");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.LANDED);
        assertThat(indicator(r, Measure.COUNT, 32).indicator()).isEqualTo("重大项目");
    }
}
