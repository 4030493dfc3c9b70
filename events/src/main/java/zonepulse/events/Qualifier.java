package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How exactly a figure is stated: 近/约 (approx), 超过/逾 (over), 突破/不低于 (at least), 不到/不足 (under). */
public enum Qualifier {
    @JsonProperty("exact")
    EXACT,
    @JsonProperty("approx")
    APPROX,
    @JsonProperty("over")
    OVER,
    @JsonProperty("at_least")
    AT_LEAST,
    @JsonProperty("under")
    UNDER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
