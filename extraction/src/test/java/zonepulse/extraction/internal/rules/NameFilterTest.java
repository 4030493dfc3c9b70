package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regression tests for false project names, one per kind of failure seen on the development corpus. */
class NameFilterTest {
    private final NameFilter filter = NameFilter.standard();

    @Test
    void personsAndTitlesAreNoProjects() {
        assertThat(filter.accepts("区委常委")).isFalse();
        assertThat(filter.accepts("县委秘书长李某出席并见证项目")).isFalse();
        assertThat(filter.accepts("副市长王某")).isFalse();
    }

    @Test
    void placesAndRegionNamesAreNoProjects() {
        assertThat(filter.accepts("泉州")).isFalse();
        assertThat(filter.accepts("漳州全市")).isFalse();
        assertThat(filter.accepts("潜江和天门")).isFalse();
        assertThat(filter.accepts("洛阳市")).isFalse();
    }

    @Test
    void genericPhrasesAreNoProjects() {
        assertThat(filter.accepts("每一个项目")).isFalse();
        assertThat(filter.accepts("41个项目")).isFalse();
        assertThat(filter.accepts("9个重点项目中")).isFalse();
        assertThat(filter.accepts("多地先进制造业项目")).isFalse();
        assertThat(filter.accepts("是经开区项目")).isFalse();
        assertThat(filter.accepts("仪式上")).isFalse();
        assertThat(filter.accepts("全过程")).isFalse();
        assertThat(filter.accepts("当年")).isFalse();
        assertThat(filter.accepts("十余家企业")).isFalse();
        assertThat(filter.accepts("开发区重点工业项目")).isFalse();
    }

    @Test
    void bylinesAreNoProjects() {
        assertThat(filter.accepts("记者 张某某南通开发区重点项目")).isFalse();
        assertThat(filter.accepts("通讯员 王某")).isFalse();
    }

    @Test
    void fragmentsWithDatesCountsOrAmountsAreNoProjects() {
        assertThat(filter.accepts("5日接连各有")).isFalse();
        assertThat(filter.accepts("潜江和天门在4")).isFalse();
        assertThat(filter.accepts("内资 18 亿元")).isFalse();
        assertThat(filter.accepts("芜湖市2019年百亿项目")).isFalse();
    }

    @Test
    void peopleAndSectorsAreNoProjects() {
        assertThat(filter.accepts("海外高层次人才")).isFalse();
        assertThat(filter.accepts("龙头型")).isFalse();
        assertThat(filter.accepts("创新型大项目")).isFalse();
    }

    @Test
    void specificNamesPass() {
        assertThat(filter.accepts("青禾光电显示模组生产基地一期")).isTrue();
        assertThat(filter.accepts("泉州晋江集成电路产业园")).isTrue();
        assertThat(filter.accepts("年产30万套汽车座椅生产线")).isTrue();
        assertThat(filter.accepts("星河储能")).isTrue();
        assertThat(filter.accepts("A3号标准厂房")).isTrue();
        assertThat(filter.toString()).startsWith("NameFilter[");
    }

    @Test
    void aZoneOrPlaceWithATimeAndAGenericHeadIsNoProject() {
        // a headline such as 「某开发区一季度重大项目集中开工」 named a project 「某开发区一季度重大项目」
        assertThat(filter.accepts("嘉兴经开区二季度重大项目")).isFalse();
        assertThat(filter.accepts("洛阳市2023年重点项目")).isFalse();
        assertThat(filter.accepts("嘉兴经开区智能装备产业园")).isTrue();
    }
}
