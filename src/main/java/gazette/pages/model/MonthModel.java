package gazette.pages.model;

import java.util.List;

/**
 * {@code month.ftlh}: a calendar of the month, and its headlines day by day.
 *
 * @param headlines this page's articles, grouped by day, newest first
 * @param pager     the month's pages of headlines ({@code month_page_size} to a page)
 * @param jump      the go-to-date control, this month and year marked
 */
public record MonthModel(SiteModel site, PageInfo page, Month month, List<Crumb> breadcrumb, List<DayHeadlines> headlines, Pager pager,
                         DateJump jump)
        implements PageModel {
    /** A day's headlines: the day (its name with its weekday) and its articles on this page. */
    public record DayHeadlines(DayCount day, List<Teaser> articles) {}

    /**
     * @param count    the month's articles: on its newest page only (an older page of headlines then never changes as the month grows)
     * @param weekdays Monday first
     * @param weeks    lists of seven cells: the calendar, on the newest page only (empty on older pages)
     * @param days     the days with articles, newest first (on the newest page only)
     * @param previous the nearest older month with articles, or null
     * @param next     the nearest newer month with articles, or null
     */
    public record Month(String name, String url, Integer count, YearModel.Link year, List<String> weekdays, List<List<Cell>> weeks,
                       List<DayCount> days, Link previous, Link next) {}

    /**
     * A day of the calendar: day 0 pads the first and last weeks; url is null on a day without
     * articles. {@code level}: 0 without articles, else 1 to 4 by its count against the month's
     * busiest day, for a shade that tells one article from six.
     */
    public record Cell(int day, int count, String url, int level) {}

    public record Link(String name, String url) {}
}
