package gazette.read.text;

import gazette.read.ContentException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a scraped text article: a {@code date} line, or (in any order) the page's address
 * and an ISO-8601 date-time; the title is the first line after them.
 *
 * @param date       from the date line, else the date-time's local date
 * @param dateTime   the date-time line with its offset, or null
 * @param url        the page's original address, or null
 * @param titleIndex the title's line (from 0)
 */
record TextHeader(LocalDate date, OffsetDateTime dateTime, String url, int titleIndex) {

    private static final String NO_DATE =
            "no date: expected a 'date YYYY-MM-DD' line or an ISO-8601 date-time line before the title";
    /** A header line that means to be a date: "date", then a digit. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)date\\s*[:：]?\\s*(\\d.*)");
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** An ISO-8601 date, optionally with a time and an offset ("+0900", "+09:00", "Z"). */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + " ?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

    static TextHeader read(String path, List<String> lines, List<String> warnings)
            throws ContentException {
        LocalDate date = null;
        OffsetDateTime dateTime = null;
        LocalDate dateTimeDate = null;
        String url = null;
        int lastHeaderLine = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            Matcher m = DATE_LINE.matcher(line);
            // Once a date is known, "Date 2024 set for vote" may well be the title.
            if (m.matches() && (date == null || DATE_VALUE.matcher(m.group(1)).matches())) {
                LocalDate value = dateLine(path, lineNumber, m.group(1));
                date = date == null ? value : date;
                lastHeaderLine = lineNumber;
                continue;
            }
            m = DATE_TIME.matcher(line);
            if (m.matches()) {
                LocalDateTime local = localDateTime(path, lineNumber, m);
                if (dateTimeDate == null) {
                    dateTimeDate = local.toLocalDate();
                    if (m.group(8) != null) {
                        dateTime = OffsetDateTime.of(local, offset(path, lineNumber, m.group(8)));
                    }
                }
                lastHeaderLine = lineNumber;
                continue;
            }
            if (URL.matcher(line).matches()) {
                url = url == null ? line : url;
                lastHeaderLine = lineNumber;
                continue;
            }
            if (date == null && dateTimeDate == null) {
                throw new ContentException(path, 1, NO_DATE);
            }
            if (date == null) {
                date = dateTimeDate;
            } else if (dateTimeDate != null && !date.equals(dateTimeDate)) {
                warnings.add(path + ":" + lastHeaderLine + ": the date line says " + date
                        + " but the date-time line says " + dateTimeDate + "; using " + date);
            }
            return new TextHeader(date, dateTime, url, i);
        }
        if (date == null && dateTimeDate == null) {
            throw new ContentException(path, 1, NO_DATE);
        }
        throw new ContentException(path, lastHeaderLine, "no title: nothing follows the header lines");
    }

    private static LocalDate dateLine(String path, int line, String value) throws ContentException {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.matches()) {
            throw new ContentException(path, line, "bad date line: expected 'date YYYY-MM-DD', found 'date "
                    + value + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible date " + value);
        }
    }

    private static LocalDateTime localDateTime(String path, int line, Matcher m) throws ContentException {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.atStartOfDay();
            }
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            }
            return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible date-time " + m.group());
        }
    }

    private static ZoneOffset offset(String path, int line, String text) throws ContentException {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible time zone offset " + text);
        }
    }
}
