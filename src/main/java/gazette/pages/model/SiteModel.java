package gazette.pages.model;

/**
 * {@code site}: the same on every page.
 *
 * @param root        the path every link starts with ("/" or "/news/")
 * @param description one sentence about the site, or null
 * @param feed        the absolute address of the site's feed, or null when feeds are off
 * @param sections    the largest sections, for the masthead (as many as {@code section_nav} says); empty when the archive has none
 * @param allSections the link of the page of every section, or null when the archive has none
 * @param tagChips    the most tags a listing shows under a headline ({@code tag_chips})
 * @param assets      each static asset's link by its name under {@code static/} ({@code site.assets["logo.png"]}): its
 *                    fingerprinted copy, which a host may cache for a year
 */
public record SiteModel(String title, String baseUrl, String root, String language, String home, String archive, String tags,
                        String stylesheet, String search, Scripts scripts, String publisher, String description, String feed,
                        java.util.List<Teaser.Link> sections, String allSections, int tagChips,
                        java.util.Map<String, String> assets) {
    /** Links of the theme's scripts. */
    public record Scripts(String searchWords, String search, String tags, String notFound) {}
}
