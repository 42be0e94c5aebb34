package gazette.pages.model;

import java.util.List;

/** {@code tag.ftlh}: a page of one tag's articles. */
public record TagModel(SiteModel site, PageInfo page, TagCount tag, List<Teaser> articles, Pager pager) implements PageModel {}
