package zonepulse.events;

/**
 * A number with its unit.
 *
 * @param value the number
 * @param unit the unit (元, %, 个, 平方米 …)
 */
public record Quantity(double value, String unit) {}
