package zonepulse.events;

/**
 * An amount invested in a project.
 *
 * @param value the number as written
 * @param unit the unit as written (亿元)
 * @param qualifier how exactly it is stated
 * @param normalized the amount in base units (元)
 */
public record Investment(double value, String unit, Qualifier qualifier, Quantity normalized) {}
