package zonepulse.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zonepulse.extraction.internal.region.Gazetteer;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest
    @CsvSource({
        "北京亦庄,北京经济技术开发区",
        "亦庄,北京经济技术开发区",
        "北京经开区,北京经济技术开发区",
        "泰达,天津经济技术开发区",
        "天津经开区,天津经济技术开发区",
        "苏州园区,苏州工业园区",
        "广州开发区,广州经济技术开发区",
        "光谷,武汉东湖新技术开发区",
        "东湖高新区,武汉东湖新技术开发区",
        "张江,上海张江高科技园区",
        "浦东新区,上海浦东新区",
        "西安高新区,西安高新技术产业开发区",
        "合肥高新区,合肥高新技术产业开发区",
        "成都高新区,成都高新技术产业开发区",
        "前海,深圳前海深港现代服务业合作区",
        "雄安新区,河北雄安新区",
        "亦庄新城,亦庄新城"
    })
    void aliasesResolveToOneName(String alias, String canonical) {
        Gazetteer.ZoneMention m = gazetteer.at(alias, 0, alias.length());
        assertThat(m).isNotNull();
        assertThat(m.canonical()).isEqualTo(canonical);
        assertThat(m.end()).isEqualTo(alias.length());
    }

    @Test
    void genericWordsNameNoZoneOfTheirOwn() {
        assertThat(gazetteer.at("开发区", 0, 3).generic()).isTrue();
    }

    @Test
    void mainZoneIsTheMostNamedWithTheTitleCountingMore() {
        assertThat(gazetteer.mainZone("光谷2021年发展成绩单", "东湖高新区实现…北京亦庄…")).isEqualTo("武汉东湖新技术开发区");
        assertThat(gazetteer.mainZone(null, "没有开发区")).isNull();
    }
}
