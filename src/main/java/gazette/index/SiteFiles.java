package gazette.index;



/** Paths of the files that are not pages (feeds, sitemaps, robots.txt, 404.html), relative to the site root. */
public final class SiteFiles {
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String NEWS_SITEMAP = "news-sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";

    private SiteFiles() {}

    /** {@code tags/<slug>/feed.xml}: beside the tag's page, so it moves with it. */
    public static String tagFeed(Tag tag) {
        return tag.path() + FEED;
    }

    /** The child sitemaps of a split sitemap: {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }
}
