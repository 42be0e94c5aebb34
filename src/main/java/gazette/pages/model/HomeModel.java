package gazette.pages.model;

import java.util.List;

/** {@code home.ftlh}: a page of the latest articles. */
public record HomeModel(SiteModel site, PageInfo page, List<Teaser> articles, Pager pager) implements PageModel {}
