package gazette.pages.model;

import java.util.List;

/** {@code tags.ftlh}: every tag, sorted by name. */
public record TagsModel(SiteModel site, PageInfo page, List<TagCount> tags) implements PageModel {}
