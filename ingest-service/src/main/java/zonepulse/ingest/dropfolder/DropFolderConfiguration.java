package zonepulse.ingest.dropfolder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceStatusBoard;

/** The drop-folder source, started with the application, listed at {@code GET /api/sources} like every source. */
@Configuration(proxyBeanMethods = false)
class DropFolderConfiguration {

    @Bean
    DropFolderSource dropFolderSource(
            DropFolderProperties properties, ArticleIngester articles, SourceStatusBoard board) {
        DroppedFileIngester ingester = new DroppedFileIngester(
                properties.maxFileSize().toBytes(),
                new FailedFiles(properties.directory(), properties.failedDirectory()),
                articles);
        DropFolderScanner scanner =
                new DropFolderScanner(properties.directory(), properties.failedDirectory(), properties.extensions());
        return new DropFolderSource(properties, new DropFolderPoller(scanner, ingester), board);
    }
}
