package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.browser.Chromium;
import gazette.browser.StaticSite;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * markdown_raw_html: escape, in a real browser: every link and image of a page made of smuggled
 * script addresses is parsed by Chromium's own URL parser and clicked; none runs script.
 */
@Tag("browser") // drives Chromium
class EscapeModeInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void noSmuggledAddressRunsScriptWhenClicked() throws Exception {
        Assumptions.assumeTrue(Chromium.executable() != null, "no chromium on this machine: browser tests skipped (apt-get install chromium)");
        Fixture f = new Fixture(tmp);
        f.settings("title: The Test Gazette\nmarkdown_raw_html: escape\n");
        f.article("links.md", MarkdownRawHtmlTest.SMUGGLED, "title: Links", "date: 2024-03-07");
        Fixture.Run run = f.build();
        assertThat(run.exit()).as(run.err()).isZero();
        try (StaticSite server = new StaticSite(f.out); Chromium browser = Chromium.start()) {
            String page = server.root() + "2024/03/07/links/";
            browser.open(page);
            List<String> protocols = strings(browser.eval("Array.from(document.querySelectorAll('.body a, .body img'))"
                    + ".map(e => new URL(e.tagName === 'A' ? e.href : e.src).protocol)"));
            assertThat(protocols).hasSize(12).allSatisfy(p -> assertThat(p).isIn("http:", "https:", "mailto:"));
            int links = browser.eval("document.querySelectorAll('.body a').length").asInt();
            for (int i = 0; i < links; i++) {
                browser.open(page);
                browser.eval("document.querySelectorAll('.body a')[" + i + "].click(); 0");
                Thread.sleep(300);
                assertThat(browser.text("String(document.documentElement.dataset.pwned || '')")).as("link %d", i).isEmpty();
            }
            browser.open(page);
            assertThat(browser.text("String(document.documentElement.dataset.pwned || '')")).isEmpty();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
