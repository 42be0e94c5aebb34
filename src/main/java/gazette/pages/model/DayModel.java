package gazette.pages.model;

import java.util.List;

/**
 * {@code day.ftlh}: a page of one day's articles.
 *
 * @param previousDay the nearest older day with articles, or null
 * @param nextDay     the nearest newer day with articles, or null
 * @param groups      this page's articles by section, largest section first (those in none last); empty when the
 *                    archive has no sections, and then {@code articles} is in the order of the day
 * @param onThisDay   the same day of the year in other years that have articles, newest first (text: the year)
 * @param jump        the go-to-date control, the day's month and year marked
 */
public record DayModel(SiteModel site, PageInfo page, DayCount day, List<Teaser> articles, Pager pager, List<Crumb> breadcrumb,
                       Teaser.Link previousDay, Teaser.Link nextDay, List<SectionGroup> groups, List<Teaser.Link> onThisDay,
                       DateJump jump) implements PageModel {}
