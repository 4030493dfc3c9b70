package zonepulse.ingest.dropfolder;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The drop-folder source ({@code zonepulse.ingest.drop-folder.*}).
 *
 * @param directory the folder watched, with its subfolders; required
 * @param failedDirectory where refused files are moved, keeping their path relative to {@code directory};
 *     defaults to {@code directory/.failed}
 * @param pollInterval the pause between two scans of the folder
 * @param maxFileSize files larger than this are refused
 * @param extensions the file name extensions picked up, without the dot, case-insensitive
 */
@ConfigurationProperties(DropFolderProperties.PREFIX)
@Validated
public record DropFolderProperties(
        @NotNull Path directory,
        Path failedDirectory,

        @NotNull @DurationMin(millis = 10) @DefaultValue("2s")
        Duration pollInterval,

        @NotNull @DefaultValue("20MB") DataSize maxFileSize,

        @NotEmpty @DefaultValue({"txt", "md", "html", "htm"})
        List<String> extensions) {

    public static final String PREFIX = "zonepulse.ingest.drop-folder";
    static final String DEFAULT_FAILED_SUBFOLDER = ".failed";

    public DropFolderProperties {
        if (failedDirectory == null && directory != null) {
            failedDirectory = directory.resolve(DEFAULT_FAILED_SUBFOLDER);
        }
        extensions = extensions == null
                ? null
                : extensions.stream()
                        .map(extension ->
                                extension.strip().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    @AssertTrue(message = "must be more than 0 bytes")
    boolean isMaxFileSize() {
        return maxFileSize == null || maxFileSize.toBytes() > 0;
    }

    @AssertTrue(message = "must not contain an empty extension")
    boolean isExtensions() {
        return extensions == null || extensions.stream().noneMatch(String::isEmpty);
    }

    @AssertTrue(message = "must not be the drop folder itself")
    boolean isFailedDirectory() {
        return directory == null
                || !directory
                        .toAbsolutePath()
                        .normalize()
                        .equals(failedDirectory.toAbsolutePath().normalize());
    }
}
