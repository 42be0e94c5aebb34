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
    public static final String SECTIONS = "sections/";
    /** The search page; its index files sit beside it (gazette.search.SearchIndex). */
    public static final String SEARCH = "search/";

    private Paths() {}

    public static String year(int year) {
        return pad(new StringBuilder(5), year, 4).append('/').toString();
    }

    public static String month(YearMonth m) {
        return pad(pad(new StringBuilder(8), m.getYear(), 4).append('/'), m.getMonthValue(), 2).append('/').toString();
    }

    public static String day(LocalDate d) {
        // called for every link of every listing: no String.format
        StringBuilder b = new StringBuilder(11);
        pad(b, d.getYear(), 4).append('/');
        pad(b, d.getMonthValue(), 2).append('/');
        return pad(b, d.getDayOfMonth(), 2).append('/').toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) b.append('0');
        return b.append(v);
    }

    public static String section(String slug) {
        return SECTIONS + slug + "/";
    }

    public static String tag(String slug) {
        return TAGS + slug + "/";
    }

    /** Page number {@code n} (the oldest is 1) of a paginated listing at {@code listing}. */
    public static String page(String listing, int n) {
        return listing + "page/" + n + "/";
    }
}
