package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectKeyTest {
    @Test
    void punctuationSpacesAndGenericSuffixesAreDropped() {
        assertThat(ProjectRules.projectKey("天空之境·产业广场项目")).isEqualTo(ProjectRules.projectKey("天空之境产业广场"));
        assertThat(ProjectRules.projectKey("京东方B20重大项目")).isEqualTo("京东方b20");
        assertThat(ProjectRules.projectKey("信创园系列项目")).isEqualTo("信创园");
        assertThat(ProjectRules.projectKey("星网（国际）工业园项目")).isEqualTo(ProjectRules.projectKey("星网(国际)工业园"));
    }

    @Test
    void aLeadingZoneNameIsWhereNotWhat() {
        assertThat(ProjectRules.projectKey("光谷长江存储二期项目")).isEqualTo(ProjectRules.projectKey("长江存储二期项目"));
        assertThat(ProjectRules.projectKey("北京经济技术开发区")).isEqualTo("北京经济技术开发区");
    }

    @Test
    void aNameThatIsOnlyASuffixKeepsIt() {
        assertThat(ProjectRules.projectKey("项目")).isEqualTo("项目");
    }

    @Test
    void companiesAreTheBrandBeforeTheDescriptor() {
        assertThat(ProjectRules.companies("智飞绿竹新型病毒疫苗和工程疫苗产业化基地项目")).containsExactly("智飞绿竹");
        assertThat(ProjectRules.companies("北京奔驰-戴姆勒·克莱斯勒汽车有限公司新工厂")).containsExactly("北京奔驰-戴姆勒·克莱斯勒汽车有限公司");
        assertThat(ProjectRules.companies("华为苏州研发中心二期")).containsExactly("华为");
        assertThat(ProjectRules.companies("国家药监局六大中心")).isEmpty();
    }

    @Test
    void aLeadingCityNameIsWhereNotWhat() {
        assertThat(ProjectRules.projectKey("泉州晋江集成电路产业园项目")).isEqualTo(ProjectRules.projectKey("晋江集成电路产业园"));
        assertThat(ProjectRules.projectKey("洛阳市青禾光电显示模组基地")).isEqualTo(ProjectRules.projectKey("青禾光电显示模组基地"));
        assertThat(ProjectRules.projectKey("温州")).isEqualTo("温州");
    }

    @Test
    void phaseWordsAreWrittenOneWay() {
        String key = ProjectRules.projectKey("云帆智造二期项目");
        assertThat(ProjectRules.projectKey("云帆智造项目二期")).isEqualTo(key);
        assertThat(ProjectRules.projectKey("云帆智造第二期工程")).isEqualTo(key);
        assertThat(ProjectRules.projectKey("云帆智造2期")).isEqualTo(key);
        assertThat(ProjectRules.projectKey("星海研发中心首期")).isEqualTo(ProjectRules.projectKey("星海研发中心一期项目"));
    }

    @Test
    void phaseOneAndPhaseTwoAreDifferentProjects() {
        assertThat(ProjectRules.projectKey("云帆智造一期项目")).isNotEqualTo(ProjectRules.projectKey("云帆智造二期项目"));
        assertThat(ProjectRules.projectKey("云帆智造二期")).isNotEqualTo(ProjectRules.projectKey("云帆智造"));
        assertThat(ProjectKey.STANDARD.toString()).startsWith("ProjectKey[");
    }
}
