package gazette.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Site-wide settings from the settings file, with defaults for everything.
 *
 * @param title     the site's name, in the masthead and page titles
 * @param baseUrl   the public address, always ending in '/': "/" or "https://example.org/news/"
 * @param language  the {@code <html lang>} value
 * @param timeZone  the zone in which an article's date decides its day
 * @param pageSize  articles per listing page, 1 to {@value #MAX_PAGE_SIZE}
 * @param description  one sentence about the site (meta description, feed subtitle), or null
 * @param publisher    the organisation publishing the site (schema.org publisher, news sitemap); defaults to the title
 * @param author       the feeds' author, for articles that name none; defaults to the title
 * @param tagRules     for articles that come without tags (scraped text): a word or name found in
 *                     the title or body, mapped to the tag it adds
 * @param tagStopList  names never to derive as tags (compared case-insensitively)
 * @param escapeMarkdownHtml  show raw HTML in Markdown bodies as text (and disable links to
 *                     script addresses), for archives from sources that are not trusted; by
 *                     default editors are trusted and their HTML is passed through
 * @param timeZoneNamed whether the settings name the time zone; when they do not, an article whose
 *                     date was written with an offset keeps that offset ({@link #zoneOf})
 * @param duplicates   what to do with an article whose body repeats an earlier one's
 * @param renderTimeout the seconds a page may take to render before the build fails, 1 to {@value #MAX_RENDER_TIMEOUT}
 * @param publishOriginals whether each picture's original is published too, its metadata taken out, beside its derivatives
 * @param sectionSource where an article's section comes from when its front matter names none
 * @param sectionNav    how many sections (the largest) the masthead links to, 0 to {@value #MAX_SECTION_NAV}
 * @param monthPageSize headlines per month page, 1 to {@value #MAX_MONTH_PAGE_SIZE}
 * @param tagCuration   tag aliases, the least articles a tag needs for a page, and the tags a teaser shows
 */
public record Settings(String title, String baseUrl, String language, ZoneId timeZone, int pageSize,
                       String description, String publisher, String author,
                       Map<String, String> tagRules, Set<String> tagStopList, boolean escapeMarkdownHtml, boolean timeZoneNamed,
                       Duplicates duplicates, int renderTimeout, boolean publishOriginals, SectionSource sectionSource, int sectionNav,
                       int monthPageSize, TagCuration tagCuration) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_RENDER_TIMEOUT = 10;
    public static final int MAX_RENDER_TIMEOUT = 3600;
    public static final int DEFAULT_SECTION_NAV = 6;
    public static final int MAX_SECTION_NAV = 30;
    public static final int DEFAULT_MONTH_PAGE_SIZE = 200;
    public static final int MAX_MONTH_PAGE_SIZE = 2000;

    public static Settings defaults() {
        return new Settings("Gazette", "/", "en", ZoneId.of("UTC"), DEFAULT_PAGE_SIZE, null, "Gazette", "Gazette", Map.of(), Set.of(), false, false, Duplicates.KEEP);
    }

    /** With the default render time limit, and no original published. */
    public Settings(String title, String baseUrl, String language, ZoneId timeZone, int pageSize, String description, String publisher,
                    String author, Map<String, String> tagRules, Set<String> tagStopList, boolean escapeMarkdownHtml, boolean timeZoneNamed,
                    Duplicates duplicates) {
        this(title, baseUrl, language, timeZone, pageSize, description, publisher, author, tagRules, tagStopList, escapeMarkdownHtml, timeZoneNamed,
                duplicates, DEFAULT_RENDER_TIMEOUT, false, SectionSource.AUTO, DEFAULT_SECTION_NAV, DEFAULT_MONTH_PAGE_SIZE, TagCuration.DEFAULT);
    }

    /** With the time zone named: every article's day is told in it. */
    public Settings(String title, String baseUrl, String language, ZoneId timeZone, int pageSize, String description, String publisher,
                    String author, Map<String, String> tagRules, Set<String> tagStopList, boolean escapeMarkdownHtml) {
        this(title, baseUrl, language, timeZone, pageSize, description, publisher, author, tagRules, tagStopList, escapeMarkdownHtml, true,
                Duplicates.KEEP);
    }

    /** Raw HTML in Markdown passed through, as editors' own is. */
    public Settings(String title, String baseUrl, String language, ZoneId timeZone, int pageSize, String description, String publisher,
                    String author, Map<String, String> tagRules, Set<String> tagStopList) {
        this(title, baseUrl, language, timeZone, pageSize, description, publisher, author, tagRules, tagStopList, false);
    }

    public Settings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        // in the order the settings file gives them, so the settings' fingerprint is the same from run to run
        tagRules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tagRules));
        tagStopList = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tagStopList));
    }

    /** The path every internal link starts with: "/" or "/news/" for a site under a sub-path. */
    public String rootPath() {
        String path = URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Settings withBaseUrl(String url) {
        return new Settings(title, url, language, timeZone, pageSize, description, publisher, author, tagRules, tagStopList, escapeMarkdownHtml,
                timeZoneNamed, duplicates, renderTimeout, publishOriginals, sectionSource, sectionNav, monthPageSize, tagCuration);
    }

    public Settings withRenderTimeout(int seconds) {
        return new Settings(title, baseUrl, language, timeZone, pageSize, description, publisher, author, tagRules, tagStopList, escapeMarkdownHtml,
                timeZoneNamed, duplicates, seconds, publishOriginals, sectionSource, sectionNav, monthPageSize, tagCuration);
    }

    /**
     * The zone an article's day and time are told in: the site's when the settings name one;
     * else the offset its date was written with (a date-time of {@code +0900} was printed on that
     * day in that place); else the site's default, UTC.
     */
    public ZoneId zoneOf(gazette.read.Article a) {
        return timeZoneNamed || a.offset() == null ? timeZone : a.offset();
    }

    /** True when the base URL is a full address: feeds and sitemaps need one, a bare path cannot make absolute links. */
    public boolean hasAddress() {
        return URI.create(baseUrl).getScheme() != null;
    }
}
