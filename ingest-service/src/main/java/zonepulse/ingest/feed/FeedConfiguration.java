package zonepulse.ingest.feed;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.ingest.fetch.PoliteFetcher;
import zonepulse.ingest.page.PageFetcher;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {
    @Bean
    FeedSources feedSources(
            FeedsProperties properties,
            PoliteFetcher fetcher,
            PageFetcher pages,
            ArticleIngester ingester,
            SourceMetrics metrics,
            SourceStatusBoard board,
            MongoClient mongo,
            MongoConnectionDetails connection,
            Clock clock) {
        FeedParser parser = new FeedParser();
        FeedValidatorStore validators = new MongoFeedValidatorStore(mongo, connection, clock);
        List<FeedsProperties.Feed> enabled = properties.feeds().stream()
                .filter(FeedsProperties.Feed::enabled)
                .toList();
        List<FeedPoller> pollers = enabled.stream()
                .map(feed -> new FeedPoller(feed, fetcher, parser, pages, ingester, metrics, board, validators))
                .toList();
        return new FeedSources(enabled, pollers);
    }
}
