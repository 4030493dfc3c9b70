package zonepulse.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits the engine enforces on every document, so that no input can make it run unbounded.
 *
 * @param maxDocumentBytes largest encoded document {@link TextDecoder} and the CLI accept
 * @param maxDocumentChars largest decoded document the {@link Extractor} accepts
 * @param timeLimit time one document may take; over it, extraction fails with {@link ExtractionException.Reason#TIMEOUT}
 */
public record ExtractorConfig(long maxDocumentBytes, int maxDocumentChars, Duration timeLimit) {

    /** 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** 20 M chars: a Chinese text of 20 MB of UTF-8 is about 7 M chars, so this bounds memory, not content. */
    public static final int DEFAULT_MAX_CHARS = 20 * 1024 * 1024;
    /** 10 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public ExtractorConfig {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxDocumentBytes <= 0 || maxDocumentChars <= 0) {
            throw new IllegalArgumentException("document size limits must be positive");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
    }

    /** The defaults: 20 MB, 20 M chars, 10 s. */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT);
    }

    public ExtractorConfig withTimeLimit(Duration limit) {
        return new ExtractorConfig(maxDocumentBytes, maxDocumentChars, limit);
    }

    public ExtractorConfig withMaxDocumentChars(int chars) {
        return new ExtractorConfig(maxDocumentBytes, chars, timeLimit);
    }

    public ExtractorConfig withMaxDocumentBytes(long bytes) {
        return new ExtractorConfig(bytes, maxDocumentChars, timeLimit);
    }
}
