package zonepulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The stages of a project's life, declared in life order: {@link #ordinal()} ranks them. */
public enum Stage {
    @JsonProperty("signed")
    SIGNED,
    @JsonProperty("landed")
    LANDED,
    @JsonProperty("land_acquired")
    LAND_ACQUIRED,
    @JsonProperty("groundbreaking")
    GROUNDBREAKING,
    @JsonProperty("construction_started")
    CONSTRUCTION_STARTED,
    @JsonProperty("topped_out")
    TOPPED_OUT,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("in_production")
    IN_PRODUCTION;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stage whose {@link #wire()} name is {@code wire}. */
    public static Stage fromWire(String wire) {
        for (Stage stage : values()) {
            if (stage.wire().equals(wire)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown stage: " + wire);
    }

    /** True when this stage comes later in a project's life than {@code other}. */
    public boolean isLaterThan(Stage other) {
        return other == null || ordinal() > other.ordinal();
    }
}
