package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.project;
import static zonepulse.extraction.Extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zonepulse.events.Stage;

/** Stage words of {@code lexicon/stage-triggers.tsv} beyond GUIDELINES' examples, each in a sentence written for it. */
class StageWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "南昌光电产业园研发大楼正式投用。|南昌光电产业园研发大楼|IN_PRODUCTION",
                "长沙智能装备检测中心项目建成投用。|长沙智能装备检测中心项目|IN_PRODUCTION",
                "西安丝路国际会展中心二期落成。|西安丝路国际会展中心二期|COMPLETED",
                "芯源微扩产项目顺利竞得工业用地。|芯源微扩产项目|LAND_ACQUIRED",
                "合肥新能源汽车零部件产业园项目昨日破土。|合肥新能源汽车零部件产业园项目|CONSTRUCTION_STARTED",
                "郑州航空港区智慧物流园项目启动建设。|郑州航空港区智慧物流园项目|CONSTRUCTION_STARTED",
                "贵阳大数据灾备中心项目进场施工。|贵阳大数据灾备中心项目|CONSTRUCTION_STARTED",
            })
    void aStageWordGivesItsStage(String sentence, String name, Stage stage) {
        assertThat(project(text(sentence), name, stage)).isNotNull();
    }
}
