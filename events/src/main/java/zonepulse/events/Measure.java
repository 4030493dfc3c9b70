package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an indicator figure measures. */
public enum Measure {
    @JsonProperty("level")
    LEVEL,
    @JsonProperty("yoy_growth")
    YOY_GROWTH,
    @JsonProperty("mom_growth")
    MOM_GROWTH,
    @JsonProperty("share")
    SHARE,
    @JsonProperty("count")
    COUNT;

    /** The name used on the wire and in MongoDB. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
