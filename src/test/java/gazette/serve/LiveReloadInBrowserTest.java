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
