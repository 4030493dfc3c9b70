package zonepulse.extraction.internal.time;

/**
 * A time expression found in the text, not yet resolved against a publication date.
 *
 * @param start offset of its first char
 * @param end offset past its last char
 * @param kind what it denotes
 * @param year the explicit year, or 0
 * @param yearShift relative year: 0 this year (今年), -1 去年, +1 明年; {@link #CONTEXT} when no year is said,
 *     {@link #SAME_AS_PREVIOUS} for 同年/当年, {@link #AFTER_PREVIOUS} for 次年/翌年
 * @param a first number (month, quarter, half, count of months or days back; days after for RELATIVE_DAY; months
 *     shifted for RELATIVE_MONTH; quarters shifted for RELATIVE_QUARTER; years counted for RECENT_YEARS; first year of a PLAN_PERIOD; for a
 *     YEAR of {@link #CONTEXT}, the years it lies from the year the text is about: 三年前 -3, 3年后 3; months counted
 *     for COMING)
 * @param b second number (day, also of a RELATIVE_MONTH when it names one; last month of a range; 旬 1-3 of
 *     TEN_DAYS; 1 start / 2 middle of YEAR_PART; last year of a PLAN_PERIOD; 1 for the end of a RELATIVE_QUARTER)
 * @param since true for 「…以来」 and 「…至今」
 * @param asOf true for 「截至…」 and 「到…为止」
 * @param label the text's own words
 * @param until the end of a span (「8月11日至22日」: the mention of 22日, with month and year filled in), or null
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
        String label,
        TimeMention until) {

    /** yearShift value of a mention that states no year of its own (5月25日, 全年). */
    public static final int CONTEXT = Integer.MIN_VALUE;
    /** yearShift value of 「同年」: the year of the previous dated mention. */
    public static final int SAME_AS_PREVIOUS = Integer.MIN_VALUE + 1;
    /** yearShift value of 「次年」, 「翌年」: the year after that of the previous dated mention. */
    public static final int AFTER_PREVIOUS = Integer.MIN_VALUE + 2;

    /** A mention that is not a span. */
    public TimeMention(
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
        this(start, end, kind, year, yearShift, a, b, since, asOf, label, null);
    }

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
        EVERY_YEAR,
        /** 上旬, 中旬, 下旬 of month a (b = 1, 2, 3). */
        TEN_DAYS,
        /** 本月, 上个月, 下月: a months from the publication month. */
        RELATIVE_MONTH,
        /** 本季度, 上季度, 上季度末: the quarter a quarters from the publication quarter; b = 1 for its end. */
        RELATIVE_QUARTER,
        /** 年初 (b = 1), 年中 (b = 2): a point of the year. */
        YEAR_PART,
        /** 近三年, 过去五年, 五年来: the last a years. */
        RECENT_YEARS,
        /** 「十三五」期间: the years a to b. */
        PLAN_PERIOD,
        /** 未来2个月, 未来三年: the a months from the publication date on. */
        COMING,
        /** 去年同期: the same period a year earlier, a comparison basis; {@link TimeScanner#scan} does not return it. */
        SAME_PERIOD_EARLIER,
        /**
         * 同日, 当天, 次日: a days after the day stated before it. The scanner resolves it to that day when the text
         * it scans states one ({@link TimeScanner#onDayOf}); otherwise the caller does, with the text before, or drops
         * it: it dates nothing by itself.
         */
        RELATIVE_DAY
    }

    public boolean hasExplicitYear() {
        return year > 0;
    }

    /** Whether it spans from its own time to {@link #until()}. */
    public boolean isSpan() {
        return until != null;
    }

    /** This mention as the start of a span ending with {@code last}, its text reaching to {@code newEnd}. */
    TimeMention spanningTo(TimeMention last, int newEnd, String newLabel) {
        return new TimeMention(start, newEnd, kind, year, yearShift, a, b, since, asOf, newLabel, last);
    }

    /** This mention running up to the publication date (「2018年至今」). */
    TimeMention sinceTo(int newEnd, String newLabel) {
        return new TimeMention(start, newEnd, kind, year, yearShift, a, b, true, asOf, newLabel, until);
    }
}
