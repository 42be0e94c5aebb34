package gazette.write;

import gazette.index.SiteFiles;
import gazette.site.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code robots.txt}: everything may be crawled, and here are the sitemaps. Crawlers read it only
 * at the root of a host; a site under a sub-path should copy the Sitemap lines into the host's own.
 */
public final class RobotsTxt {
    private RobotsTxt() {}

    /** {@code sitemaps}: whether sitemaps were written (they need an absolute base URL, and so do these lines). */
    public static void write(Settings settings, boolean sitemaps, FileSink out) throws IOException {
        StringBuilder s = new StringBuilder("User-agent: *\nDisallow:\n");
        if (sitemaps) {
            s.append('\n');
            s.append("Sitemap: ").append(settings.baseUrl()).append(SiteFiles.SITEMAP).append('\n');
            s.append("Sitemap: ").append(settings.baseUrl()).append(SiteFiles.NEWS_SITEMAP).append('\n');
        }
        out.file(SiteFiles.ROBOTS, s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
