package zonepulse.extract.replay;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;

/** Binds the selection's time bounds as an operator writes them: a day ({@code 2024-03-01}) or an ISO-8601 instant. */
@ConfigurationPropertiesBinding
final class InstantOrDayConverter implements Converter<String, Instant> {
    @Override
    public Instant convert(String source) {
        return ReplaySelection.instantOrDay(source);
    }
}
