package zonepulse.extraction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import zonepulse.events.EventSource;
import zonepulse.events.Evidence;
import zonepulse.events.Ids;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.extraction.internal.CleanDocument;
import zonepulse.extraction.internal.Deadline;
import zonepulse.extraction.internal.DocumentReader;
import zonepulse.extraction.internal.region.Regions;
import zonepulse.extraction.internal.rules.Drafts;
import zonepulse.extraction.internal.rules.RuleEngine;

/**
 * The extraction engine: one document in, its indicator and project events out, each grounded in the clean text.
 *
 * <p>An Extractor is immutable and thread-safe; create one and reuse it. Every rule is compiled once, when the
 * class is loaded. The CLI, the extract-service, the tests and the benchmarks all call {@link #extract}.
 */
public final class Extractor {
    /** The extractor's name, as carried in every event's {@code extractor} field. */
    public static final String NAME = "zonepulse-rules";
    /** The rules' version: part of every event id, so a change of rules gives new ids. */
    public static final String VERSION = "2.0.0";

    private static final System.Logger LOG = System.getLogger(Extractor.class.getName());

    private final ExtractorConfig config;
    private final Rules engine;

    /** The rules over a read document; a seam so that a failing rule can be tested. */
    interface Rules {
        Drafts.Found run(String clean, String title, LocalDate published, Deadline deadline) throws ExtractionException;
    }

    private Extractor(ExtractorConfig config) {
        this(config, new RuleEngine(Regions.standard())::run);
    }

    Extractor(ExtractorConfig config, Rules engine) {
        this.config = Objects.requireNonNull(config, "config");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** An extractor with the default limits (20 MB, 10 s per document). */
    public static Extractor create() {
        return new Extractor(ExtractorConfig.defaults());
    }

    public static Extractor create(ExtractorConfig config) {
        return new Extractor(config);
    }

    /** "zonepulse-rules/VERSION". */
    public String id() {
        return NAME + "/" + VERSION;
    }

    public ExtractorConfig config() {
        return config;
    }

    /**
     * Extracts the events of one document.
     *
     * @throws ExtractionException when the document is over the size limit, cannot be read, or takes longer than the
     *     time limit; never any other exception for any content
     */
    public ExtractionResult extract(ExtractionInput input) throws ExtractionException {
        Objects.requireNonNull(input, "input");
        long started = System.nanoTime();
        if (input.content().length() > config.maxDocumentChars()) {
            throw new ExtractionException(
                    ExtractionException.Reason.TOO_LARGE,
                    "document of " + input.content().length() + " chars is over the limit of "
                            + config.maxDocumentChars());
        }
        Deadline deadline = Deadline.after(config.timeLimit());
        CleanDocument doc;
        try {
            doc = DocumentReader.read(input.content(), input.mediaType(), deadline);
        } catch (ExtractionException e) {
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            throw new ExtractionException(ExtractionException.Reason.MALFORMED, "document could not be read: " + e, e);
        }
        try {
            LocalDate published = input.publishedAt() != null
                    ? input.publishedAt().atZone(DocumentReader.CHINA).toLocalDate()
                    : doc.published();
            Instant publishedAt = input.publishedAt() != null
                    ? input.publishedAt()
                    : published == null
                            ? null
                            : published.atStartOfDay(DocumentReader.CHINA).toInstant();
            String title = input.title() != null ? input.title() : doc.title();
            Drafts.Found found = engine.run(doc.text(), title, published, deadline);
            EventSource source = new EventSource(input.sourceUri(), title, publishedAt, input.fetchedAt());
            List<IndicatorEvent> indicators =
                    indicatorEvents(input.articleId(), source, doc.text(), found.indicators());
            List<ProjectEvent> projects = projectEvents(input.articleId(), source, doc.text(), found.projects());
            deadline.check();
            return new ExtractionResult(
                    input.articleId(),
                    source,
                    doc.text(),
                    Fingerprint.hex(Fingerprint.of(doc.text())),
                    id(),
                    indicators,
                    projects,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (ExtractionException e) {
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            // a rule must never fail on content: if one does, that is a bug of ours, reported as one, not the input's
            LOG.log(System.Logger.Level.ERROR, "extraction rule failed on article " + input.articleId() + ": " + e, e);
            throw new ExtractionException(
                    ExtractionException.Reason.ENGINE_FAULT, "an extraction rule failed (a bug in zonepulse): " + e, e);
        }
    }

    private List<IndicatorEvent> indicatorEvents(
            String articleId, EventSource source, String clean, List<Drafts.Indicator> drafts) {
        List<IndicatorEvent> out = new ArrayList<>(drafts.size());
        Set<String> ids = new HashSet<>();
        for (Drafts.Indicator d : drafts) {
            String discriminator = d.measure().wire() + ":" + d.value() + ":" + d.unit() + ":" + d.name();
            String id = uniqueId(ids, articleId, d.quoteStart(), d.quoteEnd(), discriminator);
            out.add(new IndicatorEvent(
                    IndicatorEvent.SCHEMA,
                    IndicatorEvent.TYPE,
                    id,
                    articleId,
                    source,
                    id(),
                    d.region(),
                    d.name(),
                    d.measure(),
                    d.value(),
                    d.upper(),
                    d.unit(),
                    d.normalized(),
                    d.qualifier(),
                    d.status(),
                    d.period(),
                    d.basis(),
                    evidence(clean, d.quoteStart(), d.quoteEnd(), d.sentenceStart(), d.sentenceEnd()),
                    d.confidence()));
        }
        return out;
    }

    private List<ProjectEvent> projectEvents(
            String articleId, EventSource source, String clean, List<Drafts.Project> drafts) {
        List<ProjectEvent> out = new ArrayList<>(drafts.size());
        Set<String> ids = new HashSet<>();
        for (Drafts.Project d : drafts) {
            String discriminator = d.stage().wire() + ":" + d.projectKey();
            String id = uniqueId(ids, articleId, d.quoteStart(), d.quoteEnd(), discriminator);
            out.add(new ProjectEvent(
                    ProjectEvent.SCHEMA,
                    ProjectEvent.TYPE,
                    id,
                    articleId,
                    source,
                    id(),
                    d.region(),
                    d.confidence(),
                    evidence(clean, d.quoteStart(), d.quoteEnd(), d.sentenceStart(), d.sentenceEnd()),
                    d.name(),
                    d.projectKey(),
                    d.stage(),
                    d.expected(),
                    d.date(),
                    d.investment(),
                    d.companies()));
        }
        return out;
    }

    /** The deterministic id; a second event with the same span and discriminator gets an ordinal appended. */
    private static String uniqueId(Set<String> ids, String articleId, int start, int end, String discriminator) {
        String id = Ids.eventId(articleId, VERSION, start, end, discriminator);
        int n = 1;
        while (!ids.add(id)) {
            id = Ids.eventId(articleId, VERSION, start, end, discriminator + "#" + n++);
        }
        return id;
    }

    private static Evidence evidence(String clean, int start, int end, int sentenceStart, int sentenceEnd) {
        int s = Math.max(0, Math.min(start, clean.length()));
        int e = Math.max(s, Math.min(end, clean.length()));
        int ss = Math.max(0, Math.min(sentenceStart, s));
        int se = Math.min(clean.length(), Math.max(sentenceEnd, e));
        return new Evidence(clean.substring(s, e), clean.substring(ss, se), s, e);
    }
}
