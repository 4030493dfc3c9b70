package zonepulse.extract.article;

import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;

/** The engine of {@code zonepulse.extraction}, the one deployed: its rules and its version. */
final class RulesExtractionEngine implements ExtractionEngine {
    private final Extractor extractor;

    RulesExtractionEngine(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ExtractionResult extract(ExtractionInput input) throws ExtractionException {
        return extractor.extract(input);
    }

    @Override
    public String id() {
        return extractor.id();
    }
}
