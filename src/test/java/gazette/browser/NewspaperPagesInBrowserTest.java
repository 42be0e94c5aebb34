package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.pictures.TestPictures;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages that make the archive read like a newspaper's, in Chromium at a phone's width (390 px)
 * and a laptop's (1366 px): section fronts, a month's headlines, a year's calendars, the
 * go-to-date control, the front page's top story with its picture, and the reading column.
 */
@Tag("browser") // drives Chromium
class NewspaperPagesInBrowserTest {
    @TempDir
    static Path tmp;
    static BrowserSite site;
    static StaticSite server;
    static Chromium browser;
    static String root;

    @BeforeAll
    static void build() throws Exception {
        BrowserSite.assumeChromium();
        Fixture f = new Fixture(tmp);
        f.settings("title: The Test Gazette\nlanguage: en-GB\npage_size: 5\ntimezone: UTC\nsections: folders\n");
        // a story a day through March 2024, turn about in three sections; and one in each of 2023's last months
        String[] sections = {"city", "harbour", "sport"};
        for (int d = 1; d <= 30; d++) {
            f.article(String.format("%s/m%02d.md", sections[d % 3], d), "The story of day " + d + ".", "title: March story " + d,
                    String.format("date: 2024-03-%02dT09:00:00Z", d));
        }
        f.article("city/dec.md", "December.", "title: December story", "date: 2023-12-04T09:00:00Z");
        f.article("sport/nov.md", "November.", "title: November story", "date: 2023-11-04T09:00:00Z");
        // the newest: the top story, with its picture, and a body long enough to measure its lines
        String paragraph = "The harbour board met on Thursday evening to settle the future of the old fish market, a question that has "
                + "divided the town for a decade and filled the letters page of this paper for most of it. ";
        f.article("harbour/market.md", (paragraph.repeat(4) + "\n\n").repeat(3) + "A well-known trader spoke.", "title: Board settles the fish market's future",
                "date: 2024-03-31T09:00:00Z", "image: market.jpg", "caption: The old fish market at dawn");
        TestPictures.jpeg(f.content.resolve("harbour/market.jpg"), TestPictures.photo(2400, 1600), false);
        site = BrowserSite.of(f);
        server = site.server;
        browser = site.browser;
        root = site.root();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    void open(int width, String path) throws Exception {
        browser.viewport(width, 900, false);
        browser.open(root + path);
        assertThat(browser.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                .as("no sideways scrolling on /%s at %d px", path, width).isTrue();
    }

    List<String> texts(String selector) throws Exception {
        List<String> out = new ArrayList<>();
        browser.eval("Array.from(document.querySelectorAll(" + ReaderTest.js(selector) + ")).map(e => e.textContent.trim())").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The smallest width or height of the elements matched: a finger needs 24 px. */
    double smallestTarget(String selector) throws Exception {
        return browser.eval("Math.min(...Array.from(document.querySelectorAll(" + ReaderTest.js(selector)
                + ")).map(e => Math.min(e.getBoundingClientRect().width, e.getBoundingClientRect().height)))").asDouble();
    }

    JsonNode box(String selector) throws Exception {
        return browser.eval("(r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}))(document.querySelector("
                + ReaderTest.js(selector) + ").getBoundingClientRect())");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void aSectionFrontListsItsStoriesNewestFirstInNumberedPages(int width) throws Exception {
        open(width, "sections/harbour/");
        assertThat(texts("h1")).containsExactly("Harbour");
        // eleven stories, five a page, numbered from the oldest: page 1 the oldest five, the front (page 2) the newest six
        assertThat(texts(".teaser h2 a")).containsExactly("Board settles the fish market's future", "March story 28", "March story 25",
                "March story 22", "March story 19", "March story 16");
        assertThat(texts(".masthead nav.sections a[aria-current=page]")).containsExactly("Harbour");
        // the numbers of both pages, newest first, the current one unlinked
        assertThat(texts(".pagination .pages li")).containsExactly("2", "1");
        assertThat(texts(".pagination .pages [aria-current=page]")).containsExactly("2");
        assertThat(smallestTarget(".pagination a")).isGreaterThanOrEqualTo(24);
        browser.open(root + "sections/harbour/page/1/");
        assertThat(texts(".teaser h2 a")).hasSize(5).last().isEqualTo("March story 1");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void aMonthShowsItsCalendarThenEveryHeadlineDayByDay(int width) throws Exception {
        open(width, "2024/03/");
        assertThat(texts(".month-day h2 a")).hasSize(31).startsWith("Sunday, 31 March 2024", "Saturday, 30 March 2024")
                .endsWith("Friday, 1 March 2024");
        assertThat(texts(".month-day .headlines li > a")).hasSize(31).contains("March story 1", "March story 30");
        // each headline carries its section's name
        assertThat(texts(".month-day .section-name")).hasSize(31).containsOnly("City", "Harbour", "Sport");
        JsonNode calendar = box(".calendar");
        assertThat(calendar.get("width").asDouble()).isGreaterThan(300).isLessThanOrEqualTo(width);
        assertThat(calendar.get("bottom").asDouble()).as("the calendar stands above the headlines")
                .isLessThanOrEqualTo(box(".month-day").get("top").asDouble());
        assertThat(smallestTarget(".calendar a")).isGreaterThanOrEqualTo(24);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void aYearIsTwelveSmallCalendarsSideBySideOnAWideScreen(int width) throws Exception {
        open(width, "2023/");
        assertThat(texts(".mini-month")).hasSize(12);
        assertThat(texts(".mini-month h2 a")).containsExactly("November", "December");
        assertThat(smallestTarget(".mini-calendar a")).isGreaterThanOrEqualTo(24);
        // months in a row: at least three on a laptop, and the phone's screen is not wasted on one narrow column
        int inFirstRow = browser.eval("(ms => ms.filter(m => m.getBoundingClientRect().top === ms[0].getBoundingClientRect().top).length)"
                + "(Array.from(document.querySelectorAll('.mini-month')))").asInt();
        assertThat(inFirstRow).isGreaterThanOrEqualTo(width > 1000 ? 3 : 1);
        assertThat(box(".mini-month").get("width").asDouble()).isGreaterThan(width > 1000 ? 200 : 300);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void theGoToDateControlReachesEveryYearAndTheMonthsOfThisOne(int width) throws Exception {
        open(width, "2024/03/07/");
        assertThat(texts(".date-jump .jump-row:first-of-type a")).containsExactly("2024", "2023");
        assertThat(texts(".date-jump .jump-row:nth-of-type(2) a")).containsExactly("Mar 2024");
        assertThat(smallestTarget(".date-jump a")).isGreaterThanOrEqualTo(24);
        // it is links: following one is all it takes, no script
        String href = browser.text("document.querySelector('.date-jump a[href$=\"/2023/\"]').href");
        browser.open(href);
        assertThat(texts("h1")).containsExactly("2023");
        assertThat(texts(".date-jump a[aria-current=page]")).containsExactly("2023");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void theTopStorysPictureRunsAcrossAPhoneAndBesideTheHeadlineOnALaptop(int width) throws Exception {
        open(width, "");
        browser.waitFor("document.querySelector('.lead-picture img').complete", ReaderTest.WAIT);
        JsonNode picture = box(".lead-picture img");
        JsonNode headline = box(".lead .teaser:first-child h2");
        if (width > 1000) {
            assertThat(picture.get("left").asDouble()).as("beside the headline").isGreaterThan(headline.get("right").asDouble());
            assertThat(picture.get("top").asDouble()).isLessThan(headline.get("bottom").asDouble());
            assertThat(picture.get("width").asDouble()).isGreaterThan(450);
        } else {
            assertThat(picture.get("bottom").asDouble()).as("above the headline").isLessThanOrEqualTo(headline.get("top").asDouble());
            assertThat(picture.get("width").asDouble()).isGreaterThan(width - 60);
        }
        // a picture wide enough to be sharp: the browser took a derivative at least as wide as it is shown
        double shown = picture.get("width").asDouble();
        int taken = browser.eval("(i => { const img = new Image(); img.src = i.currentSrc; return img.decode().then(() => img.naturalWidth); })"
                + "(document.querySelector('.lead-picture img'))").asInt();
        assertThat(taken).isGreaterThanOrEqualTo((int) Math.min(shown, 1600));
    }

    @Test
    void aPhraseWithAHyphenFindsTheWordsWithOrWithoutIt() throws Exception {
        for (String phrase : List.of("\"well known trader\"", "\"well-known trader\"", "\"wellknown trader\"")) {
            open(1366, "search/?q=" + java.net.URLEncoder.encode(phrase, java.nio.charset.StandardCharsets.UTF_8));
            browser.waitFor("(s => s.startsWith('1 ') || s.startsWith('No '))(document.getElementById('search-status').textContent)", ReaderTest.WAIT);
            assertThat(texts("#search-results > li h2")).as(phrase).containsExactly("Board settles the fish market's future");
        }
        open(1366, "search/?q=" + java.net.URLEncoder.encode("\"known well\"", java.nio.charset.StandardCharsets.UTF_8));
        browser.waitFor("document.getElementById('search-status').textContent.startsWith('No ')", ReaderTest.WAIT);
    }

    /** Characters per line of the story's first paragraph, its last (short) line left out. */
    double charactersPerLine() throws Exception {
        return browser.eval("""
                (p => {
                  const text = p.firstChild, lines = new Map(), r = document.createRange();
                  for (let k = 0; k < text.length; k++) {
                    r.setStart(text, k); r.setEnd(text, k + 1);
                    const top = Math.round(r.getBoundingClientRect().top);
                    lines.set(top, (lines.get(top) || 0) + 1);
                  }
                  const counts = Array.from(lines.values()).slice(0, -1);
                  return counts.reduce((a, b) => a + b, 0) / counts.length;
                })(document.querySelector('.story .body p'))""").asDouble();
    }

    @Test
    void theReadingColumnHoldsAboutSixtySixCharactersALine() throws Exception {
        open(1366, "2024/03/31/board-settles-the-fish-market-s-future/");
        assertThat(charactersPerLine()).isBetween(55.0, 80.0);
        // a phone's line is the screen's, and shorter
        open(390, "2024/03/31/board-settles-the-fish-market-s-future/");
        assertThat(charactersPerLine()).isBetween(25.0, 50.0);
    }
}
