package gazette.pages.model;

import java.util.List;

/**
 * {@code day.ftlh}: a page of one day's articles.
 *
 * @param previousDay the nearest older day with articles, or null
 * @param nextDay     the nearest newer day with articles, or null
 */
public record DayModel(SiteModel site, PageInfo page, DayCount day, List<Teaser> articles, Pager pager, List<Crumb> breadcrumb,
                       Teaser.Link previousDay, Teaser.Link nextDay) implements PageModel {}
