package zonepulse.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.region.Gazetteer.ZoneMention;

/** The generated gazetteer: every national zone, its kind, level, province and city, and unambiguous aliases. */
class GazetteerZonesTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest
    @CsvSource({
        "今年合肥高新区新增高企三百家,合肥高新技术产业开发区",
        "西安经开区一季度工业产值增长,西安经济技术开发区",
        "成都高新区发布人工智能产业政策,成都高新技术产业开发区",
        "郑州航空港引进一个电子信息项目,郑州航空港经济综合实验区",
        "苏州工业园区外资企业增资扩产,苏州工业园区",
        "南沙片区跨境电商进口额增长,中国（广东）自由贸易试验区广州南沙新区片区",
        "宁波保税区进口商品交易额创新高,宁波保税区",
        "长春净月高新区签约数字经济项目,长春净月高新技术产业开发区",
        "郑州新郑综保区手机出口量回升,郑州新郑综合保税区",
        "新郑综保区完成进出口总额,郑州新郑综合保税区",
        "湖北自贸区武汉片区新设企业增多,中国（湖北）自由贸易试验区武汉片区",
        "中国(四川)自由贸易试验区挂牌以来,中国（四川）自由贸易试验区",
        "山东自贸试验区推出制度创新案例,中国（山东）自由贸易试验区",
        "天府新区与高校共建实验室,四川天府新区",
        "滨江的数字企业营收过千亿,杭州高新技术产业开发区",
        "临港新片区集成电路项目开工,中国（上海）自由贸易试验区临港新片区",
        "苏南自创区建设推进会召开,苏南国家自主创新示范区",
        "石嘴山高新区新材料项目投产,石嘴山高新技术产业开发区",
        "曹妃甸经开区钢铁项目扩产,唐山曹妃甸经济技术开发区",
        "海南洋浦经济开发区油品储备项目,海南洋浦经济开发区",
    })
    void aliasesInSentencesResolve(String sentence, String canonical) {
        assertThat(gazetteer.all(sentence)).extracting(ZoneMention::canonical).contains(canonical);
    }

    @Test
    void zonesCarryKindLevelProvinceAndCity() {
        assertThat(gazetteer.zone("苏州高新技术产业开发区"))
                .contains(new Gazetteer.Zone("苏州高新技术产业开发区", "htz", "national", "江苏省", "苏州市"));
        assertThat(gazetteer.zone("天津经济技术开发区"))
                .contains(new Gazetteer.Zone("天津经济技术开发区", "etdz", "national", "天津市", "天津市"));
        assertThat(gazetteer.zone("中国（浙江）自由贸易试验区宁波片区").orElseThrow().kind()).isEqualTo("ftz_area");
        assertThat(gazetteer.zone("河北雄安新区").orElseThrow().kind()).isEqualTo("new_area");
        assertThat(gazetteer.zone("宁波保税区").orElseThrow().city()).isEqualTo("宁波市");
        assertThat(gazetteer.zone("杭州湾上虞经济技术开发区").orElseThrow().city()).isEqualTo("绍兴市");
        assertThat(gazetteer.zone("不存在的开发区")).isEmpty();
        assertThat(gazetteer.zone(null)).isEmpty();
    }

    @Test
    void countsPerKindAreSane() {
        Map<String, Long> perKind = gazetteer.zones().values().stream()
                .collect(Collectors.groupingBy(Gazetteer.Zone::kind, Collectors.counting()));
        assertThat(perKind.get("etdz")).isBetween(215L, 240L);
        assertThat(perKind.get("htz")).isBetween(165L, 185L);
        assertThat(perKind.get("new_area")).isEqualTo(19L);
        assertThat(perKind.get("ftz")).isEqualTo(22L);
        assertThat(perKind.get("ftz_area")).isBetween(60L, 75L);
        assertThat(perKind.get("bonded")).isBetween(120L, 175L);
        assertThat(perKind.get("innovation")).isBetween(20L, 25L);
    }

    @Test
    void everyZoneHasAProvinceAndAKnownKindAndLevel() {
        assertThat(gazetteer.zones().values()).allSatisfy(z -> {
            assertThat(z.province()).as(z.canonical()).matches(".+(省|市|自治区)");
            assertThat(z.kind())
                    .isIn("etdz", "htz", "new_area", "ftz", "ftz_area", "bonded", "innovation", "provincial", "other");
            assertThat(z.level()).isIn("national", "provincial");
        });
    }

    @Test
    void noAliasNamesTwoZonesAndNoAliasIsAGenericWord() throws IOException {
        Map<String, String> owner = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/zonepulse/extraction/zones.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                assertThat(cols).as(line).hasSize(6);
                assertThat(owner.put(cols[0], cols[0]))
                        .as("canonical twice: " + cols[0])
                        .isNull();
                for (String alias : cols[1].split("\\|")) {
                    if (alias.isEmpty()) {
                        continue;
                    }
                    assertThat(alias).isNotIn("开发区", "高新区", "经开区", "新区", "园区", "综保区", "自贸区");
                    String previous = owner.put(alias, cols[0]);
                    assertThat(previous).as("alias " + alias).isIn(null, cols[0]);
                }
            }
        }
    }

    @Test
    void genericWordsStayGeneric() {
        assertThat(gazetteer.at("综保区", 0, 3)).isNull();
        assertThat(gazetteer.at("开发区", 0, 3).generic()).isTrue();
    }

    @Test
    void loadsQuickly() throws Exception {
        long start = System.nanoTime();
        var load = Gazetteer.class.getDeclaredMethod("load");
        load.setAccessible(true);
        load.invoke(null);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
    }
}
