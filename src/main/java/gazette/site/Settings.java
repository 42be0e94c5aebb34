package gazette.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Site-wide settings from the settings file, with defaults for everything.
 *
 * @param title     the site's name, in the masthead and page titles
 * @param baseUrl   the public address, always ending in '/': "/" or "https://example.org/news/"
 * @param language  the {@code <html lang>} value
 * @param timeZone  the zone in which an article's date decides its day
 * @param pageSize  articles per listing page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record Settings(String title, String baseUrl, String language, ZoneId timeZone, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public static Settings defaults() {
        return new Settings("Gazette", "/", "en", ZoneId.of("UTC"), DEFAULT_PAGE_SIZE);
    }

    public Settings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
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
        return new Settings(title, url, language, timeZone, pageSize);
    }
}
