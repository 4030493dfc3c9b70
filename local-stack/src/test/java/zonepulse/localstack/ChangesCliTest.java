package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChangesCliTest {

    @Test
    void theTableShowsTheHeadlineAndEachArticlesAddedRemovedAndChangedEvents() {
        String report = """
                {"from":"zonepulse-rules/2.0.0","to":"zonepulse-rules/2.1.0","articlesCompared":7,"articlesChanged":1,
                 "eventsAdded":1,"eventsRemoved":1,"eventsChanged":1,
                 "articles":[{"articleId":"a1","title":"成都高新区一季度经济运行",
                   "added":[{"eventId":"e2","type":"project","summary":"某某项目 signed","quote":"某某项目签约"}],
                   "removed":[{"eventId":"e1","type":"indicator","summary":"税收收入 level 12亿元","quote":"税收收入12亿元"}],
                   "changed":[{"before":{"eventId":"e3","type":"indicator","summary":"x","quote":"q"},
                               "after":{"eventId":"e4","type":"indicator","summary":"地区生产总值 level 500亿元","quote":"GDP500亿元"},
                               "fields":[{"field":"period.end","before":"2023-12-31","after":"2023-03-31"},
                                         {"field":"upper","before":null,"after":600}]}]}]}
                """;

        String table = ChangesCli.table(JsonMapper.builder().build().readTree(report));

        assertThat(table)
                .contains("changes from zonepulse-rules/2.0.0 to zonepulse-rules/2.1.0: 7 articles compared, 1 changed;"
                        + " events 1 added, 1 removed, 1 changed")
                .contains("a1  成都高新区一季度经济运行")
                .contains("  + project   某某项目 signed  «某某项目签约»")
                .contains("  - indicator 税收收入 level 12亿元  «税收收入12亿元»")
                .contains("  ~ indicator 地区生产总值 level 500亿元  «GDP500亿元»")
                .containsPattern("period\\.end +\"2023-12-31\" -> \"2023-03-31\"")
                .containsPattern("upper +\\(none\\) -> 600");
    }
}
