package zonepulse.ingest.push;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code POST /api/articles} ({@code zonepulse.ingest.push.*}).
 *
 * @param apiKeys the keys a pusher may present (header {@code X-API-Key}, or {@code Authorization: Bearer KEY}); with
 *     none configured every push is answered 401
 * @param maxBodySize the largest request body accepted (413 above it)
 */
@ConfigurationProperties("zonepulse.ingest.push")
@Validated
public record PushProperties(
        @NotNull @DefaultValue({}) List<@NotBlank String> apiKeys,
        @NotNull @DefaultValue("5MB") DataSize maxBodySize) {

    public PushProperties {
        apiKeys = apiKeys == null ? null : apiKeys.stream().map(String::strip).toList();
    }

    @AssertTrue(message = "must be more than 0 bytes")
    boolean isMaxBodySize() {
        return maxBodySize == null || maxBodySize.toBytes() > 0;
    }

    @AssertTrue(message = "every key must be at least 16 characters long")
    boolean isApiKeys() {
        return apiKeys == null || apiKeys.stream().allMatch(k -> k.length() >= 16);
    }
}
