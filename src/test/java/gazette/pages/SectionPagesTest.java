package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import gazette.testing.Fixture;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections through a whole build: fronts, labels, the masthead, feeds and the article's metadata. */
class SectionPagesTest {
    @TempDir
    Path tmp;

    private Fixture site;

    @BeforeEach
    void archive() {
        site = new Fixture(tmp);
        site.settings("base_url: https://example.org/\npage_size: 2\nsection_nav: 2\n");
        for (int d = 1; d <= 5; d++) site.article("sport/s" + d + ".md", "Match " + d + ".", "title: Match " + d, "date: 2024-03-0" + d);
        for (int d = 1; d <= 3; d++) site.article("business/b" + d + ".md", "Rates " + d + ".", "title: Rates " + d, "date: 2024-03-0" + d + "T12:00:00Z");
        site.article("business/view.md", "A view.", "title: A view on rates", "date: 2024-03-04", "section: Opinion");
    }

    @Test
    void aSectionsFrontListsExactlyItsArticlesNewestFirstPageByPage() {
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 section, 1 sections").contains("feeds:  4 (the site's, 3 sections' and 0 tags')");
        List<String> sport = new ArrayList<>();
        // five, two a page: page 1 the oldest two, the front the newest three
        for (String page : List.of("sections/sport/", "sections/sport/page/1/")) {
            Document d = site.page(page);
            sport.addAll(d.select(".articles .teaser h2 a").eachText());
            assertThat(d.select(".articles .kicker")).as("no label saying the section on its own front").isEmpty();
        }
        assertThat(sport).containsExactly("Match 5", "Match 4", "Match 3", "Match 2", "Match 1");
        assertThat(site.exists("sections/sport/page/2/")).isFalse();
        Document front = site.page("sections/sport/");
        assertThat(front.selectFirst("h1").text()).isEqualTo("Sport");
        assertThat(front.selectFirst(".page-head .count").text()).startsWith("5 articles");

        List<String> business = new ArrayList<>();
        business.addAll(site.page("sections/business/").select(".teaser h2 a").eachText());
        assertThat(business).as("the front matter's section wins over the folder").containsExactly("Rates 3", "Rates 2", "Rates 1");
        assertThat(site.page("sections/opinion/").select(".teaser h2 a").eachText()).containsExactly("A view on rates");

        // every section, largest first
        Document index = site.page("sections/");
        assertThat(index.select(".section-index li a").eachText()).containsExactly("Sport", "Business", "Opinion");
        assertThat(index.select(".section-index li .n").eachText()).containsExactly("5 articles", "3 articles", "1 article");
    }

    @Test
    void everyStoryCarriesItsSectionAndTheMastheadLinksTheLargest() throws Exception {
        assertThat(site.build().exit()).isZero();
        Document home = site.page("");
        Element first = home.selectFirst(".articles .teaser");
        assertThat(first.selectFirst(".kicker a").text()).isEqualTo("Sport");
        assertThat(first.selectFirst(".kicker a").attr("href")).isEqualTo("/sections/sport/");
        assertThat(home.select("nav.sections a").eachText()).as("section_nav: 2").containsExactly("Sport", "Business", "All sections");
        // the front page runs the latest of each section, largest first
        assertThat(home.select(".front-sections .section-block h3 a").eachText()).containsExactly("Sport", "Business", "Opinion");
        assertThat(home.select(".front-sections .section-block").first().select(".headlines a").eachText())
                .containsExactly("Match 5", "Match 4", "Match 3", "Match 2");
        assertThat(site.page("page/1/").select(".front-sections")).as("the front page only").isEmpty();
        assertThat(home.select("nav.sections a[aria-current]")).isEmpty();
        assertThat(site.page("sections/sport/page/1/").selectFirst("nav.sections a[aria-current]").text()).isEqualTo("Sport");
        assertThat(site.page("sections/sport/").selectFirst("nav.sections a[aria-current=page]").text()).isEqualTo("Sport");
        assertThat(site.page("sections/").selectFirst("nav.sections a[aria-current=page]").text()).isEqualTo("All sections");
        assertThat(home.selectFirst("nav[aria-label=Site]")).as("the site's own navigation is not called sections").isNotNull();

        Document story = site.page("2024/03/04/a-view-on-rates/");
        assertThat(story.selectFirst(".story header .kicker a").text()).isEqualTo("Opinion");
        assertThat(story.selectFirst("meta[property=article:section]").attr("content")).isEqualTo("Opinion");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(story.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("articleSection").asText()).isEqualTo("Opinion");
        Document match = site.page("2024/03/05/match-5/");
        assertThat(match.selectFirst(".story header .kicker a").text()).as("a folder's section").isEqualTo("Sport");
        assertThat(match.selectFirst("nav.sections a[aria-current=true]").text()).isEqualTo("Sport");
        assertThat(match.select(".colophon a").eachText()).contains("Sections");
    }

    @Test
    void anArticleLeadsToTheNextInItsSectionAndADayIsLaidOutBySection() {
        site.article("weather.md", "Rain.", "title: Rain again", "date: 2024-03-03T15:00:00Z");
        site.settings("base_url: https://example.org/\npage_size: 2\nsections: folders\n");
        assertThat(site.build().exit()).isZero();
        Document match = site.page("2024/03/03/match-3/");
        Element inSection = match.selectFirst("nav.prev-next.in-section");
        assertThat(inSection.attr("aria-label")).isEqualTo("Newer and older in Sport");
        assertThat(inSection.selectFirst("a[rel=prev]").text()).isEqualTo("Older in Sport Match 2");
        assertThat(inSection.selectFirst("a[rel=next]").text()).isEqualTo("Newer in Sport Match 4");
        assertThat(match.selectFirst("nav.prev-next:not(.in-section) a[rel=next]").text()).as("by date, whatever the section")
                .isEqualTo("Newer Rates 3");
        assertThat(site.page("2024/03/05/match-5/").select("nav.in-section a[rel=next]")).as("the newest of its section").isEmpty();
        assertThat(site.page("2024/03/03/rain-again/").select("nav.in-section")).as("in no section").isEmpty();

        // the third of March: Rain (in none, 15:00), Rates 3 (Business, 12:00), Match 3 (Sport); two to a page, so one page of three
        List<String> groups = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (String page : List.of("2024/03/03/")) {
            Document day = site.page(page);
            for (Element g : day.select("section.day-section")) {
                groups.add(g.selectFirst("h2").text());
                headlines.addAll(g.select(".teaser h3 a").eachText());
                assertThat(g.select(".kicker")).isEmpty();
            }
        }
        assertThat(groups).as("the largest section first, those in none last").containsExactly("Sport", "Business", "Other");
        assertThat(headlines).containsExactly("Match 3", "Rates 3", "Rain again");
        assertThat(site.page("2024/03/03/").selectFirst("section.day-section h2 a").attr("href")).isEqualTo("/sections/sport/");
    }

    @Test
    void eachSectionHasAFeedOfItsLatestArticles() throws Exception {
        assertThat(site.build().exit()).isZero();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.file("sections/sport/feed.xml")));
        assertThat(feed.getTitle()).isEqualTo("Sport · Gazette");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Match 5", "Match 4", "Match 3", "Match 2", "Match 1");
        assertThat(site.page("sections/sport/").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("https://example.org/sections/sport/feed.xml");
    }

    @Test
    void aDateLayoutHasNoSectionsAndSettingsAreChecked() {
        Fixture dated = new Fixture(tmp.resolve("dated"));
        dated.article("2024/03/a.md", "Body.", "title: A", "date: 2024-03-07");
        dated.article("2024/03/b.md", "Body.", "title: B", "date: 2024-03-06");
        assertThat(dated.build().exit()).isZero();
        assertThat(dated.exists("sections/")).isFalse();
        assertThat(dated.page("").select("nav.sections, .kicker")).isEmpty();

        site.settings("sections: maybe\n");
        Fixture.Run bad = site.build();
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith(tmp.resolve("gazette.yaml") + ":1: sections: must be 'auto'");
        site.settings("sections: front_matter\nsection_nav: 31\n");
        assertThat(site.build().err()).startsWith(tmp.resolve("gazette.yaml") + ":1: section_nav: must be a whole number from 0 to 30, not '31'");
        site.settings("sections: front_matter\nsection_nav: 0\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("").select("nav.sections a").eachText()).as("section_nav: 0").containsExactly("All sections");
        assertThat(site.exists("sections/sport/")).as("folders are not sections").isFalse();
        assertThat(site.exists("sections/opinion/")).isTrue();
    }
}
