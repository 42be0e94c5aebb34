package gazette.pages.model;

import java.util.List;

/** {@code sections.ftlh}: every section, largest first. */
public record SectionsModel(SiteModel site, PageInfo page, List<SectionCount> sections) implements PageModel {}
