package gazette.pages.model;

import java.util.List;

/**
 * {@code page}: what every page says of itself.
 *
 * @param kind        the page kind (README, "URLs")
 * @param url         its link
 * @param canonical   its address, absolute when the base URL is
 * @param description the article's summary, else the site's description, else null
 * @param feeds       feeds to announce: the site's, and on a tag page the tag's; empty when feeds are off
 * @param openGraph   Open Graph properties, in order
 * @param jsonLd      an article's NewsArticle JSON-LD, already escaped for {@code <script>} (made when
 *                    the page is rendered); null elsewhere
 */
public record PageInfo(String kind, String url, String canonical, String title, String description, List<FeedLink> feeds,
                       List<MetaProperty> openGraph, Deferred<String> jsonLd) {
    public record FeedLink(String title, String url) {}

    /** One {@code <meta property content>}. */
    public record MetaProperty(String property, String content) {}
}
