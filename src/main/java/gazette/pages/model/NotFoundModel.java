package gazette.pages.model;

/** {@code 404.ftlh}: served for any missing address, at any depth. */
public record NotFoundModel(SiteModel site, PageInfo page) implements PageModel {}
