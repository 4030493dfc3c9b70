package zonepulse.ingest.publishing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.events.EventJson;

@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {
    /** Loads the contract's JSON Schemas once; thread-safe. */
    @Bean
    EventJson eventJson() {
        return new EventJson();
    }
}
