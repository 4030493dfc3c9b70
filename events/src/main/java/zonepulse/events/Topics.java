package zonepulse.events;

/** The Kafka topics that make up zonepulse's public contract. A breaking change gets a new suffix. */
public final class Topics {
    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_EXTRACTED = "news.articles.extracted";
    public static final String EVENTS_INDICATORS = "news.events.indicators";
    public static final String EVENTS_PROJECTS = "news.events.projects";
    public static final String DLQ_SUFFIX = ".dlq";
    public static final String ARTICLES_RAW_DLQ = ARTICLES_RAW + DLQ_SUFFIX;

    private Topics() {}

    /** The dead-letter topic of {@code topic}. */
    public static String dlqOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
