package gazette.pages.model;

import java.util.List;
import java.util.Map;

/**
 * {@code article.ftlh}.
 *
 * @param breadcrumb Home › year › month › day
 * @param previous   the next older article, or null
 * @param next       the next newer article, or null
 * @param related    up to five articles sharing its tags, best first
 * @param previousInSection the next older article of its section, or null (at the end, or in no section)
 * @param nextInSection     the next newer article of its section, or null
 */
public record ArticleModel(SiteModel site, PageInfo page, Story article, List<Crumb> breadcrumb, Deferred<Teaser> previous,
                           Deferred<Teaser> next, List<Teaser> related, Deferred<Teaser> previousInSection,
                           Deferred<Teaser> nextInSection) implements PageModel {
    /**
     * The article: a teaser's fields, plus its body and what only its own page shows.
     *
     * @param body        the body as HTML (print it with {@code ?no_esc})
     * @param params      front matter keys Gazette does not know
     * @param originalUrl a scraped article's address, or null
     * @param editor      or null
     * @param updated     ISO 8601, or null
     * @param updatedText for people, or null
     * @param image       the lead image's address, or null (for a lead picture: its widest derivative, absolute when the base URL is)
     * @param section     its section (the front's link and the name), or null
     * @param lead        the lead picture, when {@code image:} names one beside the article; else null
     */
    public record Story(String title, String url, String date, String dateText, boolean timed, Teaser.Link day, List<String> authors,
                        String source, String summary, List<Teaser.TagLink> tags, Deferred<String> body, Map<String, Object> params,
                        String originalUrl, String editor, String updated, String updatedText, String image, Teaser.Link section,
                        Photo lead) {}
}
