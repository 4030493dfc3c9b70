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
}
