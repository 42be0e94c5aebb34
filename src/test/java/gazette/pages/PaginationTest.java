package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings numbered from the oldest page, newer always to the left, older to the right. */
class PaginationTest {
    @TempDir
    Path tmp;

    private static Fixture thirtyStories(Path dir) {
        Fixture site = new Fixture(dir);
        site.settings("page_size: 2\n");
        for (int k = 1; k <= 30; k++) {
            site.article("a" + k + ".md", "Body.", "title: Story " + k, String.format("date: 2024-03-%02dT10:%02d:00Z", 1 + k % 28, k), "tags: [Budget]");
        }
        return site;
    }

    @Test
    void aLongListingOffersTheNewestTheOldestAndThePagesNearThisOne() {
        Fixture site = thirtyStories(tmp);
        assertThat(site.build().exit()).isZero();

        // 30 stories, 2 a page: page 1 (the oldest) to 14 at page/N/, and the newest, 15, at the listing's own address
        assertThat(site.exists("page/1/")).isTrue();
        assertThat(site.exists("page/14/")).isTrue();
        assertThat(site.exists("page/15/")).as("the newest page is the listing itself").isFalse();

        Element seventh = site.page("page/7/").selectFirst("nav.pagination");
        assertThat(seventh.select(".pages li").eachText()).containsExactly("Latest page", "…", "9", "8", "7", "6", "5", "…", "1");
        assertThat(seventh.selectFirst(".pages [aria-current=page]").text()).isEqualTo("7");
        assertThat(seventh.select(".pages a").eachAttr("href")).containsExactly("/", "/page/9/", "/page/8/", "/page/6/", "/page/5/", "/page/1/");
        assertThat(seventh.child(0).text()).as("newer to the left").isEqualTo("← Newer");
        assertThat(seventh.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/page/8/");
        assertThat(seventh.child(seventh.childrenSize() - 1).text()).as("older to the right").isEqualTo("Older →");
        assertThat(seventh.selectFirst("a[rel=next]").attr("href")).isEqualTo("/page/6/");

        Element newest = site.page("").selectFirst("nav.pagination");
        assertThat(newest.select(".pages li").eachText()).containsExactly("15", "14", "13", "…", "1");
        assertThat(newest.select("a[rel=prev]")).isEmpty();
        assertThat(site.page("page/14/").select("nav.pagination .pages a").eachAttr("href")).as("the page below the newest links it by its number")
                .containsExactly("/", "/page/13/", "/page/12/", "/page/1/");
        assertThat(site.page("page/1/").select(".articles h2").eachText()).as("page 1 holds the oldest, newest first").containsExactly("Story 1", "Story 28");
        assertThat(site.page("page/1/").select("nav.pagination a[rel=next]")).isEmpty();

        // the title says the page's number; the count stands on the newest page, an older one says its dates
        assertThat(site.page("tags/budget/page/1/").title()).startsWith("Budget (page 1)");
        assertThat(site.page("tags/budget/page/1/").selectFirst(".page-head .count").text()).startsWith("Page 1 · March 1, 2024 – March 2, 2024");
        assertThat(site.page("tags/budget/").selectFirst(".page-head .count").text()).startsWith("30 articles");

        // a long listing offers a jump back: the nearest tens, hundreds, thousands below this page
        assertThat(Pagers.numbers(5000, 5000)).containsExactly(5000, 4999, 4998, 0, 4990, 0, 4980, 0, 4970, 0, 4900, 0, 4800, 0, 4700, 0,
                4000, 0, 3000, 0, 2000, 0, 1);
        assertThat(Pagers.numbers(57, 112)).containsExactly(59, 58, 57, 56, 55, 0, 50, 0, 40, 0, 30, 0, 1);
        assertThat(Pagers.numbers(7, 15)).as("no jump under 20 pages").containsExactly(9, 8, 7, 6, 5, 0, 1);
        assertThat(Pagers.numbers(1, 1)).containsExactly(1);
        assertThat(Pagers.numbers(Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1)).as("no overflow at the far end").contains(1, Integer.MAX_VALUE - 1);

        // the date pages and an article's neighbours follow the same rule
        Document day = site.page("2024/03/10/");
        Element nav = day.selectFirst("nav.day-nav");
        assertThat(nav.child(0).attr("href")).as("the newer day, left").isEqualTo("/2024/03/11/");
        assertThat(nav.child(0).text()).startsWith("←");
        assertThat(nav.child(1).attr("href")).as("the older day, right").isEqualTo("/2024/03/09/");
        Element around = site.page("2024/03/10/story-9/").selectFirst("nav.prev-next");
        assertThat(around.child(0).text()).startsWith("Newer");
        assertThat(around.child(1).text()).startsWith("Older");
    }

    @Test
    void aNewStoryRewritesTheNewestPageOfEachListingNotTheOnesBelow() {
        Fixture site = thirtyStories(tmp);
        assertThat(site.build().exit()).isZero();
        Map<String, String> before = listingPages(site);

        site.article("a31.md", "Body.", "title: Story 31", "date: 2024-03-30T10:00:00Z", "tags: [Budget]");
        assertThat(site.build().exit()).isZero();
        Map<String, String> after = listingPages(site);
        assertThat(changed(before, after)).as("the newest page of the home listing and of the tag, nothing below").containsExactly("", "tags/budget/");
        assertThat(site.page("").select(".articles h2").eachText()).containsExactly("Story 31", "Story 27", "Story 26");

        // the 32nd fills a page: it becomes page 15, the two below it link it by its number, and the third below
        // marks the pages now between it and the newest
        site.article("a32.md", "Body.", "title: Story 32", "date: 2024-03-31T10:00:00Z", "tags: [Budget]");
        assertThat(site.build().exit()).isZero();
        assertThat(changed(after, listingPages(site))).containsExactly("", "page/12/", "page/13/", "page/14/", "page/15/",
                "tags/budget/", "tags/budget/page/12/", "tags/budget/page/13/", "tags/budget/page/14/", "tags/budget/page/15/");
        assertThat(site.page("page/15/").select(".articles h2").eachText()).containsExactly("Story 27", "Story 26");
        assertThat(site.page("").select(".articles h2").eachText()).containsExactly("Story 32", "Story 31");
    }

    @Test
    void aDaysAndAMonthsOlderPagesStayAsTheyWereWhenTheDayGrows() {
        Fixture site = new Fixture(tmp);
        site.settings("page_size: 2\nmonth_page_size: 3\n");
        // twelve stories on one day in three sections, an hour apart
        for (int k = 1; k <= 12; k++) {
            site.article("d" + k + ".md", "Body.", "title: Story " + k, String.format("date: 2024-03-07T%02d:00:00Z", k), "section: " + "ABC".charAt(k % 3));
        }
        assertThat(site.build().exit()).isZero();
        // the day's pages in its order, each page's stories by section: page 1 the two earliest
        assertThat(site.page("2024/03/07/page/1/").select(".articles h3").eachText()).containsExactlyInAnyOrder("Story 1", "Story 2");
        assertThat(site.page("2024/03/07/page/1/").selectFirst(".page-head .count").text()).isEqualTo("Page 1");
        assertThat(site.page("2024/03/07/").selectFirst(".page-head .count").text()).isEqualTo("12 articles");
        // a month's older page: no calendar and no counts, which change as the month grows; the days it spans
        assertThat(site.page("2024/03/page/1/").select("table.calendar")).isEmpty();
        assertThat(site.page("2024/03/page/1/").selectFirst(".page-head .count").text()).isEqualTo("Page 1 · Thursday, March 7, 2024 – Thursday, March 7, 2024");
        assertThat(site.page("2024/03/").select("table.calendar")).hasSize(1);
        Map<String, String> before = datePages(site);

        site.article("d13.md", "Body.", "title: Story 13", "date: 2024-03-07T13:00:00Z", "section: A");
        assertThat(site.build().exit()).isZero();
        assertThat(changed(before, datePages(site))).as("the day's and the month's own pages, no older one").containsExactly("2024/03/", "2024/03/07/");
    }

    /** The day's and the month's listing pages, by path, with their bytes. */
    private static Map<String, String> datePages(Fixture site) {
        Map<String, String> pages = new TreeMap<>();
        Fixture.snapshot(site.out).forEach((path, bytes) -> {
            if (path.matches("2024/03/(07/)?(page/\\d+/)?index.html")) pages.put(path.substring(0, path.length() - "index.html".length()), bytes);
        });
        return pages;
    }

    /** The home and tag listings' pages, by path, with their bytes. */
    private static Map<String, String> listingPages(Fixture site) {
        Map<String, String> pages = new TreeMap<>();
        Fixture.snapshot(site.out).forEach((path, bytes) -> {
            String dir = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : null;
            if (dir != null && (dir.isEmpty() || dir.startsWith("page/") || dir.startsWith("tags/budget/"))) pages.put(dir, bytes);
        });
        return pages;
    }

    private static java.util.List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
    }
}
