package gazette.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/** Parses the dates articles give: a day, or a date-time with an offset. */
public final class Dates {
    /**
     * When a source gives a date and time.
     *
     * @param offset the offset written with the date-time, or null when none was
     */
    public record When(Instant instant, boolean timed, java.time.ZoneOffset offset) {}

    // STRICT: 2024-02-30 is an error, not quietly March 1st
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DAY)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /**
     * Parses {@code 2024-03-07}, {@code 2024-03-07T09:30:00+01:00}, {@code ...+0100} or {@code ...Z}.
     * A date-time without an offset is read in the site's time zone; a bare date is that day in it.
     *
     * @throws DateTimeException with a message fit for the user
     */
    public static When parse(String text, ZoneId zone) {
        String s = text.strip();
        When when = parseAny(s, zone);
        // the day's folder is YYYY/: a year outside 1..9999 in the site's zone has no sensible one
        int year = LocalDate.ofInstant(when.instant(), zone).getYear();
        if (year < 1 || year > 9999) throw new DateTimeException("'" + s + "' falls outside the years 1 to 9999");
        return when;
    }

    private static When parseAny(String s, ZoneId zone) {
        try {
            if (s.length() == 10) {
                return new When(LocalDate.parse(s, DAY).atStartOfDay(zone).toInstant(), false, null);
            }
            var parsed = DATE_TIME.parse(s);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), java.time.LocalTime.from(parsed));
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                java.time.ZoneOffset offset = java.time.ZoneOffset.from(parsed);
                return new When(OffsetDateTime.of(local, offset).toInstant(), true, offset);
            }
            return new When(local.atZone(zone).toInstant(), true, null);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + s + "' is not a date (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)");
        }
    }
}
