package zonepulse.events;

/** The Kafka topics that make up zonepulse's public contract. A breaking change gets a new suffix. */
public final class Topics {
    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_EXTRACTED = "news.articles.extracted";
    public static final String EVENTS_INDICATORS = "news.events.indicators";
    public static final String EVENTS_PROJECTS = "news.events.projects";
    public static final String DLQ_SUFFIX = ".dlq";
    public static final String ARTICLES_RAW_DLQ = ARTICLES_RAW + DLQ_SUFFIX;

    /** Every topic of the contract and its dead-letter topic. */
    public static final java.util.List<String> ALL = java.util.List.of(
            ARTICLES_RAW,
            dlqOf(ARTICLES_RAW),
            ARTICLES_EXTRACTED,
            dlqOf(ARTICLES_EXTRACTED),
            EVENTS_INDICATORS,
            dlqOf(EVENTS_INDICATORS),
            EVENTS_PROJECTS,
            dlqOf(EVENTS_PROJECTS));

    private Topics() {}

    /** The dead-letter topic of {@code topic}. */
    public static String dlqOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
