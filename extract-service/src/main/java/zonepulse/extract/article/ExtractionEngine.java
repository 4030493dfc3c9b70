package zonepulse.extract.article;

import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;

/**
 * The engine extract-service extracts with, live and in replays: the rules of {@code zonepulse.extraction} unless a
 * context provides another bean of this type (a test that replays the same articles through a second engine version;
 * the default is {@code @ConditionalOnMissingBean}).
 */
public interface ExtractionEngine {
    /**
     * Extracts the events of one document.
     *
     * @throws ExtractionException when the engine refuses the document: it is dead-lettered with the reason
     */
    ExtractionResult extract(ExtractionInput input) throws ExtractionException;

    /** "name/version", as carried in every event's {@code extractor} field and in each summary. */
    String id();

    /** The rules of {@code zonepulse.extraction}: the engine deployed, and the one a second engine can wrap. */
    static ExtractionEngine rules(Extractor extractor) {
        return new RulesExtractionEngine(extractor);
    }
}
