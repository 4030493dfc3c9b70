package zonepulse.extraction.internal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zonepulse.extraction.internal.region.Places.Level;
import zonepulse.extraction.internal.region.Places.Place;
import zonepulse.extraction.internal.region.Places.PlaceMention;

class PlacesTest {
    private final Places places = Places.standard();

    private List<String> canonicals(String text) {
        return places.all(text).stream()
                .map(m ->
                        m.ambiguous() ? "?" + m.candidates().size() : m.place().canonical())
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "宁德,福建省宁德市",
        "宁德市,福建省宁德市",
        "海淀,北京市海淀区",
        "海淀区,北京市海淀区",
        "深圳市光明区,广东省深圳市光明区",
        "深圳光明区,广东省深圳市光明区",
        "苏州市吴中区,江苏省苏州市吴中区",
        "福建宁德,福建省宁德市",
        "福建省宁德市福安市,福建省宁德市福安市",
        "福安,福建省宁德市福安市",
        "北京朝阳,北京市朝阳区",
        "天津和平区,天津市和平区",
        "沈阳和平,辽宁省沈阳市和平区",
        "内蒙古,内蒙古自治区",
        "广西,广西壮族自治区",
        "黔东南,贵州省黔东南苗族侗族自治州",
        "黔东南州,贵州省黔东南苗族侗族自治州",
        "恩施州,湖北省恩施土家族苗族自治州",
        "河北,河北省",
        "长沙,湖南省长沙市",
        "西安,陕西省西安市",
        "神农架,湖北省神农架林区",
        "香港,香港特别行政区"
    })
    void aWholeNameResolvesToOnePlace(String words, String canonical) {
        PlaceMention m = places.at(words, 0, words.length());
        assertThat(m).as(words).isNotNull();
        assertThat(m.end()).isEqualTo(words.length());
        assertThat(m.place()).as(words).isNotNull();
        assertThat(m.place().canonical()).isEqualTo(canonical);
    }

    @Test
    void placesAreFoundInASentence() {
        String text = "今年一季度，宁德的锂电项目与海淀的研发中心签约，深圳市光明区另有三个项目开工。";
        assertThat(canonicals(text)).containsExactly("福建省宁德市", "北京市海淀区", "广东省深圳市光明区");
        List<PlaceMention> all = places.all(text);
        assertThat(text.substring(all.get(2).start(), all.get(2).end())).isEqualTo("深圳市光明区");
    }

    @Test
    void aSharedNameKeepsItsCandidatesUntilTheContextDecides() {
        String text = "朝阳区新增两家专精特新企业。";
        PlaceMention m = places.all(text).get(0);
        assertThat(m.ambiguous()).isTrue();
        assertThat(m.candidates()).extracting(Place::canonical).contains("北京市朝阳区", "吉林省长春市朝阳区");
        assertThat(places.resolve(m, List.of())).isNull();
        assertThat(places.resolve(m, List.of(places.byCode("220100"))).canonical())
                .isEqualTo("吉林省长春市朝阳区");
        assertThat(places.resolve(m, List.of(places.byCode("110000"))).canonical())
                .isEqualTo("北京市朝阳区");
    }

    @Test
    void ambiguousShortFormsAreNotResolvedSilently() {
        for (String word : List.of("通州", "鼓楼区", "朝阳")) {
            PlaceMention m = places.at(word, 0, word.length());
            assertThat(m).as(word).isNotNull();
            assertThat(m.ambiguous()).as(word).isTrue();
            assertThat(m.place()).isNull();
        }
        PlaceMention tongzhou = places.at("通州", 0, 2);
        assertThat(places.resolve(tongzhou, List.of(places.byCode("320600"))).canonical())
                .isEqualTo("江苏省南通市通州区");
        assertThat(places.resolve(tongzhou, List.of(places.byCode("350000")))).isNull();
    }

    @Test
    void theRestOfTheTextResolvesAnAmbiguousMention() {
        String text = "北京市今年将推动通州副中心建设，鼓楼区则无关。";
        List<PlaceMention> mentions = places.all(text);
        List<Place> resolved = places.resolveAll(mentions);
        assertThat(resolved.get(0).canonical()).isEqualTo("北京市");
        assertThat(resolved.get(1).canonical()).isEqualTo("北京市通州区");
        assertThat(resolved.get(2)).isNull();
    }

    @Test
    void guangmingAloneIsResolvedByShenzhenInContext() {
        PlaceMention m = places.at("光明区", 0, 3);
        assertThat(m).isNotNull();
        Place shenzhen = places.byCode("440300");
        assertThat(places.resolve(m, List.of(shenzhen)).canonical()).isEqualTo("广东省深圳市光明区");
        assertThat(places.all("深圳加快建设光明科学城，光明区的企业受益。"))
                .extracting(x -> places.resolve(x, List.of(shenzhen)).canonical())
                .containsExactly("广东省深圳市", "广东省深圳市光明区");
    }

    @Test
    void stopWordsAreNotPlaces() {
        assertThat(places.all("双方在资源共享、合作共赢和平台振兴方面达成共识，新建港口一座。")).isEmpty();
        assertThat(places.all("东方市场的商户，城区与郊区的新城。")).isEmpty();
        assertThat(places.lookup("资源")).isEmpty();
        assertThat(places.lookup("资源县")).extracting(Place::canonical).containsExactly("广西壮族自治区桂林市资源县");
    }

    @Test
    void aPrepositionDoesNotSwallowTheNextPlace() {
        assertThat(canonicals("从江苏引进的项目落户宁德")).containsExactly("江苏省", "福建省宁德市");
    }

    @Test
    void ancestorsAndContainment() {
        Place fuan = places.byCode("350981");
        assertThat(fuan.level()).isEqualTo(Level.COUNTY);
        assertThat(places.ancestors(fuan)).extracting(Place::name).containsExactly("宁德市", "福建省");
        assertThat(places.isWithin(fuan, places.byCode("350000"))).isTrue();
        assertThat(places.isWithin(fuan, places.byCode("440000"))).isFalse();
        assertThat(places.isWithin(fuan, fuan)).isFalse();
        Place haidian = places.byCode("110108");
        assertThat(places.ancestors(haidian)).extracting(Place::canonical).containsExactly("北京市");
    }

    @Test
    void everyDivisionIsLoaded() {
        Map<Level, Long> counts =
                places.all().stream().collect(Collectors.groupingBy(Place::level, Collectors.counting()));
        assertThat(counts.get(Level.PROVINCE)).isBetween(31L, 34L);
        assertThat(counts.get(Level.PREFECTURE)).isBetween(325L, 340L);
        assertThat(counts.get(Level.COUNTY)).isBetween(2780L, 2900L);
        for (Place p : places.all()) {
            assertThat(p.code()).matches("[1-8][0-9]{5}");
            if (p.level() == Level.PROVINCE) {
                assertThat(p.parentCode()).isEmpty();
            } else {
                Place parent = places.byCode(p.parentCode());
                assertThat(parent).as(p.toString()).isNotNull();
                assertThat(parent.level().depth()).isLessThan(p.level().depth());
                assertThat(p.canonical()).startsWith(parent.canonical()).endsWith(p.name());
            }
        }
    }

    @Test
    void generatedFileHasUniqueCodesAndKnownParents() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/zonepulse/extraction/places.tsv"), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).contains("GENERATED").doesNotContain("\t");
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        Set<String> codes = new HashSet<>();
        for (String[] row : rows) {
            assertThat(row).hasSize(6);
            assertThat(codes.add(row[0])).as("duplicate " + row[0]).isTrue();
        }
        for (String[] row : rows) {
            assertThat(row[4].isEmpty() || codes.contains(row[4])).as(row[0]).isTrue();
            for (String s : row[5].isEmpty() ? new String[0] : row[5].split("\\|")) {
                assertThat(s.length()).as(row[3]).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void loadsFast() {
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            places.all("福建省宁德市蕉城区与江苏省苏州市吴中区、广东深圳光明、四川成都、新疆喀什的合作项目");
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000); // generous: a shared, loaded machine
    }
}
