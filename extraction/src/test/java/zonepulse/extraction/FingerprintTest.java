package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final String STORY = "扬州经开区前三季度实现规上工业产值1210亿元，同比增长9.6%，其中新能源产业产值增长24%。"
            + "园区新签约亿元以上项目37个，协议总投资420亿元；晶澳科技组件基地、润阳光伏电池片项目相继开工。"
            + "园区负责人表示，四季度将加快项目建设进度，确保全年目标任务顺利完成，为全市经济发展多作贡献。"
            + "今年以来，园区围绕新能源、高端装备和汽车零部件三大主导产业开展产业链招商，先后赴长三角和珠三角开展专题招商活动十余次，"
            + "一批延链补链强链项目陆续落户。园区同时推进标准厂房建设和配套设施完善，新建人才公寓和邻里中心，为企业发展提供更好的服务保障。";

    @Test
    void punctuationSpacingAndCaseDoNotCount() {
        assertThat(Fingerprint.normalise("GDP 增长, 5.2% !")).isEqualTo("gdp增长52");
        assertThat(Fingerprint.of(STORY))
                .isEqualTo(Fingerprint.of(STORY.replace("，", " , ").replace("。", "\n")));
    }

    @Test
    void theSameStoryWithOtherBoilerplateIsNearAndAnotherStoryIsFar() {
        long a = Fingerprint.of("来源：扬州日报 " + STORY + " 编辑：李四");
        long b = Fingerprint.of("【新华网】" + STORY);
        long other = Fingerprint.of(
                "南宁高新区举办人工智能产业对接会，二十余家企业现场签约，涉及智能制造、数字文创和跨境电商等领域，" + "签约金额合计约85亿元，高新区将为落地企业提供场地和人才公寓等支持。");
        int near = Fingerprint.distance(a, b);
        assertThat(near).isLessThanOrEqualTo(8);
        assertThat(Fingerprint.distance(a, other)).isGreaterThan(2 * near + 4);
    }

    @Test
    void aTextShorterThanAShingleHasNoFingerprintAndTheHexFormIsSixteenDigits() {
        assertThat(Fingerprint.of("工业")).isZero();
        assertThat(Fingerprint.hex(Fingerprint.of(STORY))).hasSize(16).matches("[0-9a-f]{16}");
    }
}
