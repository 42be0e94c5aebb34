package gazette.pages.model;

import java.util.List;

/** {@code month.ftlh}: a calendar of the month. */
public record MonthModel(SiteModel site, PageInfo page, Month month, List<Crumb> breadcrumb) implements PageModel {
    /**
     * @param weekdays Monday first
     * @param weeks    lists of seven cells
     * @param days     the days with articles, newest first
     * @param previous the nearest older month with articles, or null
     * @param next     the nearest newer month with articles, or null
     */
    public record Month(String name, String url, int count, YearModel.Link year, List<String> weekdays, List<List<Cell>> weeks,
                       List<DayCount> days, Link previous, Link next) {}

    /** A day of the calendar: day 0 pads the first and last weeks; url is null on a day without articles. */
    public record Cell(int day, int count, String url) {}

    public record Link(String name, String url) {}
}
