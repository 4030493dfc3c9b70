package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompaniesRuleTest {
    private final CompaniesRule rule = CompaniesRule.STANDARD;

    @Test
    void companiesAreTheBrandBeforeTheDescriptor() {
        assertThat(rule.of("智飞绿竹新型病毒疫苗和工程疫苗产业化基地项目")).containsExactly("智飞绿竹");
        assertThat(rule.of("北京奔驰-戴姆勒·克莱斯勒汽车有限公司新工厂")).containsExactly("北京奔驰-戴姆勒·克莱斯勒汽车有限公司");
        assertThat(rule.of("华为苏州研发中心二期")).containsExactly("华为");
        assertThat(rule.of("国家药监局六大中心")).isEmpty();
    }

    @Test
    void aGroupOrJointStockNameEndsTheCompany() {
        assertThat(rule.of("海川集团高端轴承产业园")).containsExactly("海川集团");
        assertThat(rule.of("南岭股份智能仓储基地")).containsExactly("南岭股份");
    }

    @Test
    void aShortNameWithoutFacilityHeadIsTheCompanyItself() {
        assertThat(rule.of("蓝鲸科技")).containsExactly("蓝鲸科技");
        assertThat(rule.of("滨湖冷库")).isEmpty();
    }

    @Test
    void aNameStartingWithAPlaceOrBodyNamesNoCompany() {
        assertThat(rule.of("成都天府智能制造产业园")).isEmpty();
        assertThat(rule.toString()).startsWith("CompaniesRule[");
    }

    @Test
    void aDescriptorWordIsNotCutInTwo() {
        // 人工智能 read as 人工|智能 made 「某某人工」 a company; 第10.5代线 and 新总部 start descriptors too
        assertThat(rule.of("云图人工智能产业园")).containsExactly("云图");
        assertThat(rule.of("华星第8.5代线扩产项目")).containsExactly("华星");
        assertThat(rule.of("远航电源新总部项目")).containsExactly("远航电源");
    }

    /** A name that opens with a descriptor (an industry, a product) has no brand before it. */
    @Test
    void aNameOpeningWithADescriptorNamesNoCompany() {
        assertThat(rule.of("新能源重卡零部件产业园项目")).isEmpty();
        assertThat(rule.of("动力电池回收利用二期项目")).isEmpty();
        assertThat(rule.of("锂电隔膜生产基地项目")).isEmpty();
        // a company's own name may open with one: without a facility head it is the company
        assertThat(rule.of("北方微电")).containsExactly("北方微电");
    }

    @Test
    void aProvinceOrCityAfterTheBrandEndsTheCompany() {
        assertThat(rule.of("蜂巢能源江西基地二期项目")).containsExactly("蜂巢能源");
        assertThat(rule.of("欣旺达惠州动力电池项目")).containsExactly("欣旺达");
    }
}
