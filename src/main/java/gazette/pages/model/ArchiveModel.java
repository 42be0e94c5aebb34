package gazette.pages.model;

import java.util.List;

/** {@code archive.ftlh}: every year, newest first. */
public record ArchiveModel(SiteModel site, PageInfo page, List<YearModel.Year> years, int total) implements PageModel {}
