package zonepulse.events;

import java.util.Objects;

/**
 * A reported figure, published on {@link Topics#EVENTS_INDICATORS} keyed by {@link #seriesKey()}.
 *
 * @param schema always {@link #SCHEMA}
 * @param type always {@link #TYPE}
 * @param eventId deterministic id, see {@link Ids#eventId}
 * @param articleId the article it was found in
 * @param source that article's uri, title and publication time
 * @param extractor "name/version" of the extractor
 * @param region normalised region name
 * @param indicator the measure's name as the text gives it
 * @param measure what the figure measures
 * @param value the number as written; a fall is negative; the lower bound of a range
 * @param upper the upper bound of a range (税收3亿～5亿元 gives value 3, upper 5), in the same unit, or null
 * @param unit the unit as written
 * @param normalized the number in base units
 * @param qualifier how exactly it is stated
 * @param status actual, target or forecast
 * @param period the time covered, or null when none is stated or inferable
 * @param basis a stated basis (同口径), or null
 * @param evidence where it is stated
 * @param confidence 0..1
 */
public record IndicatorEvent(
        String schema,
        String type,
        String eventId,
        String articleId,
        EventSource source,
        String extractor,
        String region,
        String indicator,
        Measure measure,
        double value,
        Double upper,
        String unit,
        Quantity normalized,
        Qualifier qualifier,
        Status status,
        Period period,
        String basis,
        Evidence evidence,
        double confidence) {

    public static final String SCHEMA = "indicator-event/1";
    public static final String TYPE = "indicator";

    public IndicatorEvent {
        schema = schema == null ? SCHEMA : schema;
        type = type == null ? TYPE : type;
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** region|indicator|measure: one series stays ordered on one partition. */
    public String seriesKey() {
        return seriesKey(region, indicator, measure);
    }

    public static String seriesKey(String region, String indicator, Measure measure) {
        return (region == null ? "" : region) + "|" + indicator + "|" + measure.wire();
    }
}
