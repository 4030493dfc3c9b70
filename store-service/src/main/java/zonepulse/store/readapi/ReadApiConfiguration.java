package zonepulse.store.readapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read API v1: its settings, indicator names, and the OpenAPI description's title. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadApiProperties.class)
class ReadApiConfiguration {

    @Bean
    IndicatorNames indicatorNames() {
        return IndicatorNames.load();
    }

    @Bean
    OpenAPI zonepulseOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("zonepulse read API")
                        .version("v1")
                        .description("Indicator and project events extracted from Chinese news about development"
                                + " zones, as store-service keeps them. Lists are paged with a cursor (follow each"
                                + " page's next link); errors are RFC 9457 problem details."));
    }
}
