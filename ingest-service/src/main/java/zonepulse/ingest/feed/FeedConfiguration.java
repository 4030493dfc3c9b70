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
import zonepulse.ingest.source.PolledSource;
import zonepulse.ingest.source.PolledSourceCatalog;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {
    @Bean
    PolledSourceCatalog feeds(
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
        List<PolledSource> pollers = enabled.stream()
                .<PolledSource>map(
                        feed -> new FeedPoller(feed, fetcher, parser, pages, ingester, metrics, board, validators))
                .toList();
        return () -> pollers;
    }
}
