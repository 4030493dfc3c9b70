package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a raw article came from. */
public enum SourceType {
    @JsonProperty("file")
    FILE,
    @JsonProperty("feed")
    FEED,
    @JsonProperty("http")
    HTTP
}
