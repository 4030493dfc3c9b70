package zonepulse.store.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import zonepulse.events.EventDate;
import zonepulse.events.EventJson;
import zonepulse.events.Investment;
import zonepulse.events.Stage;
import zonepulse.store.projects.ProjectTimeline;

/**
 * A {@link ProjectTimeline} as a {@code projects} document and back, one mapping for the writer and the read API.
 * The document also records the event versions ({@code eventId@generation}, in the order they were folded in) it was
 * built from, {@link #BUILT_FROM}: written in the same document as the projection, so the two can never disagree,
 * which is what lets a batch fold only the newer events into a stored projection instead of rebuilding it.
 */
final class ProjectDocuments {
    /** The event versions a projection was built from, in fold order; kept for the writer, never served. */
    static final String BUILT_FROM = "builtFrom";

    private final EventJson json;

    ProjectDocuments(EventJson json) {
        this.json = json;
    }

    /** The project as stored, with the versions it was built from. */
    Document document(ProjectTimeline project, List<String> builtFrom) {
        List<Document> timeline = new ArrayList<>();
        for (ProjectTimeline.Entry entry : project.timeline()) {
            timeline.add(new Document(Fields.EVENT_ID, entry.eventId())
                    .append(Fields.STAGE, entry.stage().wire())
                    .append(Fields.EXPECTED, entry.expected())
                    .append(Fields.DATE, entry.date() == null ? null : map(entry.date()))
                    .append(Fields.ARTICLE_ID, entry.articleId())
                    .append(Fields.SEEN_AT, entry.seenAt().toString())
                    .append(Fields.QUOTE, entry.quote()));
        }
        Investment investment = project.latestInvestment();
        return new Document(Fields.ID, project.projectKey())
                .append(Fields.NAME, project.name())
                .append(Fields.NAME_VARIANTS, List.copyOf(project.nameVariants()))
                .append(Fields.COMPANIES, List.copyOf(project.companies()))
                .append(Fields.REGION, project.region())
                .append(Fields.TIMELINE, timeline)
                .append(
                        Fields.FURTHEST_STAGE,
                        project.furthestStage() == null
                                ? null
                                : project.furthestStage().wire())
                .append(Fields.LATEST_INVESTMENT, investment == null ? null : map(investment))
                .append(Fields.FIRST_SEEN, project.firstSeen().toString())
                .append(Fields.LAST_SEEN, project.lastSeen().toString())
                .append(Fields.SOURCES, List.copyOf(project.sources()))
                .append(Fields.SOURCE_COUNT, project.sourceCount())
                .append(Fields.NAME_SUFFIXES, ProjectSearchFields.nameSuffixes(project.nameVariants()))
                .append(
                        Fields.HAS_EXPECTED_STAGE,
                        project.timeline().stream().anyMatch(ProjectTimeline.Entry::expected))
                .append(BUILT_FROM, List.copyOf(builtFrom));
    }

    /** The project a stored document shows. */
    ProjectTimeline timeline(Document doc) {
        List<ProjectTimeline.Entry> timeline = new ArrayList<>();
        for (Document entry : doc.getList(Fields.TIMELINE, Document.class, List.of())) {
            Document date = entry.get(Fields.DATE, Document.class);
            timeline.add(new ProjectTimeline.Entry(
                    entry.getString(Fields.EVENT_ID),
                    Stage.fromWire(entry.getString(Fields.STAGE)),
                    Boolean.TRUE.equals(entry.getBoolean(Fields.EXPECTED)),
                    date == null ? null : json.mapper().convertValue(date, EventDate.class),
                    entry.getString(Fields.ARTICLE_ID),
                    Instant.parse(entry.getString(Fields.SEEN_AT)),
                    entry.getString(Fields.QUOTE)));
        }
        Document investment = doc.get(Fields.LATEST_INVESTMENT, Document.class);
        String furthest = doc.getString(Fields.FURTHEST_STAGE);
        return new ProjectTimeline(
                doc.getString(Fields.ID),
                doc.getString(Fields.NAME),
                new TreeSet<>(doc.getList(Fields.NAME_VARIANTS, String.class, List.of())),
                new TreeSet<>(doc.getList(Fields.COMPANIES, String.class, List.of())),
                doc.getString(Fields.REGION),
                timeline,
                furthest == null ? null : Stage.fromWire(furthest),
                investment == null ? null : json.mapper().convertValue(investment, Investment.class),
                Instant.parse(doc.getString(Fields.FIRST_SEEN)),
                Instant.parse(doc.getString(Fields.LAST_SEEN)),
                new TreeSet<>(doc.getList(Fields.SOURCES, String.class, List.of())));
    }

    /** The versions a stored project was built from; null for one stored before they were recorded. */
    static List<String> builtFrom(Document doc) {
        return doc.getList(BUILT_FROM, String.class);
    }

    @SuppressWarnings("unchecked")
    private Document map(Object value) {
        return new Document(json.mapper().convertValue(value, Map.class));
    }
}
