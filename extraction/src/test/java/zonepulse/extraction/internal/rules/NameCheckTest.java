package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCheckTest {
    private static final NameCheck CHECK = NameCheck.STANDARD;

    @Test
    void lightVerbsInsideANameAndStrayPunctuationGo() {
        assertThat(NameCheck.clean("规模以上服务业企业实现营业收入")).isEqualTo("规模以上服务业企业营业收入");
        assertThat(NameCheck.clean("实现营业收入")).isEqualTo("实现营业收入");
        assertThat(NameCheck.clean("，外贸进出口：")).isEqualTo("外贸进出口");
        assertThat(NameCheck.clean("甲".repeat(30) + "乙".repeat(15))).hasSize(40).startsWith("甲乙".substring(0, 1));
    }

    @Test
    void clauseFragmentsAndProjectAmountsNameNoIndicator() {
        assertThat(CHECK.fragment("示范区以")).isTrue();
        assertThat(CHECK.fragment("新增企业中有")).isTrue();
        assertThat(CHECK.fragment("新增企业")).isFalse();
        assertThat(CHECK.projectAmount("占地面积")).isTrue();
        assertThat(CHECK.projectAmount("工业投资")).isFalse();
        assertThat(CHECK.toString()).startsWith("NameCheck[");
    }

    @Test
    void anInvestmentOfOneCompanyOrOfThisProjectIsThatProjectsAmount() {
        // GUIDELINES §1: a single company's or project's investment belongs to its project event
        assertThat(CHECK.projectAmount("公司计划总投资")).isTrue();
        assertThat(CHECK.projectAmount("此次三期投资")).isTrue();
        assertThat(CHECK.projectAmount("该项目总投资额")).isTrue();
        assertThat(CHECK.projectAmount("签约项目总投资")).isFalse();
        assertThat(CHECK.projectAmount("上市公司数量")).isFalse();
    }
}
