package zonepulse.events;

/**
 * When a project stage was reached or is due.
 *
 * @param value an ISO date, year-month or year, as precise as {@code precision}
 * @param precision day, month or year
 * @param label the text's own words (一个月前, 5月末)
 */
public record EventDate(String value, DatePrecision precision, String label) {}
