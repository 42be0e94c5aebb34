package gazette.pages;

import gazette.index.Archive;
import gazette.index.Pagination;
import gazette.index.Redirects;
import gazette.index.Paths;
import gazette.index.SiteFiles;
import gazette.pages.model.PageModel;
import gazette.read.NewsFields;
import gazette.site.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Every page the site has, kind by kind, in the order they are rendered and listed in the
 * sitemap. Made once from the archive; the renderer, the sitemap, the progress count and the
 * build's summary all read it, so a new kind of page is one entry in {@link #of} and a template.
 */
public final class PagePlan {
    private final List<PageKind> kinds;
    private final List<Redirects.Redirect> redirects;

    private PagePlan(List<PageKind> kinds, List<Redirects.Redirect> redirects) {
        this.kinds = List.copyOf(kinds);
        this.redirects = List.copyOf(redirects);
    }

    /** The redirects the site has: those whose address no other page or file of the site takes. */
    public List<Redirects.Redirect> redirects() {
        return redirects;
    }

    /** The site's pages, without redirects. */
    public static PagePlan of(Archive archive, Models models, Settings settings) {
        return of(archive, models, settings, List.of());
    }

    /**
     * The site's pages: the one place where page kinds are listed. {@code moved}: the addresses
     * articles had before ({@link Redirects}), each a page that sends the reader on, unless another
     * page has that address now.
     */
    public static PagePlan of(Archive archive, Models models, Settings settings, List<Redirects.Redirect> moved) {
        int pageSize = settings.pageSize();
        Listings home = Listings.of(1, g -> new Pagination(Paths.HOME, archive.size(), pageSize));
        Listings months = Listings.of(archive.months().size(),
                m -> new Pagination(archive.months().get(m).path(), archive.months().get(m).count(), settings.monthPageSize()));
        Listings days = Listings.of(archive.days().size(), d -> new Pagination(archive.days().get(d).path(), archive.days().get(d).count(), pageSize));
        Listings tags = Listings.of(archive.tags().size(), t -> new Pagination(archive.tags().get(t).path(), archive.tags().get(t).count(), pageSize));
        Listings sections = Listings.of(archive.sections().size(),
                s -> new Pagination(archive.sections().get(s).path(), archive.sections().get(s).count(), pageSize));
        List<PageKind> kinds = new java.util.ArrayList<>(List.of(
                new PageKind("article", "article.ftlh", true, archive.size(), i -> archive.path(i), models::article,
                        i -> NewsFields.of(archive.article(i), settings.timeZone()).modified(archive.article(i)).atZone(settings.zoneOf(archive.article(i)))),
                listing("home", home, (g, p, n) -> models.home(p, n)),
                listing("day", days, models::day),
                listing("month", months, models::month),
                each("year", archive.years().size(), y -> archive.years().get(y).path(), models::year),
                each("archive", 1, k -> Paths.ARCHIVE, k -> models.archive()),
                listing("section", sections, models::section),
                each("sections", archive.sections().isEmpty() ? 0 : 1, k -> Paths.SECTIONS, k -> models.sections()),
                listing("tag", tags, models::tag),
                each("tags", 1, k -> Paths.TAGS, k -> models.tags()),
                // its results are the articles' own pages, which the sitemap lists
                each("search", 1, k -> Paths.SEARCH, k -> models.search()).unlisted(),
                new PageKind("not-found", "404.ftlh", false, 1, k -> SiteFiles.NOT_FOUND, k -> models.notFound(), k -> null)));
        List<Redirects.Redirect> redirects = free(moved, kinds);
        // the old address of a page the search engines should forget: not in the sitemap
        kinds.add(each("redirect", redirects.size(), k -> redirects.get(k).from(), k -> models.redirect(redirects.get(k))).unlisted());
        return new PagePlan(kinds, redirects);
    }

    /**
     * The redirects whose address no page of the site has now, and that are not in the folders
     * of its other files (feeds and sitemaps are not pages: a redirect never takes their names).
     */
    private static List<Redirects.Redirect> free(List<Redirects.Redirect> moved, List<PageKind> kinds) {
        if (moved.isEmpty()) return moved;
        java.util.Set<String> files = new java.util.HashSet<>();
        for (PageKind kind : kinds) for (int k = 0; k < kind.count(); k++) files.add(kind.file(k));
        return moved.stream().filter(r -> {
            String file = r.from().endsWith("/") ? r.from() + "index.html" : r.from();
            return !files.contains(file) && (file.endsWith(".html") || file.endsWith(".htm"))
                    && !r.from().startsWith("static/") && !r.from().startsWith("search/") && !r.from().startsWith("pictures/");
        }).toList();
    }

    /** A page of a paginated listing: page n of listing g, laid out by its pagination p. */
    @FunctionalInterface
    private interface ListingPage {
        PageModel model(int g, Pagination p, int n);
    }

    private static PageKind listing(String name, Listings listings, ListingPage model) {
        return new PageKind(name, name + ".ftlh", true, listings.pages(), listings::path, k -> {
            int g = listings.listing(k);
            return model.model(g, listings.pagination(g), listings.number(k));
        }, k -> null);
    }

    private static PageKind each(String name, int count, IntFunction<String> path, IntFunction<PageModel> model) {
        return new PageKind(name, name + ".ftlh", true, count, path, model, k -> null);
    }

    public List<PageKind> kinds() {
        return kinds;
    }

    /** Every template a page is rendered with. */
    public List<String> templates() {
        return kinds.stream().map(PageKind::template).distinct().toList();
    }

    public long pages() {
        long n = 0;
        for (PageKind k : kinds) n += k.count();
        return n;
    }

    /** The pages the sitemap lists. */
    public int listedPages() {
        int n = 0;
        for (PageKind k : kinds) if (k.inSitemap()) n += k.count();
        return n;
    }

    /** How many pages of each kind, in plan order; a kind the site has no page of (sections, in an archive without) is left out. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PageKind k : kinds) if (k.count() > 0) counts.merge(k.name(), k.count(), Integer::sum);
        return counts;
    }
}
