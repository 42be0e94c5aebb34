package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds one generated archive and checks the site a reader gets, page by page. */
class BuildTest {
    @TempDir
    static Path tmp;
    static Fixture site;
    static Fixture.Run run;

    /** What the fixture holds, to check the pages against: newest first. */
    record Expected(String title, LocalDate day, String time, String url, List<String> tags) {}

    static final List<Expected> expected = new ArrayList<>();
    static final String[] TAG_POOL = {"politics", "harbour", "weather", "東京", "Economy"};

    @BeforeAll
    static void buildArchive() {
        site = new Fixture(tmp);
        site.settings("title: Test Gazette\npage_size: 2\ntimezone: UTC\n");
        // 40 articles over two years; days 0..5 of each month get several articles
        List<Expected> all = new ArrayList<>();
        int n = 0;
        for (int year = 2023; year <= 2024; year++) {
            for (int month : new int[] {1, 6, 11}) {
                for (int k = 0; k < 7; k++) {
                    LocalDate day = LocalDate.of(year, month, 1 + (k % 3) * 4);
                    String time = String.format("%02d:%02d", 6 + k, 10 + n % 50);
                    List<String> tags = new ArrayList<>();
                    for (int t = 0; t < TAG_POOL.length; t++) if ((n + t) % 3 == 0) tags.add(TAG_POOL[t]);
                    String title = "Story " + n + " on " + day;
                    site.article(String.format("%d/%02d/story-%02d.md", year, month, n), "Body of story " + n + ".\n\nSecond paragraph.",
                            "title: " + title, "date: " + day + "T" + time + ":00Z", "tags: [" + String.join(", ", tags) + "]",
                            "author: Reporter " + n, "source: Desk");
                    all.add(new Expected(title, day, time, String.format("%s/%02d/%02d/%s/", day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                            ("story-" + n + "-on-" + day).toLowerCase()), tags));
                    n++;
                }
            }
        }
        all.sort((a, b) -> (b.day + b.time).compareTo(a.day + a.time));
        expected.addAll(all);
        run = site.build();
    }

    @Test
    void buildSucceedsWithASummary() {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Built 42 articles").contains("42 article,").contains("files:").contains("stages:");
    }

    @Test
    void anOutputFolderInFoldersNotYetMadeIsMade() {
        Path out = tmp.resolve("not/yet/made/site");
        Fixture.Run r = Fixture.run("build", "--content", site.content.toString(), "--out", out.toString(), "--config", tmp.resolve("gazette.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void everyArticleHasItsPageAtItsDatedUrl() {
        for (Expected e : expected) {
            Document d = site.page(e.url());
            assertThat(d.selectFirst("h1").text()).isEqualTo(e.title());
            assertThat(d.title()).isEqualTo(e.title() + " · Test Gazette");
            Element time = d.selectFirst("article time");
            assertThat(time.attr("datetime")).isEqualTo(e.day() + "T" + e.time() + "Z");
            assertThat(time.parent().attr("href")).isEqualTo("/" + e.url().substring(0, 11));
            assertThat(d.select("article .tags a").eachText()).containsExactlyElementsOf(e.tags());
            assertThat(d.select("article .body p").first().text()).startsWith("Body of story");
            assertThat(d.selectFirst(".byline").text()).startsWith("By Reporter");
        }
    }

    @Test
    void tagLinksLeadToPagesNamedByTheTag() {
        Document d = site.page(expected.get(0).url());
        for (Element a : d.select("article .tags a")) {
            Document tag = site.page(URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8).substring(1));
            assertThat(tag.selectFirst("h1").text()).isEqualTo(a.text());
        }
    }

    @Test
    void breadcrumbAndNeighbours() {
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Document d = site.page(e.url());
            assertThat(d.select(".breadcrumb a").eachText())
                    .containsExactly("Home", String.valueOf(e.day().getYear()), e.day().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.ENGLISH),
                            // the day by its name, weekday first
                            java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", java.util.Locale.ENGLISH).format(e.day()));
            assertThat(d.select(".breadcrumb a").eachAttr("href"))
                    .containsExactly("/", "/" + e.day().getYear() + "/", "/" + e.url().substring(0, 8), "/" + e.url().substring(0, 11));
            Element prev = d.selectFirst(".prev-next a[rel=prev]");
            Element next = d.selectFirst(".prev-next a[rel=next]");
            if (i + 1 < expected.size()) assertThat(prev.attr("href")).isEqualTo("/" + expected.get(i + 1).url());
            else assertThat(prev).isNull();
            if (i > 0) assertThat(next.attr("href")).isEqualTo("/" + expected.get(i - 1).url());
            else assertThat(next).isNull();
        }
    }

    @Test
    void homeListsEveryArticleNewestFirstAcrossItsPages() {
        assertThat(walkListing("")).containsExactlyElementsOf(urls(expected));
        // two a page, numbered from the oldest: the home page is the newest page, page/1/ the oldest
        int pages = expected.size() / 2;
        assertThat(site.exists("page/" + (pages - 1) + "/")).isTrue();
        assertThat(site.exists("page/" + pages + "/")).as("the newest page is the home page").isFalse();
        Document first = site.page("");
        assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/page/" + (pages - 1) + "/");
        assertThat(first.selectFirst(".pagination a[rel=prev]")).isNull();
        Document second = site.page("page/" + (pages - 1) + "/");
        assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(second.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/page/" + (pages - 2) + "/");
        assertThat(site.page("page/1/").selectFirst(".pagination a[rel=next]")).isNull();
    }

    @Test
    void eachDayListsExactlyItsArticles() {
        Map<LocalDate, List<Expected>> byDay = new LinkedHashMap<>();
        for (Expected e : expected) byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        for (Map.Entry<LocalDate, List<Expected>> d : byDay.entrySet()) {
            String path = d.getValue().get(0).url().substring(0, 11);
            assertThat(walkListing(path)).as(path).containsExactlyElementsOf(urls(d.getValue()));
            assertThat(site.page(path).selectFirst(".count").text()).startsWith(d.getValue().size() + " article");
        }
        // a day of three articles at two a page is one page: the newest page holds up to twice as many less one
        assertThat(site.page("2024/06/01/").select(".articles .teaser")).hasSize(3);
        assertThat(site.page("2024/06/01/").select(".pagination")).isEmpty();
        assertThat(site.exists("2024/06/01/page/1/")).isFalse();
    }

    @Test
    void eachTagListsExactlyItsArticles() {
        for (String tag : TAG_POOL) {
            List<Expected> members = expected.stream().filter(e -> e.tags().contains(tag)).toList();
            String path = "tags/" + tag.toLowerCase() + "/";
            assertThat(walkListing(path)).as(tag).containsExactlyElementsOf(urls(members));
            assertThat(site.page(path).selectFirst("h1").text()).isEqualTo(tag);
        }
        Document index = site.page("tags/");
        assertThat(index.select(".tag-index a").eachText()).containsExactly("Economy", "harbour", "politics", "weather", "東京");
        for (Element li : index.select(".tag-index li")) {
            String tag = li.selectFirst("a").text();
            long count = expected.stream().filter(e -> e.tags().contains(tag)).count();
            assertThat(li.selectFirst(".n").text()).isEqualTo(String.valueOf(count));
        }
    }

    @Test
    void monthIsACalendarOfItsDaysWithCounts() {
        Document d = site.page("2024/06/");
        assertThat(d.selectFirst("h1").text()).isEqualTo("June 2024");
        List<String> linked = d.select(".calendar td.has-articles a").eachAttr("href");
        assertThat(linked).containsExactly("/2024/06/01/", "/2024/06/05/", "/2024/06/09/");
        assertThat(d.select(".calendar td.has-articles .n").eachText()).containsExactly("3", "2", "2");
        // June 2024 starts on a Saturday: five empty cells lead the first week
        assertThat(d.select(".calendar tbody tr").first().select("td").stream().filter(td -> td.text().isEmpty()).count()).isEqualTo(5);
        assertThat(d.select(".calendar tbody td").size() % 7).isZero();
    }

    @Test
    void yearShowsItsMonthsWithCountsAndArchiveShowsYears() {
        Document y = site.page("2023/");
        assertThat(y.select(".mini-month h2 a").eachText()).containsExactly("January", "June", "November");
        assertThat(y.select(".mini-month h2:has(a) .n").eachText()).containsExactly("7 articles", "7 articles", "7 articles");
        assertThat(y.select(".mini-month").size()).isEqualTo(12);
        // every day with articles is a link in its month's small calendar, and no other day is
        java.util.Set<String> days = new java.util.TreeSet<>();
        for (Expected e : expected) if (e.day().getYear() == 2023) days.add("/" + e.url().substring(0, 11));
        assertThat(new java.util.TreeSet<>(y.select(".mini-calendar a").eachAttr("href"))).isEqualTo(days);
        assertThat(y.select(".mini-calendar li:not([aria-hidden])").size()).as("every day of the year").isEqualTo(365);
        Document a = site.page("archive/");
        assertThat(a.select(".archive-year h2 a").eachAttr("href")).containsExactly("/2024/", "/2023/");
        assertThat(a.select(".archive-year h2 .n").eachText()).containsExactly("21", "21");
    }

    @Test
    void everyInternalLinkResolvesToAFile() throws IOException {
        Set<String> broken = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site.out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = org.jsoup.Jsoup.parse(f.toFile(), "UTF-8");
                for (Element e : d.select("a[href], link[href]")) {
                    String href = e.attr("href");
                    if (!href.startsWith("/")) continue;
                    checked++;
                    String path = URLDecoder.decode(href.substring(1), StandardCharsets.UTF_8);
                    Path target = site.out.resolve(path);
                    if (!(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))) broken.add(site.out.relativize(f) + " -> " + href);
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(broken).isEmpty();
    }

    @Test
    void stylesheetIsCopiedFromTheThemeAndLinkedByItsFingerprintedName() throws IOException {
        assertThat(site.out.resolve("static/style.css")).isRegularFile();
        String href = site.page("").selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/static/style\\.[0-9a-f]{10}\\.css");
        assertThat(Files.readAllBytes(site.out.resolve(href.substring(1)))).isEqualTo(Files.readAllBytes(site.out.resolve("static/style.css")));
    }

    @Test
    void noStagingFolderIsLeftBehind() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-") || n.endsWith(".gazette-journal"));
        }
    }

    /** Follows a listing's "next" links from its first page and returns every article link in order. */
    private static List<String> walkListing(String path) {
        List<String> found = new ArrayList<>();
        String current = path;
        int pages = 0;
        while (current != null) {
            Document d = site.page(current);
            d.select(".articles .teaser h2 a").forEach(a -> found.add(URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8)));
            Element next = d.selectFirst(".pagination a[rel=next]");
            current = next == null ? null : URLDecoder.decode(next.attr("href"), StandardCharsets.UTF_8).substring(1);
            assertThat(++pages).isLessThan(100);
        }
        return found;
    }

    private static List<String> urls(List<Expected> list) {
        return list.stream().map(e -> "/" + e.url()).toList();
    }

    /** The render stage announces as many pages as it makes, so a progress display ends at its total. */
    @Test
    void theRenderStagesTotalIsThePagesItMakes(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.settings("page_size: 2\n");
        for (int i = 0; i < 7; i++) {
            f.article("a" + i + ".md", "Body " + i, "title: Story " + i, "date: 2024-0" + (1 + i % 3) + "-1" + i + "T10:00:00Z", "tags: [t" + i % 2 + ", all]");
        }
        Progress progress = new Progress();
        BuildReport report = new Build(new BuildOptions(f.content, dir.resolve("templates"), f.out, dir.resolve("gazette.yaml"), null, false, false, false), progress).run();
        int pages = report.pagesByKind().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(progress.stage()).isEqualTo("render");
        assertThat(progress.total()).isEqualTo(pages);
        assertThat(progress.done()).isEqualTo(pages);
    }
}
