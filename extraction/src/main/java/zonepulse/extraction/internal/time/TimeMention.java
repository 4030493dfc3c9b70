package zonepulse.extraction.internal.time;

/**
 * A time expression found in the text, not yet resolved against a publication date.
 *
 * @param start offset of its first char
 * @param end offset past its last char
 * @param kind what it denotes
 * @param year the explicit year, or 0
 * @param yearShift relative year: 0 this year (今年), -1 去年, +1 明年; {@link #CONTEXT} when no year is said
 * @param a first number (month, quarter, half, count of months or days back)
 * @param b second number (day, last month of a range)
 * @param since true for 「…以来」
 * @param asOf true for 「截至…」
 * @param label the text's own words
 */
public record TimeMention(
        int start,
        int end,
        Kind kind,
        int year,
        int yearShift,
        int a,
        int b,
        boolean since,
        boolean asOf,
        String label) {

    /** yearShift value of a mention that states no year of its own (5月25日, 全年). */
    public static final int CONTEXT = Integer.MIN_VALUE;
    /** yearShift value of 「同年」: the year of the previous dated mention. */
    public static final int SAME_AS_PREVIOUS = Integer.MIN_VALUE + 1;

    /** What a time expression denotes. */
    public enum Kind {
        DAY,
        MONTH,
        MONTH_END,
        MONTH_RANGE,
        FIRST_MONTHS,
        QUARTER,
        HALF,
        YEAR,
        YEAR_END,
        NOW,
        MONTHS_AGO,
        DAYS_AGO,
        EVERY_YEAR
    }

    public boolean hasExplicitYear() {
        return year > 0;
    }
}
