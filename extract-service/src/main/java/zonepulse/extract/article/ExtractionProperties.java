package zonepulse.extract.article;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on one article's extraction; over either, the article is refused and dead-lettered with the reason.
 *
 * @param maxDocumentSize the largest document extracted
 * @param timeLimit the longest one extraction may take
 * @param maxOutputSize the largest record an article may yield (its summary carries its clean text); over it the
 *     article is dead-lettered, rather than Kafka refusing the record and so failing its whole batch. Keep it under
 *     the producer's {@code max.request.size}.
 */
@Validated
@ConfigurationProperties("zonepulse.extract")
public record ExtractionProperties(
        @NotNull @DefaultValue("20MB") DataSize maxDocumentSize,
        @NotNull @DefaultValue("10s") Duration timeLimit,
        @NotNull @DefaultValue("24MB") DataSize maxOutputSize) {}
