package gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveTest {
    static Article article(String file, String when, String slug, String... tags) {
        return new Article(file, Article.Format.MARKDOWN, "T " + file, Instant.parse(when), true, slug, List.of(tags),
                List.of(), null, null, null, null, false, Map.of());
    }

    @Test
    void sortsNewestFirstAndGroupsDaysMonthsYearsAsRanges() {
        Archive a = Archive.of(List.of(
                article("a.md", "2023-12-31T23:30:00Z", "a"),
                article("b.md", "2024-01-01T08:00:00Z", "b"),
                article("c.md", "2024-01-01T09:00:00Z", "c"),
                article("d.md", "2024-02-10T09:00:00Z", "d")), ZoneId.of("UTC"));
        assertThat(a.articles()).extracting(Article::file).containsExactly("d.md", "c.md", "b.md", "a.md");
        assertThat(a.days()).extracting(DayPage::date).containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(a.days().get(1)).isEqualTo(new DayPage(LocalDate.of(2024, 1, 1), 1, 3));
        assertThat(a.months()).extracting(MonthPage::path).containsExactly("2024/02/", "2024/01/", "2023/12/");
        assertThat(a.years()).extracting(YearPage::year).containsExactly(2024, 2023);
        assertThat(a.years().get(0).count()).isEqualTo(3);
    }

    @Test
    void theDayDependsOnTheSiteTimeZone() {
        Archive a = Archive.of(List.of(article("a.md", "2023-12-31T23:30:00Z", "a")), ZoneId.of("Europe/Berlin"));
        assertThat(a.permalink(0).path()).isEqualTo("2024/01/01/a/");
    }

    @Test
    void eachArticleInItsOwnZoneAndEachDayOneRun() {
        // published in that order, but Tokyo's is July 2 where it was printed
        Article london = article("london.md", "2012-07-01T23:58:00Z", "london");
        Article tokyo = new Article("tokyo.txt", Article.Format.TEXT, "tokyo", Instant.parse("2012-07-01T23:55:00Z"), true,
                java.time.ZoneOffset.ofHours(9), "tokyo", List.of(), List.of(), null, null, null, null, false, Map.of(), 0);
        Article early = article("early.md", "2012-07-01T08:00:00Z", "early");
        Archive a = Archive.of(List.of(london, early, tokyo), x -> x.offset() != null ? x.offset() : ZoneId.of("UTC"));
        assertThat(a.articles()).containsExactly(tokyo, london, early);
        assertThat(a.days()).extracting(DayPage::date).containsExactly(java.time.LocalDate.of(2012, 7, 2), java.time.LocalDate.of(2012, 7, 1));
        assertThat(a.days().get(1).count()).isEqualTo(2);
        assertThat(a.permalink(0).path()).isEqualTo("2012/07/02/tokyo/");
    }

    @Test
    void aPluralAndItsSingularAreOneTagAtTheSingularsAddress() {
        Archive a = Archive.of(List.of(
                article("1.md", "2024-01-01T00:00:00Z", "one", "Tories"),
                article("2.md", "2024-01-02T00:00:00Z", "two", "Tory", "Elections"),
                article("3.md", "2024-01-03T00:00:00Z", "three", "Tories", "Paris"),
                article("4.md", "2024-01-04T00:00:00Z", "four", "Tory", "Tories")), ZoneId.of("UTC"));
        assertThat(a.tags()).extracting(t -> t.tag().name() + " " + t.tag().slug() + " " + t.count())
                .containsExactly("Elections elections 1", "Paris paris 1", "Tories tory 4");
    }

    @Test
    void sameSlugOnTheSameDayGetsANumberAndTheEarliestKeepsIt() {
        Archive a = Archive.of(List.of(
                article("late.md", "2024-03-07T21:00:00Z", "council-meeting"),
                article("early.md", "2024-03-07T09:00:00Z", "council-meeting"),
                article("taken.md", "2024-03-07T10:00:00Z", "council-meeting-2"),
                article("other-day.md", "2024-03-08T09:00:00Z", "council-meeting")), ZoneId.of("UTC"));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) paths.add(a.article(i).file() + " " + a.permalink(i).path());
        assertThat(paths).containsExactly(
                "other-day.md 2024/03/08/council-meeting/",
                "late.md 2024/03/07/council-meeting-3/",
                "taken.md 2024/03/07/council-meeting-2/",
                "early.md 2024/03/07/council-meeting/");
    }

    @Test
    void tagsMergeSpellingsAndListArticlesNewestFirst() {
        Archive a = Archive.of(List.of(
                article("1.md", "2024-01-01T00:00:00Z", "one", "Economy"),
                article("2.md", "2024-01-02T00:00:00Z", "two", "economy", "Port"),
                article("3.md", "2024-01-03T00:00:00Z", "three", "economy", "ECONOMY")), ZoneId.of("UTC"));
        assertThat(a.tags()).extracting(t -> t.tag().name()).containsExactly("economy", "Port");
        TagPage economy = a.tags().get(0);
        assertThat(economy.tag().slug()).isEqualTo("economy");
        assertThat(economy.articles()).containsExactly(0, 1, 2);
        assertThat(a.tagsOf(0)).extracting(t -> t.tag().slug()).containsExactly("economy");
        assertThat(a.tagsOf(1)).extracting(t -> t.tag().slug()).containsExactly("economy", "port");
    }

    @Test
    void aTagWithoutLettersStillGetsASafeSlug() {
        Archive a = Archive.of(List.of(article("1.md", "2024-01-01T00:00:00Z", "one", "!!!", "???")), ZoneId.of("UTC"));
        assertThat(a.tags()).extracting(t -> t.tag().slug()).allMatch(s -> s.matches("tag-[0-9a-f]+")).doesNotHaveDuplicates();
    }

    @Test
    void paginationIsArithmeticAndNumberedFromTheOldest() {
        // 45 newest first, 20 a page: page 1 holds the oldest 20, the listing's own address the newest 25
        Pagination p = new Pagination("tags/x/", 45, 20);
        assertThat(p.pages()).isEqualTo(2);
        assertThat(p.first(1)).isZero();
        assertThat(p.last(1)).isEqualTo(25);
        assertThat(p.path(1)).isEqualTo("tags/x/");
        assertThat(p.number(2)).isEqualTo(1);
        assertThat(p.first(2)).isEqualTo(25);
        assertThat(p.last(2)).isEqualTo(45);
        assertThat(p.path(2)).isEqualTo("tags/x/page/1/");
        // one more fills no page: page 1 keeps the same 20 (positions 26 to 45 now)
        Pagination q = new Pagination("tags/x/", 46, 20);
        assertThat(q.pages()).isEqualTo(2);
        assertThat(q.last(1)).isEqualTo(26);
        assertThat(q.last(2) - q.first(2)).isEqualTo(20);
        assertThat(new Pagination("tags/x/", 60, 20).pages()).isEqualTo(3);
        assertThat(new Pagination("", 0, 20).pages()).isEqualTo(1);
        assertThat(new Pagination("", 19, 20).last(1)).isEqualTo(19);
    }
}
