package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headlines at every date level: a month's headlines day by day, a year's days, the same day in other years. */
class DatePagesTest {
    @TempDir
    Path tmp;

    @Test
    void aMonthListsEveryHeadlineDayByDayWithItsWeekdayPageByPage() {
        Fixture site = new Fixture(tmp);
        site.settings("month_page_size: 4\nlanguage: en-GB\n");
        // March 2024: one story on the 1st, six on the 7th (a Thursday), two on the 20th
        site.article("a/1.md", "Body.", "title: One", "date: 2024-03-01T08:00:00Z", "section: Sport");
        for (int k = 1; k <= 6; k++) site.article("a/7-" + k + ".md", "Body.", "title: Seventh " + k, "date: 2024-03-07T0" + k + ":00:00Z");
        site.article("a/20a.md", "Body.", "title: Twentieth A", "date: 2024-03-20T08:00:00Z");
        site.article("a/20b.md", "Body.", "title: Twentieth B", "date: 2024-03-20T09:00:00Z");
        site.article("a/feb.md", "Body.", "title: February", "date: 2024-02-10");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();

        List<String> headlines = new ArrayList<>();
        List<String> days = new ArrayList<>();
        // 9 headlines, 4 a page: page 1 the oldest 4, the month's own address the newest 5
        for (String page : List.of("2024/03/", "2024/03/page/1/")) {
            Document d = site.page(page);
            for (Element day : d.select("section.month-day")) {
                days.add(day.selectFirst("h2 a").text());
                headlines.addAll(day.select(".headlines li > a").eachText());
            }
        }
        assertThat(site.exists("2024/03/page/2/")).isFalse();
        assertThat(headlines).as("every headline of the month, newest first, and none of another month").containsExactly(
                "Twentieth B", "Twentieth A", "Seventh 6", "Seventh 5", "Seventh 4", "Seventh 3", "Seventh 2", "Seventh 1", "One");
        assertThat(days).as("a day cut by a page break heads both pages").containsExactly(
                "Wednesday, 20 March 2024", "Thursday, 7 March 2024", "Thursday, 7 March 2024", "Friday, 1 March 2024");
        Document first = site.page("2024/03/");
        assertThat(first.selectFirst(".page-head .count").text()).isEqualTo("9 articles, page 2");
        assertThat(first.selectFirst("section.month-day h2 a").attr("href")).isEqualTo("/2024/03/20/");
        assertThat(site.page("2024/03/page/1/").select(".headlines .section-name").last().text()).isEqualTo("Sport");

        // the calendar shades each day by its count against the busiest
        assertThat(first.select(".calendar td.has-articles").eachAttr("class"))
                .containsExactly("has-articles level-1", "has-articles level-4", "has-articles level-1");
        // the day itself is named with its weekday, on its page and in its articles' breadcrumbs
        assertThat(site.page("2024/03/07/").selectFirst("h1").text()).isEqualTo("Thursday, 7 March 2024");
        // in a quiet month the busiest day is still the darkest
        assertThat(site.page("2024/02/").select(".calendar td.has-articles").eachAttr("class")).containsExactly("has-articles level-1");
        site.article("a/feb2.md", "Body.", "title: February again", "date: 2024-02-10T12:00:00Z");
        site.article("a/feb3.md", "Body.", "title: February, once", "date: 2024-02-11");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/02/").select(".calendar td.has-articles").eachAttr("class")).containsExactly("has-articles level-4", "has-articles level-1");
        assertThat(site.page("2024/03/07/seventh-1/").select(".breadcrumb a").last().text()).isEqualTo("Thursday, 7 March 2024");
    }

    @Test
    void aDayLinksTheSameDayInTheArchivesOtherYears() {
        Fixture site = new Fixture(tmp);
        site.article("a.md", "Body.", "title: Then", "date: 2022-11-04");
        site.article("b.md", "Body.", "title: Now", "date: 2024-11-04");
        site.article("c.md", "Body.", "title: Between", "date: 2023-11-05");
        site.article("d.md", "Body.", "title: Later", "date: 2025-11-04");
        assertThat(site.build().exit()).isZero();
        Element nav = site.page("2024/11/04/").selectFirst("nav.on-this-day");
        assertThat(nav.select("a").eachText()).containsExactly("2025", "2022");
        assertThat(nav.select("a").eachAttr("href")).containsExactly("/2025/11/04/", "/2022/11/04/");
        assertThat(site.page("2023/11/05/").select("nav.on-this-day")).as("no other year has the 5th").isEmpty();
    }

    @Test
    void everyDatePageAndTheFrontPageCanGoToAnyYearAndToTheMonthsOfItsOwn() {
        Fixture site = new Fixture(tmp);
        site.settings("language: en-GB\n");
        site.article("a.md", "Body.", "title: Old", "date: 2022-01-15");
        site.article("b.md", "Body.", "title: March", "date: 2024-03-07");
        site.article("c.md", "Body.", "title: September", "date: 2024-09-02");
        site.article("d.md", "Body.", "title: New", "date: 2025-06-01");
        assertThat(site.build().exit()).isZero();

        // a day page: every year, and the months of its own year, its month marked as where the reader is
        Element jump = site.page("2024/03/07/").selectFirst("nav.date-jump");
        Element years = jump.select(".jump-row ol").get(0);
        assertThat(years.select("a").eachText()).containsExactly("2025", "2024", "2022");
        assertThat(years.select("a").eachAttr("href")).containsExactly("/2025/", "/2024/", "/2022/");
        assertThat(years.select("a[aria-current]").eachText()).containsExactly("2024");
        Element months = jump.select(".jump-row ol").get(1);
        assertThat(months.select("li")).hasSize(12);
        assertThat(months.select("a").eachText()).as("a month's year is heard, not seen").containsExactly("Mar 2024", "Sept 2024");
        assertThat(months.select("a .visually-hidden").eachText()).containsExactly("2024", "2024");
        assertThat(months.select("a").eachAttr("href")).containsExactly("/2024/03/", "/2024/09/");
        assertThat(months.select("a[aria-current]").eachAttr("aria-current")).as("the day is within its month").containsExactly("true");
        assertThat(months.select(".none").eachText()).hasSize(10).startsWith("Jan 2024", "Feb 2024", "Apr 2024");

        // the month page is its own month's link; the year page shows only the years (its calendars are its months)
        assertThat(site.page("2024/09/").select("nav.date-jump a[aria-current=page]").eachText()).containsExactly("Sept 2024");
        Element onYear = site.page("2022/").selectFirst("nav.date-jump");
        assertThat(onYear.select(".jump-row")).hasSize(1);
        assertThat(onYear.select("a[aria-current=page]").eachAttr("href")).containsExactly("/2022/");

        // the front page leads into the archive: every year and the latest year's months, nothing marked
        Element front = site.page("").selectFirst("nav.date-jump");
        assertThat(front.select(".jump-row ol").get(1).select("a").eachAttr("href")).containsExactly("/2025/06/");
        assertThat(front.select("[aria-current]")).isEmpty();
    }
}
