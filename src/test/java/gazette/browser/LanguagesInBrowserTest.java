package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts speak the site's language: a Russian site's search and tag filter count in Russian plural forms. */
@Tag("browser") // drives Chromium
class LanguagesInBrowserTest {
    @TempDir
    static Path tmp;
    static BrowserSite site;
    static StaticSite server;
    static Chromium browser;

    @BeforeAll
    static void build() throws Exception {
        BrowserSite.assumeChromium();
        Fixture f = new Fixture(tmp);
        f.settings("language: ru\ntimezone: UTC\n");
        for (int k = 1; k <= 5; k++) {
            f.article("a" + k + ".md", "Паром пришёл в порт номер " + k + ".", "title: Паром " + k, "date: 2024-03-0" + k + "T09:00:00Z",
                    "tags: [Порт" + (k <= 2 ? ", Паромы" : "") + "]");
        }
        f.article("b.md", "Дождь.", "title: Погода", "date: 2024-03-09T09:00:00Z", "tags: [Погода]");
        site = BrowserSite.of(f);
        server = site.server;
        browser = site.browser;
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    String status(String id) throws Exception {
        return browser.text("document.getElementById('" + id + "').textContent");
    }

    @Test
    void searchCountsInTheSitesLanguage() throws Exception {
        browser.open(server.root() + "search/?q=порт");
        browser.waitFor("document.querySelectorAll('#search-results li.teaser').length === 5", Duration.ofSeconds(10));
        assertThat(status("search-status")).isEqualTo("По запросу «порт» найдено 5 статей.");
        browser.open(server.root() + "search/?q=погода");
        browser.waitFor("document.querySelectorAll('#search-results li.teaser').length === 1", Duration.ofSeconds(10));
        assertThat(status("search-status")).isEqualTo("По запросу «погода» найдена 1 статья.");
        browser.open(server.root() + "search/?q=снег");
        browser.waitFor("document.getElementById('search-status').textContent !== 'Идёт поиск…'", Duration.ofSeconds(10));
        assertThat(status("search-status")).isEqualTo("По запросу «снег» статей нет.");
    }

    @Test
    void theTagFilterCountsInTheSitesLanguage() throws Exception {
        browser.open(server.root() + "tags/?tag=п");
        assertThat(status("tag-filter-status")).isEqualTo("Найдено 3 тега");
        browser.open(server.root() + "tags/?tag=пог");
        assertThat(status("tag-filter-status")).isEqualTo("Найден 1 тег");
    }
}
