package zonepulse.store.storage;

import java.util.List;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * What one poll of the topics brought, by kind, each list in arrival order. Stored together: events in bulk, each
 * touched article's events reconciled with its current summary once, each touched project re-projected once.
 */
public record EventBatch(
        List<ExtractedArticle> summaries, List<IndicatorEvent> indicators, List<ProjectEvent> projects) {
    public EventBatch {
        summaries = List.copyOf(summaries);
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
    }

    public static EventBatch of(ExtractedArticle summary) {
        return new EventBatch(List.of(summary), List.of(), List.of());
    }

    public static EventBatch of(IndicatorEvent indicator) {
        return new EventBatch(List.of(), List.of(indicator), List.of());
    }

    public static EventBatch of(ProjectEvent project) {
        return new EventBatch(List.of(), List.of(), List.of(project));
    }

    public boolean isEmpty() {
        return summaries.isEmpty() && indicators.isEmpty() && projects.isEmpty();
    }
}
