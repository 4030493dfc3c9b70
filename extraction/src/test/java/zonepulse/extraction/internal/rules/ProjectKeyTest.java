package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectKeyTest {
    @Test
    void punctuationSpacesAndGenericSuffixesAreDropped() {
        assertThat(ProjectKey.STANDARD.of("天空之境·产业广场项目")).isEqualTo(ProjectKey.STANDARD.of("天空之境产业广场"));
        assertThat(ProjectKey.STANDARD.of("京东方B20重大项目")).isEqualTo("京东方b20");
        assertThat(ProjectKey.STANDARD.of("信创园系列项目")).isEqualTo("信创园");
        assertThat(ProjectKey.STANDARD.of("星网（国际）工业园项目")).isEqualTo(ProjectKey.STANDARD.of("星网(国际)工业园"));
    }

    @Test
    void aLeadingZoneNameIsWhereNotWhat() {
        assertThat(ProjectKey.STANDARD.of("光谷长江存储二期项目")).isEqualTo(ProjectKey.STANDARD.of("长江存储二期项目"));
        assertThat(ProjectKey.STANDARD.of("北京经济技术开发区")).isEqualTo("北京经济技术开发区");
    }

    @Test
    void aNameThatIsOnlyASuffixKeepsIt() {
        assertThat(ProjectKey.STANDARD.of("项目")).isEqualTo("项目");
    }

    @Test
    void aLeadingCityNameIsWhereNotWhat() {
        assertThat(ProjectKey.STANDARD.of("泉州晋江集成电路产业园项目")).isEqualTo(ProjectKey.STANDARD.of("晋江集成电路产业园"));
        assertThat(ProjectKey.STANDARD.of("洛阳市青禾光电显示模组基地")).isEqualTo(ProjectKey.STANDARD.of("青禾光电显示模组基地"));
        assertThat(ProjectKey.STANDARD.of("温州")).isEqualTo("温州");
    }

    @Test
    void phaseWordsAreWrittenOneWay() {
        String key = ProjectKey.STANDARD.of("云帆智造二期项目");
        assertThat(ProjectKey.STANDARD.of("云帆智造项目二期")).isEqualTo(key);
        assertThat(ProjectKey.STANDARD.of("云帆智造第二期工程")).isEqualTo(key);
        assertThat(ProjectKey.STANDARD.of("云帆智造2期")).isEqualTo(key);
        assertThat(ProjectKey.STANDARD.of("星海研发中心首期")).isEqualTo(ProjectKey.STANDARD.of("星海研发中心一期项目"));
    }

    @Test
    void phaseOneAndPhaseTwoAreDifferentProjects() {
        assertThat(ProjectKey.STANDARD.of("云帆智造一期项目")).isNotEqualTo(ProjectKey.STANDARD.of("云帆智造二期项目"));
        assertThat(ProjectKey.STANDARD.of("云帆智造二期")).isNotEqualTo(ProjectKey.STANDARD.of("云帆智造"));
        assertThat(ProjectKey.STANDARD.toString()).startsWith("ProjectKey[");
    }
}
