package zonepulse.localstack;

import java.io.IOException;
import java.nio.file.Path;
import zonepulse.events.Ids;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.cli.ExtractCli;

/** A dropped file as {@code zonepulse extract} reads it, and the article id ingest-service gives it. */
final class DroppedFileInput {
    private DroppedFileInput() {}

    static ExtractionResult extract(Extractor extractor, Path file) throws IOException, ExtractionException {
        return ExtractCli.extract(extractor, file, null);
    }

    static String articleId(Path file) {
        return Ids.articleId(file.toAbsolutePath().normalize().toUri().toString());
    }
}
