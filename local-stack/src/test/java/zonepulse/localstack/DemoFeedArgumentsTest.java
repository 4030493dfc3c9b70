package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoFeedArgumentsTest {
    @Test
    void feedsAreRepeatableAndBecomeIngestSettings() {
        Demo.Arguments arguments = Demo.Arguments.parse(new String[] {
            "--feed", "http://localhost:1200/sina/finance", "--exit", "--feed", "https://news.example.org/feed.json"
        });

        assertThat(arguments.exit()).isTrue();
        assertThat(arguments.feeds())
                .containsExactly(
                        URI.create("http://localhost:1200/sina/finance"),
                        URI.create("https://news.example.org/feed.json"));
        assertThat(LocalStack.feedProperties(arguments.feeds()))
                .containsEntry("zonepulse.ingest.feeds[0].name", "feed-1")
                .containsEntry("zonepulse.ingest.feeds[0].url", "http://localhost:1200/sina/finance")
                .containsEntry("zonepulse.ingest.feeds[1].name", "feed-2")
                .containsEntry("zonepulse.ingest.fetch.allowed-hosts", "localhost,news.example.org");
        assertThat(LocalStack.feedProperties(List.of())).isEmpty();
    }

    @Test
    void aFeedMustBeAnHttpUrl() {
        assertThatThrownBy(() -> Demo.Arguments.parse(new String[] {"--feed", "file:///etc/passwd"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--feed");
        assertThatThrownBy(() -> Demo.Arguments.parse(new String[] {"--feed"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
