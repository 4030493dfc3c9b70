package zonepulse.store.storage;

/** Collection and field names of the MongoDB model (DESIGN), in one place. */
final class Fields {
    static final String ARTICLES = "articles";
    static final String INDICATOR_OBSERVATIONS = "indicator_observations";
    static final String PROJECT_EVENTS = "project_events";
    static final String PROJECTS = "projects";
    static final String ARTICLE_GENERATIONS = "article_generations";

    static final String ID = "_id";
    static final String STORED_AT = "storedAt";

    // articles
    static final String CONTENT_HASH = "contentHash";
    static final String PUBLISHED_AT = "publishedAt";
    static final String SOURCE = "source";
    static final String TITLE = "title";
    static final String CLEAN_TEXT = "cleanText";
    static final String FINGERPRINT = "fingerprint";
    static final String EXTRACTOR = "extractor";
    static final String INDICATOR_EVENT_IDS = "indicatorEventIds";
    static final String PROJECT_EVENT_IDS = "projectEventIds";
    static final String INDICATOR_COUNT = "indicatorCount";
    static final String PROJECT_COUNT = "projectCount";
    static final String ELAPSED_MICROS = "elapsedMicros";

    // generations: on articles, article_generations and events
    /** {@link zonepulse.events.Generation#key()}: the order of an article's generations, as a string. */
    static final String GENERATION = "generation";
    /** On events: true when a newer generation of the article no longer lists the event. */
    static final String SUPERSEDED = "superseded";
    /** On events: the generation key of the summary {@link #SUPERSEDED} was decided on ("" for none yet). */
    static final String STATUS_BASIS = "statusBasis";

    static final String FETCHED_AT = "fetchedAt";

    // events (the contract's own field names, stored as published)
    static final String ARTICLE_ID = "articleId";
    static final String SERIES_KEY = "seriesKey";
    static final String REGION = "region";
    static final String INDICATOR = "indicator";
    static final String MEASURE = "measure";
    static final String PERIOD_START = "period.start";
    static final String PERIOD_END = "period.end";
    static final String PROJECT_KEY = "projectKey";
    static final String DATE_VALUE = "date.value";

    // projects
    static final String NAME = "name";
    static final String NAME_VARIANTS = "nameVariants";
    static final String COMPANIES = "companies";
    static final String TIMELINE = "timeline";
    static final String FURTHEST_STAGE = "furthestStage";
    static final String LATEST_INVESTMENT = "latestInvestment";
    static final String FIRST_SEEN = "firstSeen";
    static final String LAST_SEEN = "lastSeen";
    static final String SOURCES = "sources";
    static final String SOURCE_COUNT = "sourceCount";
    /** Derived, for the name search's index ({@link ProjectSearchFields}). */
    static final String NAME_SUFFIXES = "nameSuffixes";
    /** Derived, for the {@code expected} filter's index ({@link ProjectSearchFields}). */
    static final String HAS_EXPECTED_STAGE = "hasExpectedStage";

    static final String EVENT_ID = "eventId";
    static final String STAGE = "stage";
    static final String EXPECTED = "expected";
    static final String DATE = "date";
    static final String SEEN_AT = "seenAt";
    static final String QUOTE = "quote";

    private Fields() {}
}
