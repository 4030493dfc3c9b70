package zonepulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import zonepulse.events.EventJson;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Topics;

/** The function wired by Spring Cloud Stream, on the test binder: bindings, destinations and converters. */
@SpringBootTest(
        classes = ExtractApplication.class,
        properties = {
            "spring.config.name=" + ExtractApplication.CONFIG_NAME,
            "spring.cloud.stream.default-binder=integration",
            "server.port=0",
            "management.server.port=0"
        })
@Import(TestChannelBinderConfiguration.class)
class ExtractBinderTest {
    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    private final EventJson json = new EventJson();

    @Test
    void rawArticleInEventsAndSummaryOut() {
        var article = TestArticles.article(TestArticles.TEXT);
        input.send(MessageBuilder.withPayload(json.write(article)).build(), Topics.ARTICLES_RAW);

        List<IndicatorEvent> indicators = new ArrayList<>();
        Message<byte[]> message;
        while ((message = output.receive(2000, Topics.EVENTS_INDICATORS)) != null) {
            indicators.add(json.read(message.getPayload(), IndicatorEvent.class));
        }
        Message<byte[]> summary = output.receive(2000, Topics.ARTICLES_EXTRACTED);

        assertThat(summary).isNotNull();
        ExtractedArticle extracted = json.read(summary.getPayload(), ExtractedArticle.class);
        assertThat(extracted.articleId()).isEqualTo(article.articleId());
        assertThat(indicators)
                .extracting(IndicatorEvent::eventId)
                .containsExactlyElementsOf(extracted.indicatorEventIds());
    }
}
