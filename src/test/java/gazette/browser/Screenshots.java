package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Screenshots of the default theme over the project's own sample archive (content/), for people
 * to look at: {@code mvn -q test -Dtest=Screenshots -Dscreenshots=true} writes
 * {@code target/screenshots/<page>-390.png} and {@code <page>-1366.png} (phone and desktop
 * widths), and {@code <page>-390-dark.png} in the dark colour scheme. Not part of the test suite.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@Tag("browser") // drives Chromium
class Screenshots {
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "");
        PAGES.put("article", "2024/03/07/council-meeting/");
        PAGES.put("article-rich", "2024/06/15/the-harbour-at-200-how-the-docks-made-port-wrenlow/");
        PAGES.put("day", "2024/03/07/");
        PAGES.put("month", "2024/03/");
        PAGES.put("year", "2024/");
        PAGES.put("archive", "archive/");
        PAGES.put("section", "sections/news/");
        PAGES.put("sections", "sections/");
        PAGES.put("tag", "tags/harbour/");
        PAGES.put("tags", "tags/");
        PAGES.put("search", "search/?q=harbour+ferry");
    }

    @Test
    void shootTheSampleArchive() throws Exception {
        Path out = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path site = out.resolve("site");
        Fixture.Run run = Fixture.run("build", "--content", "content", "--config", "gazette.yaml", "--templates", "templates", "--out", site.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (StaticSite server = new StaticSite(site); Chromium browser = Chromium.start()) {
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                for (int width : new int[] {390, 1366}) {
                    for (boolean dark : new boolean[] {false, true}) {
                        if (dark && width != 390) continue;
                        browser.viewport(width, width < 600 ? 844 : 900, dark);
                        browser.open(server.root() + page.getValue());
                        if (page.getKey().equals("search")) {
                            browser.waitFor("document.querySelectorAll('#search-results li').length > 0 && !document.querySelector('#search-results > li[hidden]')", Duration.ofSeconds(10));
                        }
                        String name = page.getKey() + "-" + width + (dark ? "-dark" : "") + ".png";
                        Files.write(out.resolve(name), browser.screenshot());
                        System.out.println("screenshot: " + out.resolve(name));
                    }
                }
            }
        }
    }
}
