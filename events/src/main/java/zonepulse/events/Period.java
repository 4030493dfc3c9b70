package zonepulse.events;

import java.time.LocalDate;

/**
 * The time an indicator figure covers. A stock or as-of figure has only an {@code end}.
 *
 * @param start first day covered, or null
 * @param end last day covered, or null
 * @param label the text's own words for the period (今年1-8月份)
 */
public record Period(LocalDate start, LocalDate end, String label) {}
