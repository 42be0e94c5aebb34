package gazette.pages;

import gazette.read.Article;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as pages show them: ISO 8601 for machines, and for people in the site's language. */
final class DateText {
    private final java.util.function.Function<Article, ZoneId> zoneOf;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter fullDayFormat;
    private final DateTimeFormatter timeFormat;
    private final java.util.concurrent.ConcurrentHashMap<LocalDate, String> dayNames = new java.util.concurrent.ConcurrentHashMap<>();

    DateText(java.util.function.Function<Article, ZoneId> zoneOf, Locale locale) {
        this.zoneOf = zoneOf;
        this.locale = locale;
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.fullDayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** "7 March 2024" (in the site's language). */
    String day(LocalDate day) {
        return dayFormat.format(day);
    }

    /** "Thursday, 7 March 2024" (in the site's language, with its weekday): a day's own name, on its page and in breadcrumbs. */
    String fullDay(LocalDate day) {
        return fullDayFormat.format(day);
    }

    /** "7 March 2024, 09:30", with the time only when it is known. */
    String text(ZonedDateTime when, boolean timed) {
        // a day's name is made once: listings ask for it about sixteen times an article, and days are few
        String day = dayNames.computeIfAbsent(when.toLocalDate(), dayFormat::format);
        return timed ? day + ", " + timeFormat.format(when) : day;
    }

    /** A date-time with offset when it has a time, else the date. */
    static String iso(ZonedDateTime when, boolean timed) {
        return timed ? when.toOffsetDateTime().toString() : when.toLocalDate().toString();
    }

    ZonedDateTime published(Article a) {
        return a.published().atZone(zoneOf.apply(a));
    }

    String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** "Nov" (or "Sept", as en-GB has it): a month in the go-to-date control. */
    String shortMonthName(Month m) {
        return m.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }

    String weekday(java.time.DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }
}
