package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings by page number, and newer always to the left, older to the right. */
class PaginationTest {
    @TempDir
    Path tmp;

    @Test
    void aLongListingOffersTheFirstTheLastAndThePagesNearThisOne() {
        Fixture site = new Fixture(tmp);
        site.settings("page_size: 2\n");
        for (int k = 1; k <= 30; k++) site.article("a" + k + ".md", "Body.", "title: Story " + k, String.format("date: 2024-03-%02dT10:00:00Z", 1 + k % 28));
        assertThat(site.build().exit()).isZero();

        Element seventh = site.page("page/7/").selectFirst("nav.pagination");
        assertThat(seventh.select(".pages li").eachText()).containsExactly("1", "…", "5", "6", "7 of 15", "8", "9", "…", "15");
        assertThat(seventh.selectFirst(".pages [aria-current=page]").text()).isEqualTo("7");
        assertThat(seventh.select(".pages a").eachAttr("href")).containsExactly("/", "/page/5/", "/page/6/", "/page/8/", "/page/9/", "/page/15/");
        assertThat(seventh.child(0).text()).as("newer to the left").isEqualTo("← Newer");
        assertThat(seventh.child(seventh.childrenSize() - 1).text()).as("older to the right").isEqualTo("Older →");

        Element first = site.page("").selectFirst("nav.pagination");
        assertThat(first.select(".pages li").eachText()).containsExactly("1 of 15", "2", "3", "…", "15");
        assertThat(first.select("a[rel=prev]")).isEmpty();

        // a long listing offers a jump: the nearest tens, hundreds, thousands, as far as the listing goes
        assertThat(Models.numbers(1, 5000)).containsExactly(1, 2, 3, 0, 10, 0, 20, 0, 30, 0, 100, 0, 200, 0, 300, 0, 1000, 0, 2000, 0, 3000, 0, 5000);
        assertThat(Models.numbers(57, 112)).containsExactly(1, 0, 30, 0, 40, 0, 50, 0, 55, 56, 57, 58, 59, 60, 0, 70, 0, 80, 0, 112);
        assertThat(Models.numbers(7, 15)).as("no jump under 20 pages").containsExactly(1, 0, 5, 6, 7, 8, 9, 0, 15);
        assertThat(Models.numbers(1, 1)).containsExactly(1);
        assertThat(Models.numbers(Integer.MAX_VALUE / 2, Integer.MAX_VALUE - 1)).as("no overflow at the far end").contains(1, Integer.MAX_VALUE - 1);

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
}
