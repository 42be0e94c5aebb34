package gazette.pages.model;

import java.util.List;

/** {@code year.ftlh}: the year's twelve months, and the go-to-date control ({@code jump}) with this year marked. */
public record YearModel(SiteModel site, PageInfo page, Year year, List<Crumb> breadcrumb, DateJump jump) implements PageModel {
    /**
     * @param months   all twelve, January first
     * @param previous the nearest older year with articles, or null (always null on the archive page)
     * @param next     the nearest newer year with articles, or null (always null on the archive page)
     */
    public record Year(int year, String url, int count, List<Month> months, Link previous, Link next) {}

    /** A month of the year: url is null when it has no articles; {@code weeks}, its calendar, as the month page's. */
    public record Month(String name, int number, int count, String url, List<List<MonthModel.Cell>> weeks) {}

    public record Link(int year, String url) {}
}
