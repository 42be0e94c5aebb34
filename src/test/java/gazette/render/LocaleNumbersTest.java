package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts a reader sees (here in en-GB, then fr) are written as the site's language writes numbers; numbers in addresses and attributes stay plain. */
@Tag("slow") // two builds of a thousand articles
class LocaleNumbersTest {
    @TempDir
    Path tmp;

    @Test
    void countsHaveTheLanguagesThousandsSeparator() {
        Fixture site = new Fixture(tmp);
        site.settings("language: en-GB\npage_size: 1\nmonth_page_size: 1\n");
        for (int k = 0; k < 1001; k++) {
            site.article(String.format("a%04d.md", k), "Body.", "title: Report " + k, String.format("date: 2024-03-07T%02d:%02d:00Z", k / 60 % 24, k % 60),
                    "tags: [harbour]");
        }
        assertThat(site.build().exit()).isZero();
        Document day = site.page("2024/03/07/");
        assertThat(day.selectFirst(".page-head .count").text()).isEqualTo("1,001 articles");
        assertThat(site.page("archive/").selectFirst(".archive-year h2 .n").text()).isEqualTo("1,001");
        assertThat(site.page("tags/").selectFirst("#tag-index li .n").text()).isEqualTo("1,001");
        assertThat(site.page("tags/harbour/").selectFirst(".count").text()).startsWith("1,001 articles");
        assertThat(site.page("2024/03/").selectFirst(".page-head .count").text()).isEqualTo("1,001 articles, page 1,001");
        // numbered from the oldest: the day's own page is page 1,001, as the language writes it; the next older's address plain
        assertThat(day.selectFirst(".pagination .pages [aria-current=page]").text()).isEqualTo("1,001");
        assertThat(day.select(".pagination .pages a").first().text()).isEqualTo("1,000");
        assertThat(day.select(".pagination .pages a").first().attr("href")).isEqualTo("/2024/03/07/page/1000/");
        assertThat(site.page("page/1000/").title()).startsWith("Latest (page 1,000)");

        site.settings("language: fr\npage_size: 1\nmonth_page_size: 1\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/03/07/").selectFirst(".page-head .count").text()).isEqualTo("1\u202f001 articles");
    }
}
