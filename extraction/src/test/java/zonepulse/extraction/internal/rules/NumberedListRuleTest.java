package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.time.TimeScanner;

class NumberedListRuleTest {
    private final NumberedListRule rule = new NumberedListRule(Set.of("包括", "如下"), name -> !name.contains("会议"));

    private String name(String raw, String line) {
        String t = Normalizer.fold(raw);
        int s = t.indexOf(Normalizer.fold(line));
        int e = t.indexOf('\n', s) < 0 ? t.length() : t.indexOf('\n', s);
        Statement st = Statement.of(t, s, e, TimeScanner.scan(t, s, e), NumberScanner.scan(t, s, e));
        ProjectMatch m = rule.item(t, st);
        return m == null ? null : t.substring(m.nameStart(), m.nameEnd()) + "@" + m.stage();
    }

    @Test
    void anEnumeratedLineUnderAnOpenerNamesAProjectAtTheStageStatedBefore() {
        String t = "今天，新区第三批重点项目集中签约。\n签约项目主要包括：\n1.沪光汽车线束产业园，总投资9亿元；\n（2）长风光电模组基地项目位于北区。";
        assertThat(name(t, "1.沪光")).isEqualTo("沪光汽车线束产业园@" + Stage.SIGNED);
        assertThat(name(t, "（2）长风")).isEqualTo("长风光电模组基地项目@" + Stage.SIGNED);
    }

    @Test
    void withoutAnOpenerOrATriggerThereIsNoList() {
        String noOpener = "新区第三批重点项目集中签约。\n1.沪光汽车线束产业园，总投资9亿元。";
        assertThat(name(noOpener, "1.沪光")).isNull();
        String noTrigger = "新区召开工作会议。\n会议要求如下：\n1.加快沪光汽车线束产业园建设。";
        assertThat(name(noTrigger, "1.加快")).isNull();
        assertThat(rule.toString()).startsWith("NumberedListRule[");
    }
}
