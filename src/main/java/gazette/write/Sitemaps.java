package gazette.write;

import gazette.index.Archive;
import gazette.index.DayPage;
import gazette.index.MonthPage;
import gazette.index.Pagination;
import gazette.index.Paths;
import gazette.index.TagPage;
import gazette.index.YearPage;
import gazette.render.Links;
import gazette.render.NewsFields;
import gazette.render.SiteFiles;
import gazette.site.Settings;
import java.io.IOException;

/**
 * Every page of the site into the sitemap, in the order the render stage makes them: articles
 * (with their last modification), then every page of every listing. Listings carry no lastmod:
 * a new article changes many of them, and a wrong date is worse than none.
 */
public final class Sitemaps {
    private Sitemaps() {}

    public static SitemapWriter.Result write(Archive archive, Settings settings, SitemapWriter w) throws IOException {
        Links links = new Links(settings);
        int size = settings.pageSize();
        for (int i = 0; i < archive.size(); i++) {
            var a = archive.article(i);
            String lastmod = NewsFields.timestamp(NewsFields.of(a, settings.timeZone()).modified(a), settings.timeZone());
            w.add(links.canonical(archive.permalink(i).path()), lastmod);
        }
        listing(w, links, new Pagination(Paths.HOME, archive.size(), size));
        for (DayPage d : archive.days()) listing(w, links, new Pagination(d.path(), d.count(), size));
        for (MonthPage m : archive.months()) w.add(links.canonical(m.path()), null);
        for (YearPage y : archive.years()) w.add(links.canonical(y.path()), null);
        w.add(links.canonical(Paths.ARCHIVE), null);
        for (TagPage t : archive.tags()) listing(w, links, new Pagination(t.path(), t.count(), size));
        w.add(links.canonical(Paths.TAGS), null);
        return w.finish();
    }

    /**
     * Keeps the last build's sitemap files when they were made from the same inputs
     * ({@code fingerprint}); returns what they hold ({@code addresses}, every page but search and
     * not-found), or null when the sitemap must be written.
     */
    public static SitemapWriter.Result keep(FileSink out, long fingerprint, int addresses) {
        if (!out.keep(SiteFiles.SITEMAP, fingerprint)) return null;
        int parts = 0;
        while (out.keep(SiteFiles.sitemapPart(parts + 1), fingerprint)) parts++;
        return new SitemapWriter.Result(addresses, parts == 0 ? 1 : parts + 1);
    }

    private static void listing(SitemapWriter w, Links links, Pagination p) throws IOException {
        for (int n = 1; n <= p.pages(); n++) w.add(links.canonical(p.path(n)), null);
    }
}
