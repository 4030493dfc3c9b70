package zonepulse.stack;

import zonepulse.events.Topics;

/**
 * The topic configuration on the in-process broker: created when the broker starts (as the demo's local stack does)
 * and the dead-letter topics afterwards through {@link Infrastructure#createTopics} (as the services' tests do).
 */
class EmbeddedTopicConfigurationIT extends TopicConfigurationContract {
    @Override
    protected Infrastructure startInfrastructure() {
        Infrastructure infrastructure = EmbeddedInfrastructure.start(
                2, Topics.ARTICLES_RAW, Topics.ARTICLES_EXTRACTED, Topics.EVENTS_INDICATORS, Topics.EVENTS_PROJECTS);
        infrastructure.createTopics(Topics.ALL.toArray(String[]::new));
        return infrastructure;
    }
}
