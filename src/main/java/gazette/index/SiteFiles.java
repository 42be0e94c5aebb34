package gazette.index;

/** Paths of the files that are not pages (feeds, sitemaps, robots.txt, 404.html), relative to the site root, and how a path becomes a file. */
public final class SiteFiles {
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String NEWS_SITEMAP = "news-sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";

    private SiteFiles() {}

    /**
     * {@code relative} (a path in the site, '/' between names) inside {@code root}; refuses
     * anything that would leave it, whatever the path says ({@code ..}, a leading '/', '\\', NUL),
     * and any control character.
     */
    public static java.nio.file.Path resolve(java.nio.file.Path root, String relative) throws java.io.IOException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0) {
            throw new java.io.IOException("refusing to write outside the output folder: " + relative);
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                // a line break in a name could forge a line of the journal or of a server's log
                throw new java.io.IOException("refusing a file name with a control character (U+" + String.format("%04X", (int) c) + "): "
                        + relative.replaceAll("[\\x00-\\x1f\\x7f]", "?"));
            }
        }
        for (String seg : relative.split("/")) {
            if (seg.isEmpty() || seg.equals("..") || seg.equals(".")) throw new java.io.IOException("refusing to write outside the output folder: " + relative);
        }
        java.nio.file.Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) throw new java.io.IOException("refusing to write outside the output folder: " + relative);
        return target;
    }

    /** {@code sections/<slug>/feed.xml}: beside the section's front. */
    public static String sectionFeed(Section section) {
        return section.path() + FEED;
    }

    /** {@code tags/<slug>/feed.xml}: beside the tag's page, so it moves with it. */
    public static String tagFeed(Tag tag) {
        return tag.path() + FEED;
    }

    /** The child sitemaps of a split sitemap: {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }
}
