package zonepulse.ingest.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One timer per Kafka send and receive: the binder's templates and containers record them through observations
 * (which also carry the trace context into the record headers). A template or container without observations would
 * register Spring Kafka's older timer of the same name with other tags, which Prometheus cannot hold next to the
 * observation's; that older form is left out.
 */
@Configuration(proxyBeanMethods = false)
class KafkaMeterConfiguration {
    @Bean
    MeterFilter kafkaTimersFromObservationsOnly() {
        return MeterFilter.deny(id ->
                (id.getName().equals("spring.kafka.template") || id.getName().equals("spring.kafka.listener"))
                        && id.getTag("result") != null);
    }
}
