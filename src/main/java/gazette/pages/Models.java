package gazette.pages;

import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.DayPage;
import gazette.index.Links;
import gazette.index.Pagination;
import gazette.index.Paths;
import gazette.index.Related;
import gazette.index.SameBodies;
import gazette.index.SiteFiles;
import gazette.index.TagPage;
import gazette.pages.model.ArticleModel;
import gazette.pages.model.Crumb;
import gazette.pages.model.RedirectModel;
import gazette.pages.model.DayCount;
import gazette.pages.model.DayModel;
import gazette.pages.model.HomeModel;
import gazette.pages.model.NotFoundModel;
import gazette.pages.model.PageInfo;
import gazette.pages.model.Pager;
import gazette.pages.model.SearchModel;
import gazette.pages.model.SiteModel;
import gazette.pages.model.TagCount;
import gazette.pages.model.TagModel;
import gazette.pages.model.TagsModel;
import gazette.pages.model.Teaser;
import gazette.read.Article;
import gazette.read.NewsFields;
import gazette.render.Messages;
import gazette.site.Duplicates;
import gazette.site.Settings;
import gazette.text.Excerpt;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Makes each page's model (README, "Templates", lists what each template receives). Models are
 * records of strings, numbers and lists, so templates need no knowledge of Java, and each is made
 * when its page is fingerprinted and dropped once the page is written; only the articles'
 * teasers, shown on many pages, are kept to the end of the build.
 */
public final class Models {
    /** How long a description may be: about what search engines show of one. */
    static final int DESCRIPTION_CHARS = 160;

    private final Settings settings;
    private final Messages messages;
    private final Archive archive;
    private final Links links;
    private final DateText dates;
    private final SiteModel site;
    private final ValuePrint print;
    private final NewsMetadata news;
    private final LeadPictures leads;
    private final Related related;
    private final ArticleBodies bodies;
    private final Teasers teasers;
    private final Pagers pagers;
    private final Calendars calendars;
    private final List<PageInfo.FeedLink> siteFeed;
    /** With duplicates: link, the original each article repeats (-1: none); else null. */
    private final int[] originals;

    /** With the related articles already ranked (or taken from the last build), and where bodies come from. */
    public Models(Settings settings, Archive archive, Related related, ArticleBodies bodies) {
        this(settings, archive, related, bodies, gazette.pictures.Pictures.NONE);
    }

    /** With the pictures the articles show, and the built-in theme's words. */
    public Models(Settings settings, Archive archive, Related related, ArticleBodies bodies, gazette.pictures.Pictures pictures) {
        this(settings, archive, related, bodies, pictures, Messages.builtIn(settings.locale()), Map.of());
    }

    /**
     * With the words of the site's theme, in its language (titles and breadcrumbs are made here),
     * and its static assets: each one's name under {@code static/} with the site path pages link it
     * by (its fingerprinted copy); an asset not named is linked by its own name.
     */
    public Models(Settings settings, Archive archive, Related related, ArticleBodies bodies, gazette.pictures.Pictures pictures,
                  Messages messages, Map<String, String> assets) {
        this.settings = settings;
        this.messages = messages;
        this.archive = archive;
        this.links = new Links(settings);
        this.pagers = new Pagers(links);
        this.dates = new DateText(settings::zoneOf, settings.locale());
        this.site = new SiteModel(settings.title(), settings.baseUrl(), links.root(), settings.language(), links.link(Paths.HOME),
                links.link(Paths.ARCHIVE), links.link(Paths.TAGS), asset(assets, "style.css"), links.link(Paths.SEARCH),
                new SiteModel.Scripts(asset(assets, "search-words.js"), asset(assets, "search.js"), asset(assets, "tags.js"), asset(assets, "not-found.js")),
                settings.publisher(), settings.description(), settings.hasAddress() ? links.canonical(SiteFiles.FEED) : null, sectionNav(archive, links, settings),
                archive.sections().isEmpty() ? null : links.link(Paths.SECTIONS), settings.tagCuration().chips(), assetLinks(assets));
        this.print = new ValuePrint(site);
        this.leads = new LeadPictures(pictures, links.root());
        this.news = new NewsMetadata(settings, archive, links, leads);
        this.related = related;
        this.bodies = bodies;
        this.teasers = new Teasers(archive, links, dates, print, leads, settings.timeZone());
        this.calendars = new Calendars(archive, links, dates, this);
        // feeds need absolute links: without a full base URL there are none to announce (README, "Feeds and sitemaps")
        this.originals = settings.duplicates() == Duplicates.LINK ? SameBodies.originals(archive) : null;
        this.siteFeed = settings.hasAddress() ? List.of(new PageInfo.FeedLink(settings.title(), links.canonical(SiteFiles.FEED))) : List.of();
    }

    /** Fingerprints this build's models (the site model, on every page, is hashed once). */
    public ValuePrint print() {
        return print;
    }

    public Links links() {
        return links;
    }

    /** The related articles of every article: an article page's inputs, saved for the next build. */
    public Related related() {
        return related;
    }

    /** What every page says of itself; a listing's Open Graph is the site's. */
    PageInfo page(String kind, String path, String title) {
        return new PageInfo(kind, links.link(path), links.canonical(path), title, description(settings.description()), siteFeed,
                news.openGraphWebsite(title, path), null);
    }

    /** A page's description, as search engines and social sites show one: about 160 characters. */
    static String description(String text) {
        return text == null ? null : Excerpt.cut(text, DESCRIPTION_CHARS);
    }

    public SiteModel site() {
        return site;
    }

    // ---------------------------------------------------------------- article

    public ArticleModel article(int i) {
        Article a = archive.article(i);
        String path = archive.path(i);
        // the same story published again names the first as the page search engines should show
        String canonical = originals != null && originals[i] >= 0 ? archive.path(originals[i]) : path;
        NewsFields f = NewsFields.of(a, settings.timeZone());
        gazette.pictures.Pictures.Published lead = leads.of(a, f);
        PageInfo page = new PageInfo("article", links.link(path), links.canonical(canonical), a.title(),
                description(a.summary() != null ? a.summary() : settings.description()), siteFeed, news.openGraph(i, f, canonical, lead),
                jsonLd(i, canonical, lead));
        Teaser t = teasers.of(i);
        String updated = null;
        String updatedText = null;
        if (f.updated() != null) {
            ZonedDateTime when = f.updated().atZone(settings.zoneOf(a));
            updated = DateText.iso(when, f.updatedTimed());
            updatedText = dates.text(when, f.updatedTimed());
        }
        ArticleModel.Story story = new ArticleModel.Story(t.title(), t.url(), t.date(), t.dateText(), t.timed(), t.day(), t.authors(),
                t.source(), t.summary(), t.tags(), new Later<>(() -> bodies.html(i), bodies.print(i)), a.params(), a.url(), a.editor(),
                updated, updatedText, f.image() != null || lead != null ? news.image(lead, f) : null, t.section(),
                // a text article's pictures stand in its body, where its photo captions are
                lead == null || a.format() == Article.Format.TEXT ? null : leads.photo(a, lead));
        LocalDate day = archive.permalink(i).day();
        gazette.index.Section section = archive.sectionOf(i);
        int at = section == null ? -1 : java.util.Arrays.binarySearch(section.articles(), i);
        return new ArticleModel(site, page, story, breadcrumb(day, true), i + 1 < archive.size() ? teasers.later(i + 1) : null,
                i > 0 ? teasers.later(i - 1) : null, teasers.list(related.of(i)),
                at >= 0 && at + 1 < section.count() ? teasers.later(section.articles()[at + 1]) : null,
                at > 0 ? teasers.later(section.articles()[at - 1]) : null);
    }

    private Later<String> jsonLd(int i, String canonical, gazette.pictures.Pictures.Published lead) {
        NewsMetadata.Source source = news.source(i, canonical, lead);
        return new Later<>(() -> news.jsonLd(source), print.of(source));
    }

    List<Crumb> breadcrumb(LocalDate day, boolean withDay) {
        List<Crumb> crumbs = new ArrayList<>(4);
        crumbs.add(crumb(messages.get("breadcrumb.home"), Paths.HOME));
        crumbs.add(crumb(String.valueOf(day.getYear()), Paths.year(day.getYear())));
        crumbs.add(crumb(dates.monthName(day.getMonth()), Paths.month(YearMonth.from(day))));
        if (withDay) crumbs.add(crumb(dates.fullDay(day), Paths.day(day)));
        return crumbs;
    }

    Crumb crumb(String text, String path) {
        return new Crumb(text, links.link(path));
    }

    // ---------------------------------------------------------------- listings

    Teasers teasers() {
        return teasers;
    }

    /** Page {@code n} from the top (the newest) of listing {@code p}: {@link Pagers}. */
    Pager pager(Pagination p, int n) {
        return pagers.of(p, n);
    }

    private List<Teaser> listed(Pagination p, int n, IntUnaryOperator members) {
        return teasers.list(members, p.first(n), p.last(n));
    }

    /** "Politics (page 1,234)" below the newest page, in the site's language. */
    String paged(String title, Pagination p, int n) {
        return n > 1 ? messages.get("title.paged", title, messages.format(p.number(n))) : title;
    }

    String word(String key) {
        return messages.get(key);
    }

    /** How many of each section's latest the front page lists. */
    static final int FRONT_LATEST = 4;

    /** Page {@code n} of the latest articles. */
    public HomeModel home(Pagination p, int n) {
        PageInfo page = page("home", p.path(n), n > 1 ? paged(messages.get("home.latest"), p, n) : settings.title());
        List<gazette.pages.model.SectionGroup> fronts = new ArrayList<>();
        if (n == 1) {
            for (gazette.index.Section s : archive.sections()) {
                int[] members = s.articles();
                fronts.add(new gazette.pages.model.SectionGroup(teasers.section(members[0]), teasers.list(k -> members[k], 0, Math.min(FRONT_LATEST, members.length))));
            }
        }
        gazette.pages.model.DateJump jump = n == 1 && !archive.years().isEmpty() ? calendars.jump(archive.years().get(0).year(), null, false) : null;
        return new HomeModel(site, page, listed(p, n, k -> k), pager(p, n), List.copyOf(fronts), jump);
    }

    /** Page {@code n} of day {@code d} (a position in {@link Archive#days()}, newest first). */
    public DayModel day(int d, Pagination p, int n) {
        List<DayPage> days = archive.days();
        DayPage day = days.get(d);
        String text = dates.fullDay(day.date());
        PageInfo page = page("day", p.path(n), paged(text, p, n));
        DayPage newer = d > 0 ? days.get(d - 1) : null;
        DayPage older = d + 1 < days.size() ? days.get(d + 1) : null;
        // pages in the day's order, so that a new story changes the newest page alone; with sections,
        // each page's articles by section, as a newspaper lays out its day: the largest section first,
        // in the day's order within each
        int lo = day.from() + p.first(n);
        int hi = day.from() + p.last(n);
        int[] order = archive.sections().isEmpty() ? null : bySection(lo, hi);
        List<gazette.pages.model.SectionGroup> groups = new ArrayList<>();
        int from = 0;
        for (int k = 0; order != null && k < order.length; k++) {
            if (k + 1 == order.length || archive.sectionId(order[k + 1]) != archive.sectionId(order[k])) {
                groups.add(new gazette.pages.model.SectionGroup(teasers.section(order[k]), teasers.list(j -> order[j], from, k + 1)));
                from = k + 1;
            }
        }
        // the count on the newest page alone: an older page then never changes as the day grows
        DayCount named = dayCount(day, n == 1);
        return new DayModel(site, page, named, teasers.list(k -> k, lo, hi), pager(p, n), breadcrumb(day.date(), false),
                older == null ? null : teasers.day(older.date()), newer == null ? null : teasers.day(newer.date()), List.copyOf(groups),
                onThisDay(day), calendars.jump(day.date().getYear(), day.date().getMonth(), true));
    }

    private volatile Map<java.time.MonthDay, List<DayPage>> byMonthDay;

    /** The same day of the year in the archive's other years, newest first: what happened on this day before, and since. */
    private List<Teaser.Link> onThisDay(DayPage day) {
        Map<java.time.MonthDay, List<DayPage>> index = byMonthDay;
        if (index == null) {
            Map<java.time.MonthDay, List<DayPage>> made = new java.util.HashMap<>();
            for (DayPage d : archive.days()) made.computeIfAbsent(java.time.MonthDay.from(d.date()), k -> new ArrayList<>(2)).add(d);
            byMonthDay = index = made;
        }
        List<Teaser.Link> out = new ArrayList<>();
        for (DayPage d : index.getOrDefault(java.time.MonthDay.from(day.date()), List.of())) {
            if (d != day) out.add(new Teaser.Link(links.link(d.path()), String.valueOf(d.date().getYear())));
        }
        return List.copyOf(out);
    }

    /** Articles {@code from} to {@code to} by section: largest section first (as the archive lists them), those in none last; the day's order within each. */
    private int[] bySection(int from, int to) {
        // a counting sort on the section's position (those in none in the last bucket): stable, and linear in the page
        int buckets = archive.sections().size() + 1;
        int[] start = new int[buckets + 1];
        for (int i = from; i < to; i++) start[bucket(i, buckets) + 1]++;
        for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) out[start[bucket(i, buckets)]++] = i;
        return out;
    }

    private int bucket(int i, int buckets) {
        int s = archive.sectionId(i);
        return s < 0 ? buckets - 1 : s;
    }

    DayCount dayCount(DayPage day) {
        return dayCount(day, true);
    }

    /** The day, with its count unless {@code counted} is false: a listing's older pages leave it out, and then stay as they are when the day grows. */
    DayCount dayCount(DayPage day, boolean counted) {
        return new DayCount(day.date().toString(), dates.fullDay(day.date()), links.link(day.path()), counted ? day.count() : null);
    }

    /** A theme file's link: its fingerprinted name when it has one. */
    private String asset(Map<String, String> assets, String name) {
        return links.link(assets.getOrDefault(name, "static/" + name));
    }

    private Map<String, String> assetLinks(Map<String, String> assets) {
        Map<String, String> out = new java.util.TreeMap<>();
        assets.forEach((name, path) -> out.put(name, links.link(path)));
        return out;
    }

    /** The largest sections, as many as the settings say, for the masthead. */
    private static List<Teaser.Link> sectionNav(Archive archive, Links links, Settings settings) {
        List<Teaser.Link> nav = new ArrayList<>();
        for (gazette.index.Section s : archive.sections()) {
            if (nav.size() == settings.sectionNav()) break;
            nav.add(new Teaser.Link(links.link(s.path()), s.name()));
        }
        return List.copyOf(nav);
    }

    /** A listing's page announcing the listing's own feed after the site's, when feeds are on. */
    private PageInfo withFeed(PageInfo page, String name, String feed) {
        if (!settings.hasAddress()) return page;
        List<PageInfo.FeedLink> feeds = List.of(page.feeds().get(0), new PageInfo.FeedLink(name + " · " + settings.title(), links.canonical(feed)));
        return new PageInfo(page.kind(), page.url(), page.canonical(), page.title(), page.description(), feeds, page.openGraph(), null);
    }

    /** Page {@code n} of section {@code s}'s front (a position in {@link Archive#sections()}, largest first). */
    public gazette.pages.model.SectionModel section(int s, Pagination p, int n) {
        gazette.index.Section section = archive.sections().get(s);
        PageInfo page = withFeed(page("section", p.path(n), paged(section.name(), p, n)), section.name(), SiteFiles.sectionFeed(section));
        int[] members = section.articles();
        // the count on the newest page alone: an older page then never changes as the section grows
        gazette.pages.model.SectionCount named = sectionCount(section, n == 1);
        return new gazette.pages.model.SectionModel(site, page, named, listed(p, n, k -> members[k]), pager(p, n));
    }

    private gazette.pages.model.SectionCount sectionCount(gazette.index.Section s, boolean counted) {
        return new gazette.pages.model.SectionCount(s.name(), links.link(s.path()), counted ? s.count() : null);
    }

    /** Every section, largest first. */
    public gazette.pages.model.SectionsModel sections() {
        List<gazette.pages.model.SectionCount> all = new ArrayList<>(archive.sections().size());
        for (gazette.index.Section s : archive.sections()) all.add(sectionCount(s, true));
        return new gazette.pages.model.SectionsModel(site, page("sections", Paths.SECTIONS, messages.get("sections.title")), all);
    }

    /** Page {@code n} of tag {@code t} (a position in {@link Archive#tags()}). */
    public TagModel tag(int t, Pagination p, int n) {
        TagPage tag = archive.tags().get(t);
        PageInfo page = withFeed(page("tag", p.path(n), paged(tag.tag().name(), p, n)), tag.tag().name(), SiteFiles.tagFeed(tag.tag()));
        int[] members = tag.articles();
        // the count on the newest page alone: an older page then never changes as the tag grows
        TagCount named = tagCount(tag, n == 1);
        return new TagModel(site, page, named, listed(p, n, k -> members[k]), pager(p, n));
    }

    private TagCount tagCount(TagPage t, boolean counted) {
        return new TagCount(t.tag().name(), links.link(t.path()), counted ? t.count() : null);
    }

    // ---------------------------------------------------------------- pages of their own

    /** Page {@code n} of month {@code m}: its calendar and its headlines. */
    public gazette.pages.model.MonthModel month(int m, Pagination p, int n) {
        return calendars.month(m, p, n);
    }

    public gazette.pages.model.YearModel year(int y) {
        return calendars.year(y);
    }

    public gazette.pages.model.ArchiveModel archive() {
        return calendars.archive();
    }

    /** Every tag, sorted by name. */
    public TagsModel tags() {
        List<TagCount> tags = new ArrayList<>(archive.tags().size());
        for (TagPage t : archive.tags()) tags.add(tagCount(t, true));
        return new TagsModel(site, page("tags", Paths.TAGS, messages.get("tags.title")), tags, TagIndex.largest(tags), TagIndex.letters(tags));
    }

    /** The search page: a form and a script that reads the index files written beside it. */
    public SearchModel search() {
        return new SearchModel(site, page("search", Paths.SEARCH, messages.get("search.title")), archive.size());
    }

    /** The page a server shows for a missing address; every link in it is rooted, so it works at any depth. */
    public NotFoundModel notFound() {
        return new NotFoundModel(site, page("not-found", SiteFiles.NOT_FOUND, messages.get("notFound.title")));
    }

    /** The page at an article's old address, sending the reader to its page. */
    public RedirectModel redirect(gazette.index.Redirects.Redirect r) {
        String to = archive.path(r.article());
        PageInfo page = new PageInfo("redirect", links.link(r.from()), links.canonical(to), messages.get("redirect.title"), null, List.of(), List.of(), null);
        return new RedirectModel(site, page, new Teaser.Link(links.link(to), archive.article(r.article()).title()));
    }

    /** The lead picture of the article at place {@code i} of the archive, or null: for the search results' thumbnails. */
    public gazette.pictures.Pictures.Published lead(int i) {
        return teasers.lead(archive.article(i));
    }
}
