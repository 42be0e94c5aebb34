package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.browser.Chromium;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-reload script in a real browser: after a rebuild a page reloads when the rebuild
 * changed it, or what it loads beside it, and keeps its place otherwise.
 */
@Tag("browser") // drives Chromium
class LiveReloadInBrowserTest {
    static final String TRAM = "2024/03/07/council-approves-tram-line/";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;
    static Fixture f;
    static ServedSite site;
    static Chromium browser;
    static int edits;

    @BeforeAll
    static void serveAndStartTheBrowser() throws Exception {
        Assumptions.assumeTrue(Chromium.executable() != null, "no chromium on this machine: browser tests skipped (apt-get install chromium)");
        f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        ferry();
        site = ServedSite.start(f);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    /** Saves the ferry story with a new word in its body; returns the word. */
    private static String ferry() throws Exception {
        String word = "late" + ++edits;
        f.article("2024/03/ferry.md", "Ferries run " + word + ".", "title: Ferry delays", "date: 2024-03-08");
        return word;
    }

    /** Opens the page and marks it: a reload loses the mark. */
    private void open(String path) throws Exception {
        browser.open(site.server.url().resolve(path).toString());
        browser.eval("window.__stayed = true");
    }

    /** Edits the ferry story and waits until the open page is of the new build, reloaded or not. */
    private void editTheFerryAndWait() throws Exception {
        try (ServedSite.Events events = site.events()) {
            ferry();
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
        // the script marks the page with the build it is of: the new one, once it has had the event
        browser.waitFor("document.documentElement.dataset.gazetteVersion === '" + site.server.state().version() + "'", WAIT);
    }

    @Test
    void aPageTheRebuildDidNotChangeKeepsItsPlace() throws Exception {
        open(TRAM);
        editTheFerryAndWait();
        assertThat(browser.eval("window.__stayed === true").asBoolean()).isTrue();
    }

    @Test
    void aPageTheRebuildChangedReloads() throws Exception {
        open("2024/03/08/ferry-delays/");
        String word;
        try (ServedSite.Events events = site.events()) {
            word = ferry();
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
        browser.waitFor("!window.__stayed && document.querySelector('article').textContent.includes('" + word + "')", WAIT);
    }

    /**
     * A page reloaded by a rebuild's first reload may open its stream after the second (the
     * search index's): the greeting then names what changed since the page's version. The page's
     * own script is run again here, with a stream the test speaks for.
     */
    @Test
    void aPageOneStepBehindTakesTheNewVersionWhenTheGreetingDoesNotNameItAndReloadsOtherwise() throws Exception {
        open(TRAM);
        browser.eval(OWN_STREAM);
        browser.eval("window.__stream.on.hello({data: JSON.stringify({version: window.__was + '-2', since: window.__was, files: ['search/terms-1.json']})})");
        assertThat(browser.eval("document.documentElement.dataset.gazetteVersion === window.__was + '-2' && window.__stayed === true").asBoolean()).isTrue();
        // a greeting that names the page: it reloads
        browser.eval("window.__stream.on.hello({data: JSON.stringify({version: 'x-3', since: window.__was + '-2', files: ['" + TRAM + "index.html']})})");
        browser.waitFor("!window.__stayed && document.readyState === 'complete'", WAIT);
        // and one from a version the page is not of
        browser.eval("window.__stayed = true");
        browser.eval(OWN_STREAM);
        browser.eval("window.__stream.on.hello({data: JSON.stringify({version: 'y-2', since: 'y-1', files: []})})");
        browser.waitFor("!window.__stayed", WAIT);
    }

    /** Runs the page's live-reload script again, its stream a stand-in ({@code window.__stream}) whose events the test sends. */
    private static final String OWN_STREAM = """
            (function () {
              window.__was = document.documentElement.dataset.gazetteVersion;
              window.EventSource = function () { window.__stream = this; this.on = {}; };
              window.EventSource.prototype.addEventListener = function (name, f) { this.on[name] = f; };
              (0, eval)(document.querySelector("script[%s]").textContent);
            })()""".formatted(LivePage.MARKER);

    @Test
    void theSearchPageReloadsWhenItsIndexChanges() throws Exception {
        open("search/");
        editTheFerryAndWait();
        browser.waitFor("!window.__stayed", WAIT);
    }

    @Test
    void aMissReloadsAfterEveryRebuildSinceThePageMayNowBeThere() throws Exception {
        open("2024/03/09/not-yet/");
        editTheFerryAndWait();
        browser.waitFor("!window.__stayed", WAIT);
    }
}
