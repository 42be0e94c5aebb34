package gazette.write;

import gazette.index.Archive;
import gazette.read.Article;
import gazette.index.Links;
import gazette.read.NewsFields;
import gazette.index.SiteFiles;
import gazette.site.Settings;
import gazette.text.Xml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * {@code news-sitemap.xml} in the Google News format: the articles published in the
 * {@value #WINDOW_HOURS} hours up to the build time, newest first, at most {@value #MAX_ARTICLES},
 * each with its section (when it has one) as {@code news:keywords}.
 */
public final class NewsSitemap {
    public static final int WINDOW_HOURS = 48;
    public static final int MAX_ARTICLES = 1000;
    /** Regions that write Chinese in traditional characters when the language tag names no script. */
    private static final Set<String> TRADITIONAL = Set.of("TW", "HK", "MO");

    private NewsSitemap() {}

    /** Writes the news sitemap (possibly empty: a valid file is better than a missing one); returns its article count. */
    public static int write(Archive archive, Settings settings, Instant now, FileSink out) throws IOException {
        Links links = new Links(settings);
        Instant from = now.minus(Duration.ofHours(WINDOW_HOURS));
        String publication = "<news:publication><news:name>" + Xml.escape(settings.publisher()) + "</news:name><news:language>"
                + Xml.escape(language(settings.language())) + "</news:language></news:publication>";
        StringBuilder s = new StringBuilder(4096).append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                """);
        int count = 0;
        // newest first: skip what --future let in, stop at the window's start
        for (int i = 0; i < archive.size() && count < MAX_ARTICLES; i++) {
            Article a = archive.article(i);
            if (a.published().isAfter(now)) continue;
            if (a.published().isBefore(from)) break;
            s.append("<url><loc>").append(Xml.escape(links.canonical(archive.path(i)))).append("</loc>")
                    .append("<news:news>").append(publication)
                    .append("<news:publication_date>").append(NewsFields.timestamp(a.published(), settings.zoneOf(a))).append("</news:publication_date>")
                    .append("<news:title>").append(Xml.escape(a.title())).append("</news:title>");
            // the schema's one place for what a story is about; Google no longer reads it, other aggregators do
            gazette.index.Section section = archive.sectionOf(i);
            if (section != null) s.append("<news:keywords>").append(Xml.escape(section.name())).append("</news:keywords>");
            s.append("</news:news></url>\n");
            count++;
        }
        s.append("</urlset>\n");
        out.file(SiteFiles.NEWS_SITEMAP, s.toString().getBytes(StandardCharsets.UTF_8));
        return count;
    }

    /** Google News wants the ISO 639 code alone, except zh-cn and zh-tw for the two Chinese scripts. */
    static String language(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String lang = l.getLanguage();
        if (lang.isEmpty()) return tag.toLowerCase(Locale.ROOT);
        if (lang.equals("zh")) {
            boolean traditional = l.getScript().equals("Hant") || l.getScript().isEmpty() && TRADITIONAL.contains(l.getCountry());
            return traditional ? "zh-tw" : "zh-cn";
        }
        return lang;
    }
}
