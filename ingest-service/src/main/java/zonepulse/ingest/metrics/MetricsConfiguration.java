package zonepulse.ingest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link IngestMetrics} every source counts into. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {
    @Bean
    IngestMetrics ingestMetrics(ObjectProvider<MeterRegistry> meters) {
        return new IngestMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
