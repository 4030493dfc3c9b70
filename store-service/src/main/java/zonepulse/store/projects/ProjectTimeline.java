package zonepulse.store.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import zonepulse.events.EventDate;
import zonepulse.events.Investment;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;

/**
 * One project as merged from all its mentions: the {@code projects} projection of {@code project_events}. Pure and
 * immutable; {@link #with(ProjectEvent, Instant)} folds one more event in, and is a no-op for an event already in.
 *
 * @param projectKey the normalised name all mentions share
 * @param name the name as first seen
 * @param nameVariants every name the texts gave it
 * @param companies every company tied to it
 * @param region the region of the latest mention that named one
 * @param timeline the stage mentions, in stage-date order (undated last), then life order
 * @param furthestStage the latest stage in life order that was reached (not only planned), or null
 * @param latestInvestment the investment of the most recently seen mention that stated one, or null
 * @param firstSeen when the first mention was published (or received, when its article has no date)
 * @param lastSeen when the latest mention was published (or received)
 * @param sources the distinct articles that mention it
 */
public record ProjectTimeline(
        String projectKey,
        String name,
        SortedSet<String> nameVariants,
        SortedSet<String> companies,
        String region,
        List<Entry> timeline,
        Stage furthestStage,
        Investment latestInvestment,
        Instant firstSeen,
        Instant lastSeen,
        SortedSet<String> sources) {

    /**
     * One stage mention.
     *
     * @param eventId the project event
     * @param stage the stage
     * @param expected true when planned, not reached
     * @param date when, or null
     * @param articleId the article
     * @param seenAt when the article was published (or received)
     * @param quote the words of the text
     */
    public record Entry(
            String eventId,
            Stage stage,
            boolean expected,
            EventDate date,
            String articleId,
            Instant seenAt,
            String quote) {}

    private static final Comparator<Entry> TIMELINE_ORDER = Comparator.comparing(
                    (Entry e) -> e.date() == null ? null : e.date().value(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::stage)
            .thenComparing(Entry::eventId);

    public ProjectTimeline {
        Objects.requireNonNull(projectKey, "projectKey");
        nameVariants = new TreeSet<>(nameVariants);
        companies = new TreeSet<>(companies);
        sources = new TreeSet<>(sources);
        timeline = List.copyOf(timeline);
    }

    public int sourceCount() {
        return sources.size();
    }

    /** A project first known from this event. */
    public static ProjectTimeline of(ProjectEvent event, Instant receivedAt) {
        return new ProjectTimeline(
                        event.projectKey(),
                        event.name(),
                        new TreeSet<>(),
                        new TreeSet<>(),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        new TreeSet<>())
                .with(event, receivedAt);
    }

    /** This project with one more mention; itself when the event is already in its timeline. */
    public ProjectTimeline with(ProjectEvent event, Instant receivedAt) {
        if (!projectKey.equals(event.projectKey())) {
            throw new IllegalArgumentException(
                    "event of project " + event.projectKey() + " folded into project " + projectKey);
        }
        if (timeline.stream().anyMatch(e -> e.eventId().equals(event.eventId()))) {
            return this;
        }
        Instant seenAt = event.source() != null && event.source().publishedAt() != null
                ? event.source().publishedAt()
                : receivedAt;
        List<Entry> entries = new ArrayList<>(timeline);
        entries.add(new Entry(
                event.eventId(),
                event.stage(),
                event.expected(),
                event.date(),
                event.articleId(),
                seenAt,
                event.evidence().quote()));
        entries.sort(TIMELINE_ORDER);

        SortedSet<String> names = new TreeSet<>(nameVariants);
        names.add(event.name());
        SortedSet<String> allCompanies = new TreeSet<>(companies);
        allCompanies.addAll(event.companies());
        SortedSet<String> allSources = new TreeSet<>(sources);
        allSources.add(event.articleId());

        boolean latest = lastSeen == null || !seenAt.isBefore(lastSeen);
        Stage furthest = furthestStage;
        if (!event.expected() && event.stage().isLaterThan(furthestStage)) {
            furthest = event.stage();
        }
        Investment investment = latestInvestment;
        if (event.investment() != null && (investment == null || latest)) {
            investment = event.investment();
        }
        return new ProjectTimeline(
                projectKey,
                name,
                names,
                allCompanies,
                event.region() != null && (region == null || latest) ? event.region() : region,
                entries,
                furthest,
                investment,
                firstSeen == null || seenAt.isBefore(firstSeen) ? seenAt : firstSeen,
                latest ? seenAt : lastSeen,
                allSources);
    }
}
