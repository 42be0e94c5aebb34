package gazette.pages.model;

import java.util.List;

/**
 * {@code home.ftlh}: a page of the latest articles.
 *
 * @param sections on the first page, the latest few of each section, largest section first, as a paper's front page
 *                 runs them; empty on later pages and without sections
 * @param jump     on the first page, the go-to-date control with the latest year's months: the way into the archive; else null
 */
public record HomeModel(SiteModel site, PageInfo page, List<Teaser> articles, Pager pager, List<SectionGroup> sections, DateJump jump)
        implements PageModel {}
