package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a figure is a reported result, a goal, or a forecast. */
public enum Status {
    @JsonProperty("actual")
    ACTUAL,
    @JsonProperty("target")
    TARGET,
    @JsonProperty("forecast")
    FORECAST;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
