package gazette.pages;

import gazette.index.Archive;
import gazette.index.DayPage;
import gazette.index.Links;
import gazette.index.MonthPage;
import gazette.index.Paths;
import gazette.index.YearPage;
import gazette.pages.model.ArchiveModel;
import gazette.pages.model.DateJump;
import gazette.pages.model.DayCount;
import gazette.pages.model.MonthModel;
import gazette.pages.model.YearModel;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The month, year and archive pages: made from the archive's days and their counts, not its articles. */
final class Calendars {
    private static final MonthModel.Cell PADDING = new MonthModel.Cell(0, 0, null, 0);

    private final Archive archive;
    private final Links links;
    private final DateText dates;
    private final Models models;

    Calendars(Archive archive, Links links, DateText dates, Models models) {
        this.archive = archive;
        this.links = links;
        this.dates = dates;
        this.models = models;
    }

    /** Page {@code n} of month {@code m} (a position in {@link Archive#months()}, newest first): its calendar and its headlines. */
    MonthModel month(int m, gazette.index.Pagination p, int n) {
        MonthPage month = archive.months().get(m);
        YearMonth ym = month.month();
        String name = monthName(month);
        List<String> weekdays = new ArrayList<>(7);
        for (DayOfWeek dow : DayOfWeek.values()) weekdays.add(dates.weekday(dow));
        // the count, the calendar and the days with their counts on the newest page alone: an older page
        // of headlines then never changes as the month grows
        boolean newest = n == 1;
        List<DayCount> days = new ArrayList<>(month.days().size());
        if (newest) for (DayPage d : month.days()) days.add(models.dayCount(d));
        // the nearest months with articles, older and newer, as the calendar's own navigation
        List<MonthPage> months = archive.months();
        MonthModel.Month mm = new MonthModel.Month(name, links.link(month.path()), newest ? month.count() : null,
                new YearModel.Link(ym.getYear(), links.link(Paths.year(ym.getYear()))), weekdays, newest ? weeks(month, ym) : List.of(), days,
                m + 1 < months.size() ? monthLink(months.get(m + 1)) : null, m > 0 ? monthLink(months.get(m - 1)) : null);
        List<gazette.pages.model.Crumb> breadcrumb = List.of(models.crumb(models.word("breadcrumb.home"), Paths.HOME),
                models.crumb(String.valueOf(ym.getYear()), Paths.year(ym.getYear())));
        // this page's headlines, day by day: the month's articles are one run of the archive's order
        int first = month.days().get(0).from();
        int from = first + p.first(n);
        int to = first + p.last(n);
        List<MonthModel.DayHeadlines> headlines = new ArrayList<>();
        for (DayPage d : month.days()) {
            int lo = Math.max(d.from(), from);
            int hi = Math.min(d.to(), to);
            if (lo < hi) headlines.add(new MonthModel.DayHeadlines(models.dayCount(d, newest), models.teasers().list(k -> k, lo, hi)));
        }
        return new MonthModel(models.site(), models.page("month", p.path(n), models.paged(name, p, n)), mm, breadcrumb,
                List.copyOf(headlines), models.pager(p, n), jump(ym.getYear(), ym.getMonth(), true));
    }

    /** The month's calendar: weeks Monday to Sunday, padded before the 1st and after the last day; each day shaded by its count. */
    private List<List<MonthModel.Cell>> weeks(MonthPage month, YearMonth ym) {
        Map<Integer, DayPage> byDay = new HashMap<>();
        int busiest = 1;
        if (month != null) {
            for (DayPage d : month.days()) {
                byDay.put(d.date().getDayOfMonth(), d);
                busiest = Math.max(busiest, d.count());
            }
        }
        List<List<MonthModel.Cell>> weeks = new ArrayList<>();
        List<MonthModel.Cell> week = new ArrayList<>(7);
        int lead = ym.atDay(1).getDayOfWeek().getValue() - 1;
        for (int k = 0; k < lead; k++) week.add(PADDING);
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            DayPage page = byDay.get(d);
            int count = page == null ? 0 : page.count();
            week.add(new MonthModel.Cell(d, count, page == null ? null : links.link(page.path()), count == 0 ? 0 : 1 + (count - 1) * 3 / Math.max(1, busiest - 1)));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) week.add(PADDING);
            weeks.add(List.copyOf(week));
        }
        return List.copyOf(weeks);
    }

    private String monthName(MonthPage month) {
        return dates.monthName(month.month().getMonth()) + " " + month.month().getYear();
    }

    private MonthModel.Link monthLink(MonthPage month) {
        return new MonthModel.Link(monthName(month), links.link(month.path()));
    }

    /** Year {@code y} (a position in {@link Archive#years()}, newest first), with its nearest older and newer years. */
    YearModel year(int y) {
        List<YearPage> years = archive.years();
        YearPage year = years.get(y);
        YearModel.Year summary = summary(year, y + 1 < years.size() ? yearLink(years.get(y + 1)) : null, y > 0 ? yearLink(years.get(y - 1)) : null);
        return new YearModel(models.site(), models.page("year", year.path(), String.valueOf(year.year())), summary,
                List.of(models.crumb(models.word("breadcrumb.home"), Paths.HOME)), jump(year.year(), null, true));
    }

    private YearModel.Link yearLink(YearPage year) {
        return new YearModel.Link(year.year(), links.link(year.path()));
    }

    /** A year with all twelve months; months without articles have count 0 and no url. */
    private YearModel.Year summary(YearPage year, YearModel.Link previous, YearModel.Link next) {
        Map<Month, MonthPage> byMonth = new HashMap<>();
        for (MonthPage mp : year.months()) byMonth.put(mp.month().getMonth(), mp);
        List<YearModel.Month> months = new ArrayList<>(12);
        for (Month mo : Month.values()) {
            MonthPage mp = byMonth.get(mo);
            months.add(new YearModel.Month(dates.monthName(mo), mo.getValue(), mp == null ? 0 : mp.count(), mp == null ? null : links.link(mp.path()),
                    weeks(mp, java.time.YearMonth.of(year.year(), mo))));
        }
        return new YearModel.Year(year.year(), links.link(year.path()), year.count(), months, previous, next);
    }

    /**
     * The go-to-date control: every year, and {@code year}'s months. With {@code here}, a page of
     * that year (and of {@code month}, unless null) marks them as where the reader is.
     */
    DateJump jump(int year, Month month, boolean here) {
        List<YearPage> years = archive.years();
        List<DateJump.Step> yearSteps = new ArrayList<>(years.size());
        YearPage shown = null;
        for (YearPage y : years) {
            if (y.year() == year) shown = y;
            String text = String.valueOf(y.year());
            yearSteps.add(new DateJump.Step(text, links.link(y.path()), here && y.year() == year));
        }
        Map<Month, MonthPage> byMonth = new HashMap<>();
        if (shown != null) for (MonthPage mp : shown.months()) byMonth.put(mp.month().getMonth(), mp);
        List<DateJump.Step> monthSteps = new ArrayList<>(12);
        for (Month mo : Month.values()) {
            MonthPage mp = byMonth.get(mo);
            monthSteps.add(new DateJump.Step(dates.shortMonthName(mo), mp == null ? null : links.link(mp.path()),
                    here && mo == month));
        }
        return new DateJump(List.copyOf(yearSteps), year, List.copyOf(monthSteps));
    }

    /** Every year, newest first. */
    ArchiveModel archive() {
        List<YearModel.Year> years = new ArrayList<>(archive.years().size());
        for (YearPage y : archive.years()) years.add(summary(y, null, null));
        return new ArchiveModel(models.site(), models.page("archive", Paths.ARCHIVE, models.word("archive.title")), years, archive.size());
    }
}
