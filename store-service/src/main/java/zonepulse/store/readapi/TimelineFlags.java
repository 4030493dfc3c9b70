package zonepulse.store.readapi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import zonepulse.events.EventDate;
import zonepulse.events.Stage;

/**
 * The warnings of a project's timeline, from its stage mentions alone:
 *
 * <ul>
 *   <li>reported backwards: a stage reached after a later stage had already been reached (开工 reported for a date
 *       after its 竣工), when both are dated; by publication time when either is not;
 *   <li>expected date passed: a planned stage whose date (its last day, at the precision stated) is before today, and
 *       neither it nor a later stage has been reported reached.
 * </ul>
 */
final class TimelineFlags {
    /** What the flags need of a stage mention. */
    record Mention(Stage stage, boolean expected, EventDate date, java.time.Instant seenAt) {}

    private TimelineFlags() {}

    static boolean reportedBackwards(Mention mention, List<Mention> all) {
        if (mention.expected()) {
            return false;
        }
        for (Mention other : all) {
            if (!other.expected() && other.stage().isLaterThan(mention.stage()) && before(other, mention)) {
                return true;
            }
        }
        return false;
    }

    static boolean expectedDatePassed(Mention mention, List<Mention> all, LocalDate today) {
        if (!mention.expected() || mention.date() == null) {
            return false;
        }
        LocalDate[] days = days(mention.date());
        if (days == null || !days[1].isBefore(today)) {
            return false;
        }
        return all.stream()
                .noneMatch(other -> !other.expected()
                        && (other.stage() == mention.stage() || other.stage().isLaterThan(mention.stage())));
    }

    static ApiRecords.ProjectFlags of(List<Mention> all, LocalDate today) {
        return new ApiRecords.ProjectFlags(
                all.stream().anyMatch(m -> reportedBackwards(m, all)),
                all.stream().anyMatch(m -> expectedDatePassed(m, all, today)));
    }

    /** True when {@code earlier} happened wholly before {@code later}. */
    private static boolean before(Mention earlier, Mention later) {
        LocalDate[] a = earlier.date() == null ? null : days(earlier.date());
        LocalDate[] b = later.date() == null ? null : days(later.date());
        if (a != null && b != null) {
            return a[1].isBefore(b[0]);
        }
        return earlier.seenAt() != null
                && later.seenAt() != null
                && earlier.seenAt().isBefore(later.seenAt());
    }

    /** The first and last day a date stands for (2021-09: the 1st to the 30th), or null when unreadable. */
    static LocalDate[] days(EventDate date) {
        String value = date.value();
        if (value == null) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> {
                    int year = Integer.parseInt(value);
                    yield new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(value);
                    yield new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                default -> {
                    LocalDate day = LocalDate.parse(value);
                    yield new LocalDate[] {day, day};
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
