package zonepulse.store.readapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading the API's query parameters; anything unusable is a {@link BadParameterException} naming the parameter. */
final class Params {
    static final String INCLUDE_SUPERSEDED = "superseded";

    private Params() {}

    static int limit(Integer limit, ReadApiProperties properties) {
        if (limit == null) {
            return properties.defaultLimit();
        }
        if (limit < 1 || limit > properties.maxLimit()) {
            throw new BadParameterException(
                    "limit", "must be between 1 and " + properties.maxLimit() + " (was " + limit + ")");
        }
        return limit;
    }

    /** {@code include=superseded}: also events of older generations of their articles. */
    static boolean includeSuperseded(String include) {
        if (include == null) {
            return false;
        }
        if (include.equals(INCLUDE_SUPERSEDED)) {
            return true;
        }
        throw new BadParameterException("include", "the only value is superseded (was " + include + ")");
    }

    /** One of the contract's wire names ({@code level}, {@code yoy_growth} …), or null when absent. */
    static <E extends Enum<E>> String choice(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
        if (!allowed.contains(value)) {
            throw new BadParameterException(
                    name, "must be one of " + String.join(", ", allowed) + " (was " + value + ")");
        }
        return value;
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "is required");
        }
        return value;
    }

    static String nonBlank(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new BadParameterException(name, "must not be blank");
        }
        return value;
    }

    /** A day, month or year (2021-08-31, 2021-08, 2021): its first day, or its last with {@code end}. */
    static LocalDate day(String name, String value, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 ->
                    end
                            ? Year.parse(value).atMonth(12).atEndOfMonth()
                            : Year.parse(value).atDay(1);
                case 7 ->
                    end
                            ? YearMonth.parse(value).atEndOfMonth()
                            : YearMonth.parse(value).atDay(1);
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be a date: 2021-08-31, 2021-08 or 2021 (was " + value + ")");
        }
    }

    /** An instant (2021-10-13T16:00:00Z) or a day (2021-10-13, from its start in {@code zone}). */
    static Instant instant(String name, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    name, "must be an instant (2021-10-13T16:00:00Z) or a date (2021-10-13) (was " + value + ")");
        }
    }
}
