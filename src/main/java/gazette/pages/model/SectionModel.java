package gazette.pages.model;

import java.util.List;

/** {@code section.ftlh}: a page of one section's front, its articles newest first. */
public record SectionModel(SiteModel site, PageInfo page, SectionCount section, List<Teaser> articles, Pager pager) implements PageModel {}
