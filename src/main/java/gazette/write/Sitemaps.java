package gazette.write;

import gazette.index.Links;
import gazette.index.SiteFiles;
import gazette.pages.PageKind;
import gazette.pages.PagePlan;
import gazette.fingerprint.Hasher;
import gazette.site.Settings;
import java.io.IOException;
import java.time.ZonedDateTime;

/**
 * Every page the plan lists for the sitemap, in plan order: articles (with their last change),
 * then every page of every listing. Listings carry no lastmod: a new article changes many of
 * them, and a wrong date is worse than none.
 */
public final class Sitemaps {
    private Sitemaps() {}

    public static SitemapWriter.Result write(PagePlan plan, Settings settings, SitemapWriter w) throws IOException {
        Links links = new Links(settings);
        for (PageKind kind : plan.kinds()) {
            if (!kind.inSitemap()) continue;
            for (int k = 0; k < kind.count(); k++) {
                ZonedDateTime changed = kind.lastModified().apply(k);
                w.add(links.canonical(kind.path().apply(k)), changed == null ? null : gazette.read.NewsFields.timestamp(changed));
            }
        }
        return w.finish();
    }

    /** What the sitemap is made of: every listed page's path and last change (and, through {@code code}, the settings). */
    public static long fingerprint(PagePlan plan, String code) {
        Hasher h = new Hasher().add(code).add(SiteFiles.SITEMAP);
        for (PageKind kind : plan.kinds()) {
            if (!kind.inSitemap()) continue;
            h.add(kind.name()).add(kind.count());
            for (int k = 0; k < kind.count(); k++) {
                h.add(kind.path().apply(k));
                ZonedDateTime changed = kind.lastModified().apply(k);
                if (changed != null) h.add(changed.toEpochSecond()).add(changed.getNano()).add(changed.getOffset().getTotalSeconds());
            }
        }
        return h.get();
    }

    /**
     * Keeps the last build's sitemap files when they were made from the same inputs
     * ({@code fingerprint}); returns what they hold ({@code addresses}), or null when the sitemap
     * must be written.
     */
    public static SitemapWriter.Result reuse(FileSink out, long fingerprint, int addresses) {
        // the index and its parts stand or fall together: one deleted by hand, and all are made again
        int parts = 0;
        while (out.madeLastTime(SiteFiles.sitemapPart(parts + 1), fingerprint)) parts++;
        if (!out.reusable(SiteFiles.SITEMAP, fingerprint)) return null;
        for (int k = 1; k <= parts; k++) if (!out.reusable(SiteFiles.sitemapPart(k), fingerprint)) return null;
        out.reuse(SiteFiles.SITEMAP, fingerprint);
        for (int k = 1; k <= parts; k++) out.reuse(SiteFiles.sitemapPart(k), fingerprint);
        return new SitemapWriter.Result(addresses, parts == 0 ? 1 : parts + 1);
    }
}
