package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;
import static zonepulse.extraction.internal.rules.IndicatorFixture.statement;

import org.junit.jupiter.api.Test;

/** Each reason a figure is no indicator, on sentences written for it. */
class FigureFiltersTest {

    private static boolean rejects(FigureFilter filter, String text, String written) {
        String t = fold(text);
        Statement st = statement(t);
        return filter.rejects(t, st, figure(st, t, written));
    }

    private static FigureFilter filter(Class<? extends FigureFilter> kind) {
        return FigureFilter.standard().stream()
                .filter(kind::isInstance)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFigureInsideQuotesIsPartOfAName() {
        FigureFilter quoted = filter(FigureFilters.Quoted.class);
        assertThat(rejects(quoted, "会议提出“引进100家企业”的目标。", "100家")).isTrue();
        assertThat(rejects(quoted, "当年引进企业100家。", "100家")).isFalse();
    }

    @Test
    void aBareMagnitudeNamesAClass() {
        FigureFilter bare = filter(FigureFilters.BareMagnitude.class);
        assertThat(rejects(bare, "打造百亿级产业集群。", "百亿")).isTrue();
        assertThat(rejects(bare, "全区有亿元以上项目23个。", "亿元以上")).isTrue();
        assertThat(rejects(bare, "投资1000万元建设厂房。", "1000万元")).isFalse();
    }

    @Test
    void aThresholdBeforeAClassWordIsNoAmount() {
        FigureFilter threshold = filter(FigureFilters.ClassThreshold.class);
        assertThat(rejects(threshold, "纳税1000万元以上企业15家。", "1000万元")).isTrue();
        assertThat(rejects(threshold, "营收1000万元以上的企业达15家。", "1000万元")).isFalse();
        assertThat(rejects(threshold, "出口增长10%以上。", "10%")).isFalse();
    }

    @Test
    void monthsAreADuration() {
        FigureFilter duration = filter(FigureFilters.Duration.class);
        assertThat(rejects(duration, "出口连续8个月保持增长。", "8个")).isTrue();
        assertThat(rejects(duration, "新开工8个项目。", "8个")).isFalse();
    }

    @Test
    void whatAProjectWillYieldOnceBuiltIsNoZoneFigure() {
        FigureFilter outcome = filter(FigureFilters.ProjectOutcome.class);
        assertThat(rejects(outcome, "该项目达产后年营收可达20亿元。", "20亿元")).isTrue();
        assertThat(rejects(outcome, "全区年营收达20亿元。", "20亿元")).isFalse();
        assertThat(rejects(outcome, "二期达产后效益明显；全区营收达20亿元。", "20亿元")).isFalse();
    }

    @Test
    void aPlantsCapacityIsNoZoneFigure() {
        FigureFilter capacity = filter(FigureFilters.PlantCapacity.class);
        assertThat(rejects(capacity, "建成后年产新能源电池5万套。", "5万套")).isTrue();
        assertThat(rejects(capacity, "园区2023年产值达5亿元。", "5亿元")).isFalse();
    }

    @Test
    void anAmountRightBeforeANumberQualifiesIt() {
        FigureFilter threshold = filter(FigureFilters.ThresholdOfNextFigure.class);
        assertThat(rejects(threshold, "营收超10亿元15家，超亿元60家。", "10亿元")).isTrue();
        assertThat(rejects(threshold, "营收超10亿元15家，超亿元60家。", "15家")).isFalse();
    }

    @Test
    void aRankIsNoCount() {
        FigureFilter rank = filter(FigureFilters.Rank.class);
        assertThat(rejects(rank, "综合实力位居全国前20名。", "20名")).isTrue();
        assertThat(rejects(rank, "引进博士20名。", "20名")).isFalse();
    }

    @Test
    void aDistanceIsNoIndicator() {
        FigureFilter distance = filter(FigureFilters.Distance.class);
        assertThat(rejects(distance, "园区距高铁站12公里。", "12公里")).isTrue();
        assertThat(rejects(distance, "离市区8公里。", "8公里")).isTrue();
        assertThat(rejects(distance, "新建道路12公里。", "12公里")).isFalse();
    }

    @Test
    void aSectionNumberGluedToItsHeadingIsNoCount() {
        FigureFilter section = filter(FigureFilters.SectionNumber.class);
        String text = "概述\n2人口\n全区常住人口5万人。";
        assertThat(rejects(section, text, "2人")).isTrue();
        assertThat(rejects(section, text, "5万人")).isFalse();
    }

    @Test
    void aFigureQualifyingAnotherNameIsNoIndicator() {
        FigureFilter qualifies = filter(FigureFilters.QualifiesAName.class);
        assertThat(rejects(qualifies, "半径5公里范围内有学校6所。", "5公里")).isTrue();
        assertThat(rejects(qualifies, "社区300米服务半径覆盖率达95%。", "300米")).isTrue();
        assertThat(rejects(qualifies, "半径5公里范围内有学校6所。", "6所")).isFalse();
    }

    @Test
    void smallChineseCountsAreIdiomsUnlessTheyTotalAList() {
        FigureFilter idiom = filter(FigureFilters.ChineseIdiom.class);
        assertThat(rejects(idiom, "坚持三位一体。", "三位")).isTrue();
        assertThat(rejects(idiom, "形成两个中心。", "两个")).isTrue();
        assertThat(rejects(idiom, "建成甲园、乙园两个园区。", "两个")).isFalse();
        assertThat(rejects(idiom, "引进企业三十家。", "三十家")).isFalse();
    }

    @Test
    void everyFilterSaysItsReason() {
        assertThat(FigureFilter.standard()).hasSize(13);
        assertThat(FigureFilter.standard())
                .allSatisfy(
                        f -> assertThat(f.toString()).startsWith(f.getClass().getSimpleName() + "["));
    }

    @Test
    void aFigureNoFilterRejectsIsAccepted() {
        String t = fold("全区高新技术企业达到420家。");
        Statement st = statement(t);
        assertThat(FigureFilter.accepts(FigureFilter.standard(), t, st, figure(st, t, "420家")))
                .isTrue();
    }

    @Test
    void aLowerBoundFollowedBy的AndANounDescribesWhatTheNounCounts() {
        FigureFilter threshold = filter(FigureFilters.ThresholdBeforeNoun.class);
        assertThat(rejects(threshold, "新引进超5000万美元的外资项目9个。", "超5000万美元")).isTrue();
        assertThat(rejects(threshold, "其中投资20亿元以上的项目有4个。", "20亿元以上")).isTrue();
        assertThat(rejects(threshold, "完成投资超过80亿元，增长12%。", "超过80亿元")).isFalse();
        assertThat(rejects(threshold, "实现营收80亿元的目标。", "80亿元")).isFalse();
        assertThat(threshold.toString()).startsWith("ThresholdBeforeNoun[");
    }
}
