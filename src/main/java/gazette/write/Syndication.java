package gazette.write;

import gazette.index.Archive;
import gazette.pages.PagePlan;
import gazette.render.ArchivePrints;
import gazette.render.Bodies;
import gazette.site.Settings;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** What the site offers to read elsewhere: its feeds, its sitemaps, and robots.txt, which names them. */
public final class Syndication {
    private Syndication() {}

    /**
     * Feeds, sitemaps and robots.txt, each a named step after the pages ({@code lap} is told the stage each ends). Feeds and sitemaps need
     * absolute links: with a bare-path base URL they are left out (null), and the summary says why.
     */
    public static Published write(Archive archive, PagePlan plan, Settings settings, Bodies bodies, ArchivePrints fingerprints, String code, Instant now,
                                  OutputFolder out, Consumer<String> lap) throws IOException {
        if (!settings.hasAddress()) {
            RobotsTxt.write(settings, false, out::file);
            return null;
        }
        int feeds = new Feeds(archive, settings, bodies, now, out).skipUnchanged(fingerprints).writeAll();
        lap.accept("feeds");
        long sitemapPrint = Sitemaps.fingerprint(plan, code);
        SitemapWriter.Result sitemap = Sitemaps.reuse(out, sitemapPrint, plan.listedPages());
        if (sitemap == null) sitemap = Sitemaps.write(plan, settings, new SitemapWriter((file, bytes) -> out.file(file, bytes, sitemapPrint), settings.baseUrl()));
        int news = NewsSitemap.write(archive, settings, now, out::file);
        RobotsTxt.write(settings, true, out::file);
        lap.accept("sitemaps");
        return new Published(feeds, sitemap.urls(), sitemap.files(), news, archive.sections().size());
    }
}
