package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.pictures.TestPictures;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pictures in Chromium, on a phone's width and a laptop's: the browser takes the narrowest
 * derivative that fills the space (WebP, which it reads), nothing moves as pictures load, and a
 * listing of twenty articles with thumbnails stays light.
 */
@Tag("browser")
class PicturesInBrowserTest {
    @TempDir
    static Path tmp;
    static BrowserSite site;
    static StaticSite server;
    static Chromium browser;

    @BeforeAll
    static void build() throws Exception {
        BrowserSite.assumeChromium();
        Fixture f = new Fixture(tmp);
        f.settings("title: Pictures\npage_size: 20\n");
        f.article("2024/03/pier.md", "The pier opened.\n\n" + "Words. ".repeat(200) + "\n\n![The old pier](old.jpg \"The old pier, in 1910\")\n\n" + "More words. ".repeat(200),
                "title: Pier opens", "date: 2024-03-30", "image: pier.jpg", "caption: The new pier at dusk");
        TestPictures.jpeg(f.content.resolve("2024/03/pier.jpg"), TestPictures.photo(2400, 1600), false);
        TestPictures.jpeg(f.content.resolve("2024/03/old.jpg"), TestPictures.photo(2000, 1500), false);
        for (int n = 1; n <= 19; n++) {
            f.article(String.format("2024/03/s%02d.md", n), "Story " + n + ".", "title: Story " + n, String.format("date: 2024-03-%02d", n),
                    "image: s" + n + ".jpg", "caption: Picture " + n);
            TestPictures.jpeg(f.content.resolve(String.format("2024/03/s%d.jpg", n)), TestPictures.photo(1200, 800), false);
        }
        site = BrowserSite.of(f);
        server = site.server;
        browser = site.browser;
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @ParameterizedTest
    @CsvSource({"390, 844, 480", "1366, 900, 960"})
    void theBrowserTakesTheNarrowestAdequateWidthAndNothingShifts(int width, int height, int expected) throws Exception {
        browser.viewport(width, height, false);
        browser.open(server.root() + "2024/03/30/pier-opens/");
        browser.eval("window.__shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__shift += e.value; })"
                + ".observe({type: 'layout-shift', buffered: true})");
        browser.waitFor("document.querySelector('figure.lead img').complete", Duration.ofSeconds(10));
        String lead = browser.text("document.querySelector('figure.lead img').currentSrc");
        assertThat(lead).as("the lead picture at %d px", width).endsWith("/pier-" + expected + ".webp");
        // the body's picture, further down, loads when it comes near: scrolled to, it takes the same width
        browser.eval("document.querySelector('.body figure.picture').scrollIntoView()");
        browser.waitFor("document.querySelector('.body figure.picture img').complete && document.querySelector('.body figure.picture img').currentSrc", Duration.ofSeconds(10));
        assertThat(browser.text("document.querySelector('.body figure.picture img').currentSrc")).endsWith("/old-" + expected + ".webp");
        Thread.sleep(300);
        assertThat(browser.eval("window.__shift").asDouble()).as("layout shift at %d px", width).isLessThan(0.001);
        double ratio = browser.eval("(() => { const r = document.querySelector('figure.lead img').getBoundingClientRect(); return r.width / r.height; })()").asDouble();
        assertThat(ratio).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @org.junit.jupiter.api.Test
    void printingKeepsTheLeadPictureAndItsCaption() throws Exception {
        browser.viewport(1366, 900, false);
        // another article than the widths test's: the browser would show a width it holds rather than fetch the one it needs
        browser.open(server.root() + "2024/03/05/story-5/");
        browser.send("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.waitFor("document.querySelector('figure.lead img').complete", Duration.ofSeconds(10));
            assertThat(browser.text("getComputedStyle(document.querySelector('figure.lead')).display")).isEqualTo("block");
            assertThat(browser.text("getComputedStyle(document.querySelector('figure.lead figcaption')).display")).isEqualTo("block");
            assertThat(browser.eval("document.querySelector('figure.lead img').naturalWidth").asInt()).isPositive();
            double ratio = browser.eval("(() => { const r = document.querySelector('figure.lead img').getBoundingClientRect(); return r.width / r.height; })()").asDouble();
            assertThat(ratio).as("whole, in its proportions").isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
            assertThat(browser.text("getComputedStyle(document.querySelector('figure.lead img')).visibility")).isEqualTo("visible");
        } finally {
            browser.send("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @org.junit.jupiter.api.Test
    void searchResultsShowTheThumbnailsTheListingsShow() throws Exception {
        browser.viewport(390, 844, false);
        browser.open(server.root() + "search/?q=pier");
        browser.waitFor("document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", Duration.ofSeconds(10));
        browser.waitFor("(i => i && i.complete && i.naturalWidth > 0)(document.querySelector('#search-results li.with-thumb .thumb img'))", Duration.ofSeconds(10));
        assertThat(browser.text("document.querySelector('#search-results li.with-thumb h2 a').textContent")).isEqualTo("Pier opens");
        assertThat(browser.text("document.querySelector('#search-results .thumb img').currentSrc")).endsWith("/pier-240.webp");
        assertThat(browser.text("document.querySelector('#search-results .thumb img').alt")).isEmpty();
        double width = browser.eval("document.querySelector('#search-results .thumb img').getBoundingClientRect().width").asDouble();
        double rem = browser.eval("parseFloat(getComputedStyle(document.documentElement).fontSize)").asDouble();
        assertThat(width).as("6rem, as in the listings").isCloseTo(6 * rem, org.assertj.core.data.Offset.offset(1.0));
    }

    @ParameterizedTest(name = "accessible with pictures: /{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "2024/03/30/pier-opens/", "search/?q=pier"})
    void axeFindsNoSeriousOrCriticalViolationsWithPictures(String path) throws Exception {
        java.nio.file.Path axe = ReaderTest.AXE;
        assertThat(axe).as("axe-core is missing: run `npm ci` in the project folder (.ci/run does)").isRegularFile();
        browser.viewport(390, 844, false);
        browser.open(server.root() + path);
        browser.eval(java.nio.file.Files.readString(axe));
        var violations = browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))))");
        assertThat(ReaderTest.strings(violations)).as("axe on /%s", path).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"390, 844"})
    void aListingOfTwentyWithThumbnailsStaysLight(int width, int height) throws Exception {
        browser.viewport(width, height, false);
        browser.send("Network.clearBrowserCache", java.util.Map.of()); // a first visit: a larger copy cached by the article page would be taken instead
        browser.open(server.root());
        // every thumbnail wanted, not only the first screen's: the page is read down a screen at each poll, so each lazy
        // picture comes near the viewport (one jump to the bottom could skip the middle ones on a slow machine)
        browser.waitFor("(window.scrollBy(0, 600), Array.from(document.querySelectorAll('.thumb img, .lead-picture img')).every(i => i.complete && i.currentSrc))",
                Duration.ofSeconds(30));
        Thread.sleep(300);
        long bytes = browser.eval("performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0)").asLong();
        int thumbs = browser.eval("document.querySelectorAll('.thumb img').length").asInt();
        System.out.printf("listing of %d thumbnails at %d px: %d KB transferred%n", thumbs, width, bytes / 1024);
        // the top story's picture runs large (the 480-pixel width fills a phone of 390); the other nineteen are thumbnails
        assertThat(thumbs).isEqualTo(19);
        assertThat(ReaderTest.strings(browser.eval("Array.from(document.querySelectorAll('.lead-picture img')).map(i => i.currentSrc)")))
                .singleElement().satisfies(src -> assertThat(src).endsWith("-480.webp"));
        assertThat(ReaderTest.strings(browser.eval("Array.from(document.querySelectorAll('.thumb img')).map(i => i.currentSrc)")))
                .allMatch(src -> src.endsWith("-240.webp"));
        assertThat(bytes).as("a 20-article listing with thumbnails, whole").isLessThanOrEqualTo(300 * 1024);
    }
}
