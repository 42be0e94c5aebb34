package gazette.write;

/**
 * What the publishing step wrote besides pages, for the build's summary.
 *
 * @param feeds         Atom feeds (the site's, one per section and one per tag)
 * @param sitemapUrls   addresses in the sitemap
 * @param sitemapFiles  files the sitemap took: 1, or the index plus its parts
 * @param newsArticles  articles in the news sitemap
 * @param sectionFeeds  of the feeds, the sections'
 */
public record Published(int feeds, int sitemapUrls, int sitemapFiles, int newsArticles, int sectionFeeds) {}
