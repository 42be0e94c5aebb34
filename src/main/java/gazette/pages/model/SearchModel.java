package gazette.pages.model;

/** {@code search.ftlh}: the form; the script reads the index files beside the page. */
public record SearchModel(SiteModel site, PageInfo page, int total) implements PageModel {}
