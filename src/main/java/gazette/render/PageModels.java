package gazette.render;

import gazette.index.Archive;
import gazette.index.DayPage;
import gazette.index.MonthPage;
import gazette.index.Pagination;
import gazette.index.Paths;
import gazette.index.Related;
import gazette.index.TagPage;
import gazette.index.YearPage;
import gazette.read.Article;
import gazette.site.Settings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the variables each template receives (README, "Templates", lists them). Models are
 * plain maps and lists of strings and numbers, so templates need no knowledge of Java.
 */
public final class PageModels {
    private final Settings settings;
    private final Archive archive;
    private final Links links;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter timeFormat;
    private final Map<String, Object> site;
    private final NewsMetadata news;
    private final Related related;

    public PageModels(Settings settings, Archive archive) {
        this(settings, archive, Related.of(archive));
    }

    /** With the related articles already ranked (or taken from the last build). */
    public PageModels(Settings settings, Archive archive, Related related) {
        this.settings = settings;
        this.archive = archive;
        this.links = new Links(settings);
        this.locale = settings.locale();
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", locale);
        Map<String, Object> s = new HashMap<>();
        s.put("title", settings.title());
        s.put("baseUrl", settings.baseUrl());
        s.put("root", links.root());
        s.put("language", settings.language());
        s.put("home", links.link(Paths.HOME));
        s.put("archive", links.link(Paths.ARCHIVE));
        s.put("tags", links.link(Paths.TAGS));
        s.put("stylesheet", links.link("static/style.css"));
        s.put("search", links.link(SEARCH));
        s.put("scripts", Map.of("search", links.link("static/search.js"), "tags", links.link("static/tags.js")));
        siteFeeds(s);
        this.site = Map.copyOf(s);
        this.news = new NewsMetadata(settings, archive, links);
        this.related = related;
    }

    /** The search page's path; its index files sit beside it (gazette.write.SearchIndex). */
    public static final String SEARCH = "search/";

    public Links links() {
        return links;
    }

    private Map<String, Object> base(String kind, String path, String title) {
        Map<String, Object> page = new HashMap<>();
        page.put("kind", kind);
        page.put("url", links.link(path));
        page.put("canonical", links.canonical(path));
        page.put("title", title);
        pageFeeds(page, path, title);
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }

    // ---------------------------------------------------------------- article

    public Map<String, Object> article(int i, String bodyHtml) {
        Article a = archive.article(i);
        String path = archive.permalink(i).path();
        Map<String, Object> m = base("article", path, a.title());
        Map<String, Object> art = teaser(i);
        art.put("body", bodyHtml);
        if (a.url() != null) art.put("originalUrl", a.url());
        if (a.editor() != null) art.put("editor", a.editor());
        art.put("params", a.params());
        m.put("article", art);
        newsArticle(m, art, i);
        LocalDate day = archive.permalink(i).day();
        m.put("breadcrumb", breadcrumb(day, true));
        if (i + 1 < archive.size()) m.put("previous", neighbour(i + 1));
        if (i > 0) m.put("next", neighbour(i - 1));
        List<Map<String, Object>> rel = new ArrayList<>(Related.MAX);
        for (int r : related(i)) rel.add(neighbour(r));
        m.put("related", rel);
        return m;
    }

    /** Positions of the articles related to article {@code i}, best first (an article page's inputs). */
    public Related related() {
        return related;
    }

    public int[] related(int i) {
        return related.of(i);
    }

    private Map<String, Object> neighbour(int i) {
        Map<String, Object> n = new HashMap<>();
        n.put("title", archive.article(i).title());
        n.put("url", links.link(archive.permalink(i).path()));
        n.put("dateText", dateText(i));
        n.put("date", isoDate(i));
        return n;
    }

    /** What a listing shows of an article: everything but the body. */
    private Map<String, Object> teaser(int i) {
        Article a = archive.article(i);
        Map<String, Object> t = new HashMap<>();
        t.put("title", a.title());
        t.put("url", links.link(archive.permalink(i).path()));
        ZonedDateTime when = a.published().atZone(settings.timeZone());
        t.put("date", isoDate(i));
        t.put("dateText", dateText(i));
        t.put("timed", a.timed());
        t.put("day", Map.of("url", links.link(Paths.day(when.toLocalDate())), "text", dayFormat.format(when.toLocalDate())));
        t.put("authors", a.authors());
        if (a.source() != null) t.put("source", a.source());
        if (a.summary() != null) t.put("summary", a.summary());
        List<Map<String, Object>> tags = new ArrayList<>();
        for (TagPage tp : archive.tagsOf(i)) tags.add(Map.of("name", tp.tag().name(), "url", links.link(tp.path())));
        t.put("tags", tags);
        return t;
    }

    private String isoDate(int i) {
        Article a = archive.article(i);
        ZonedDateTime when = a.published().atZone(settings.timeZone());
        return a.timed() ? when.toOffsetDateTime().toString() : when.toLocalDate().toString();
    }

    private String dateText(int i) {
        Article a = archive.article(i);
        ZonedDateTime when = a.published().atZone(settings.timeZone());
        String day = dayFormat.format(when.toLocalDate());
        return a.timed() ? day + ", " + timeFormat.format(when) : day;
    }

    private List<Map<String, Object>> breadcrumb(LocalDate day, boolean withDay) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb("Home", Paths.HOME));
        crumbs.add(crumb(String.valueOf(day.getYear()), Paths.year(day.getYear())));
        crumbs.add(crumb(monthName(day.getMonth()), Paths.month(YearMonth.from(day))));
        if (withDay) crumbs.add(crumb(String.valueOf(day.getDayOfMonth()), Paths.day(day)));
        return crumbs;
    }

    private Map<String, Object> crumb(String text, String path) {
        return Map.of("text", text, "url", links.link(path));
    }

    private String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    // ---------------------------------------------------------------- listings

    /** Page {@code n} of a listing whose articles are positions {@code members[first..last)}. */
    private void listing(Map<String, Object> m, Pagination p, int n, IntAt members) {
        List<Map<String, Object>> items = new ArrayList<>(p.last(n) - p.first(n));
        for (int k = p.first(n); k < p.last(n); k++) items.add(teaser(members.at(k)));
        m.put("articles", items);
        Map<String, Object> pager = new HashMap<>();
        pager.put("number", n);
        pager.put("pages", p.pages());
        pager.put("total", p.total());
        if (n > 1) pager.put("previous", links.link(p.path(n - 1)));
        if (n < p.pages()) pager.put("next", links.link(p.path(n + 1)));
        pager.put("first", links.link(p.path(1)));
        pager.put("last", links.link(p.path(p.pages())));
        m.put("pager", pager);
    }

    /** Positions within a listing, mapped to positions in the archive. */
    @FunctionalInterface
    public interface IntAt {
        int at(int k);
    }

    private static String pageSuffix(int n) {
        return n > 1 ? " (page " + n + ")" : "";
    }

    public Map<String, Object> home(Pagination p, int n) {
        Map<String, Object> m = base("home", p.path(n), n > 1 ? "Latest" + pageSuffix(n) : settings.title());
        listing(m, p, n, k -> k);
        return m;
    }

    public Map<String, Object> day(DayPage day, Pagination p, int n, DayPage newer, DayPage older) {
        String text = dayFormat.format(day.date());
        Map<String, Object> m = base("day", p.path(n), text + pageSuffix(n));
        m.put("day", Map.of("date", day.date().toString(), "text", text, "url", links.link(day.path()), "count", day.count()));
        m.put("breadcrumb", breadcrumb(day.date(), false));
        if (newer != null) m.put("nextDay", Map.of("url", links.link(newer.path()), "text", dayFormat.format(newer.date())));
        if (older != null) m.put("previousDay", Map.of("url", links.link(older.path()), "text", dayFormat.format(older.date())));
        listing(m, p, n, k -> day.from() + k);
        return m;
    }

    public Map<String, Object> tag(TagPage tag, Pagination p, int n) {
        Map<String, Object> m = base("tag", p.path(n), tag.tag().name() + pageSuffix(n));
        m.put("tag", Map.of("name", tag.tag().name(), "url", links.link(tag.path()), "count", tag.count()));
        int[] members = tag.articles();
        listing(m, p, n, k -> members[k]);
        tagFeed(m, tag);
        return m;
    }

    // ---------------------------------------------------------------- calendar pages

    public Map<String, Object> month(MonthPage month) {
        YearMonth ym = month.month();
        String name = monthName(ym.getMonth()) + " " + ym.getYear();
        Map<String, Object> m = base("month", month.path(), name);
        Map<Integer, DayPage> byDay = new HashMap<>();
        for (DayPage d : month.days()) byDay.put(d.date().getDayOfMonth(), d);
        // weeks run Monday to Sunday; cells before the 1st and after the last day are empty
        List<List<Map<String, Object>>> weeks = new ArrayList<>();
        List<Map<String, Object>> week = new ArrayList<>();
        int lead = ym.atDay(1).getDayOfWeek().getValue() - 1;
        for (int k = 0; k < lead; k++) week.add(Map.of("day", 0, "count", 0));
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            Map<String, Object> cell = new HashMap<>();
            cell.put("day", d);
            DayPage page = byDay.get(d);
            cell.put("count", page == null ? 0 : page.count());
            if (page != null) cell.put("url", links.link(page.path()));
            week.add(cell);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) week.add(Map.of("day", 0, "count", 0));
            weeks.add(week);
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek dow : DayOfWeek.values()) weekdays.add(dow.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayPage d : month.days()) {
            days.add(Map.of("date", d.date().toString(), "text", dayFormat.format(d.date()), "url", links.link(d.path()), "count", d.count()));
        }
        Map<String, Object> mm = new HashMap<>();
        mm.put("name", name);
        mm.put("url", links.link(month.path()));
        mm.put("count", month.count());
        mm.put("weeks", weeks);
        mm.put("weekdays", weekdays);
        mm.put("days", days);
        mm.put("year", Map.of("year", ym.getYear(), "url", links.link(Paths.year(ym.getYear()))));
        // the nearest months with articles, older and newer, as the calendar's own navigation
        int at = archive.months().indexOf(month);
        if (at + 1 < archive.months().size()) mm.put("previous", monthLink(archive.months().get(at + 1)));
        if (at > 0) mm.put("next", monthLink(archive.months().get(at - 1)));
        m.put("month", mm);
        m.put("breadcrumb", List.of(crumb("Home", Paths.HOME), crumb(String.valueOf(ym.getYear()), Paths.year(ym.getYear()))));
        return m;
    }

    private Map<String, Object> monthLink(MonthPage month) {
        return Map.of("name", monthName(month.month().getMonth()) + " " + month.month().getYear(), "url", links.link(month.path()));
    }

    public Map<String, Object> year(YearPage year) {
        Map<String, Object> m = base("year", year.path(), String.valueOf(year.year()));
        Map<String, Object> y = yearSummary(year);
        // the nearest years with articles, older and newer
        int at = archive.years().indexOf(year);
        if (at + 1 < archive.years().size()) y.put("previous", yearLink(archive.years().get(at + 1)));
        if (at > 0) y.put("next", yearLink(archive.years().get(at - 1)));
        m.put("year", y);
        m.put("breadcrumb", List.of(crumb("Home", Paths.HOME)));
        return m;
    }

    private Map<String, Object> yearLink(YearPage year) {
        return Map.of("year", year.year(), "url", links.link(year.path()));
    }

    /** A year with all twelve months; months without articles have count 0 and no url. */
    private Map<String, Object> yearSummary(YearPage year) {
        Map<Month, MonthPage> byMonth = new LinkedHashMap<>();
        for (MonthPage mp : year.months()) byMonth.put(mp.month().getMonth(), mp);
        List<Map<String, Object>> months = new ArrayList<>(12);
        for (Month mo : Month.values()) {
            MonthPage mp = byMonth.get(mo);
            Map<String, Object> cell = new HashMap<>();
            cell.put("name", monthName(mo));
            cell.put("number", mo.getValue());
            cell.put("count", mp == null ? 0 : mp.count());
            if (mp != null) cell.put("url", links.link(mp.path()));
            months.add(cell);
        }
        Map<String, Object> y = new HashMap<>();
        y.put("year", year.year());
        y.put("url", links.link(year.path()));
        y.put("count", year.count());
        y.put("months", months);
        return y;
    }

    public Map<String, Object> archivePage() {
        Map<String, Object> m = base("archive", Paths.ARCHIVE, "Archive");
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearPage y : archive.years()) years.add(yearSummary(y));
        m.put("years", years);
        m.put("total", archive.size());
        return m;
    }

    public Map<String, Object> tagsPage() {
        Map<String, Object> m = base("tags", Paths.TAGS, "Tags");
        List<Map<String, Object>> tags = new ArrayList<>(archive.tags().size());
        for (TagPage t : archive.tags()) tags.add(Map.of("name", t.tag().name(), "url", links.link(t.path()), "count", t.count()));
        m.put("tags", tags);
        return m;
    }

    /** The search page: a form and a script that reads the index files written beside it. */
    public Map<String, Object> searchPage() {
        Map<String, Object> m = base("search", SEARCH, "Search");
        m.put("total", archive.size());
        return m;
    }

    // ---------------------------------------------------------------- 404, feeds, news metadata

    /** The page a server shows for a missing address; every link in it is rooted, so it works at any depth. */
    public Map<String, Object> notFound() {
        return base("not-found", SiteFiles.NOT_FOUND, "Page not found");
    }

    /** Feeds need absolute links, so without a full base URL there are none to link (README, "Feeds and sitemaps"). */
    private void siteFeeds(Map<String, Object> s) {
        s.put("publisher", settings.publisher());
        if (settings.description() != null) s.put("description", settings.description());
        if (settings.hasAddress()) s.put("feed", links.canonical(SiteFiles.FEED));
    }

    private void pageFeeds(Map<String, Object> page, String path, String title) {
        List<Map<String, Object>> feeds = new ArrayList<>(2);
        if (settings.hasAddress()) feeds.add(Map.of("title", settings.title(), "url", links.canonical(SiteFiles.FEED)));
        page.put("feeds", feeds);
        if (settings.description() != null) page.put("description", settings.description());
        page.put("openGraph", news.openGraphWebsite(title, path));
    }

    @SuppressWarnings("unchecked")
    private void tagFeed(Map<String, Object> m, TagPage tag) {
        if (!settings.hasAddress()) return;
        List<Map<String, Object>> feeds = (List<Map<String, Object>>) ((Map<String, Object>) m.get("page")).get("feeds");
        feeds.add(Map.of("title", tag.tag().name() + " · " + settings.title(), "url", links.canonical(SiteFiles.tagFeed(tag.tag()))));
    }

    @SuppressWarnings("unchecked")
    private void newsArticle(Map<String, Object> m, Map<String, Object> art, int i) {
        NewsFields f = NewsFields.of(archive.article(i), settings.timeZone());
        Map<String, Object> page = (Map<String, Object>) m.get("page");
        if (archive.article(i).summary() != null) page.put("description", archive.article(i).summary());
        page.put("openGraph", news.openGraph(i, f));
        page.put("jsonLd", news.jsonLd(i, f));
        if (f.updated() != null) {
            ZonedDateTime when = f.updated().atZone(settings.timeZone());
            art.put("updated", f.updatedTimed() ? when.toOffsetDateTime().toString() : when.toLocalDate().toString());
            art.put("updatedText", dayFormat.format(when.toLocalDate()) + (f.updatedTimed() ? ", " + timeFormat.format(when) : ""));
        }
        if (f.image() != null) art.put("image", news.image(f.image()));
        if (f.section() != null) art.put("section", f.section());
    }
}
