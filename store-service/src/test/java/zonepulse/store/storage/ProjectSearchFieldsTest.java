package zonepulse.store.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSearchFieldsTest {

    @Test
    void aNameContainsATextExactlyWhenOneOfItsSuffixesBeginsWithIt() {
        List<String> suffixes = ProjectSearchFields.nameSuffixes(List.of("智飞绿竹项目"));

        assertThat(suffixes).containsExactlyInAnyOrder("智飞绿竹项目", "飞绿竹项目", "绿竹项目", "竹项目", "项目", "目");
        for (String text : List.of("智飞", "绿竹", "竹项", "目", "智飞绿竹项目")) {
            assertThat(suffixes).as(text).anyMatch(suffix -> suffix.startsWith(text));
        }
        for (String text : List.of("绿竹园", "项目二", "疫苗")) {
            assertThat(suffixes).as(text).noneMatch(suffix -> suffix.startsWith(text));
        }
    }

    @Test
    void everyNameVariantsSuffixesOnceEach() {
        assertThat(ProjectSearchFields.nameSuffixes(List.of("京东方产线", "京东方")))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("产线", "京东方", "京东方产线", "东方", "东方产线", "方", "方产线", "线");
    }

    @Test
    void namesAndSearchesCompareIgnoringCaseAndWidth() {
        assertThat(ProjectSearchFields.normalise("ＳＫ海力士")).isEqualTo("sk海力士");
        assertThat(ProjectSearchFields.normalise("SK海力士")).isEqualTo("sk海力士");
        assertThat(ProjectSearchFields.normalise("８英寸")).isEqualTo("8英寸");
        assertThat(ProjectSearchFields.nameSuffixes(List.of("ＭＥＭＳ线"))).contains("mems线", "ems线");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        // 𠮷 (U+20BB7) is two UTF-16 chars
        assertThat(ProjectSearchFields.nameSuffixes(List.of("𠮷野家"))).containsExactlyInAnyOrder("𠮷野家", "野家", "家");
    }
}
