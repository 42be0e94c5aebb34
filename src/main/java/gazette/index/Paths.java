package gazette.index;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The URL scheme, in one place. Every path is relative to the site root and ends in '/',
 * so it serves as both a link (after the root path) and a folder holding index.html.
 */
public final class Paths {
    public static final String HOME = "";
    public static final String ARCHIVE = "archive/";
    public static final String TAGS = "tags/";

    private Paths() {}

    public static String year(int year) {
        return String.format("%04d/", year);
    }

    public static String month(YearMonth m) {
        return String.format("%04d/%02d/", m.getYear(), m.getMonthValue());
    }

    public static String day(LocalDate d) {
        return String.format("%04d/%02d/%02d/", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static String tag(String slug) {
        return TAGS + slug + "/";
    }

    /** Page {@code n} (from 1) of a paginated listing at {@code listing}. */
    public static String page(String listing, int n) {
        return n <= 1 ? listing : listing + "page/" + n + "/";
    }
}
