package gazette.pages.model;

/**
 * {@code redirect.ftlh}: an article's old address (its headline or date changed since), which
 * sends the reader to {@code target}, the article's page ({@code url}, {@code text}: its headline).
 * {@code page.canonical} is the article's address, so search engines move their link too.
 */
public record RedirectModel(SiteModel site, PageInfo page, Teaser.Link target) implements PageModel {}
