package zonepulse.events;

import java.util.List;
import java.util.Objects;

/**
 * A named project reaching a stage, published on {@link Topics#EVENTS_PROJECTS} keyed by {@link #projectKey()}.
 *
 * @param schema always {@link #SCHEMA}
 * @param type always {@link #TYPE}
 * @param eventId deterministic id, see {@link Ids#eventId}
 * @param articleId the article it was found in
 * @param source that article's uri, title and publication time
 * @param extractor "name/version" of the extractor
 * @param region normalised region name, or null
 * @param confidence 0..1
 * @param evidence where it is stated
 * @param name the project's name as the text gives it
 * @param projectKey the normalised name that merges mentions across articles
 * @param stage the stage reached or planned
 * @param expected true when the stage is planned, not reached
 * @param date when, or null
 * @param investment the amount invested, or null
 * @param companies company names the text ties to the project
 */
public record ProjectEvent(
        String schema,
        String type,
        String eventId,
        String articleId,
        EventSource source,
        String extractor,
        String region,
        double confidence,
        Evidence evidence,
        String name,
        String projectKey,
        Stage stage,
        boolean expected,
        EventDate date,
        Investment investment,
        List<String> companies) {

    public static final String SCHEMA = "project-event/1";
    public static final String TYPE = "project";

    public ProjectEvent {
        schema = schema == null ? SCHEMA : schema;
        type = type == null ? TYPE : type;
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(stage, "stage");
        companies = companies == null ? List.of() : List.copyOf(companies);
    }
}
