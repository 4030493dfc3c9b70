package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How precisely a project date is known. */
public enum DatePrecision {
    @JsonProperty("day")
    DAY,
    @JsonProperty("month")
    MONTH,
    @JsonProperty("year")
    YEAR
}
