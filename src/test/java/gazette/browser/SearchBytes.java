package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: what a reader's browser fetches for a search. Twenty fixed queries
 * run in Chromium, each as a first visit (no cache), over the bench archive of each size asked
 * for, and for each the requests and bytes (uncompressed) of the index files (index.json, term
 * and article shards) and of the results' texts for snippets are printed, with their totals.
 * <pre>mvn -q test -Dtest=SearchBytes -Dsearchbytes=true [-Dsearchbytes.sizes=2000,100000]</pre>
 * Archives are generated into {@code /tmp/gazette-searchbytes-N} and built there, once.
 */
@EnabledIfSystemProperty(named = "searchbytes", matches = "true")
@Tag("browser")
class SearchBytes {
    static final List<String> QUERIES = List.of("harbour", "council budget", "election", "ferry strike", "minister", "climate report",
            "police court", "tram", "storm flood", "bank", "hospital doctors", "festival", "housing families", "inflation prices",
            "league match", "oil gas energy", "software users", "students teachers", "museum", "airport bridge");

    @Test
    void bytesAndRequestsPerQuery() throws Exception {
        for (String size : System.getProperty("searchbytes.sizes", "2000").split(",")) measure(Integer.parseInt(size.strip()));
    }

    private void measure(int articles) throws Exception {
        Path dir = Path.of("/tmp/gazette-searchbytes-" + articles);
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        if (!Files.isDirectory(content)) new CorpusGenerator().generate(content, articles, 20240307);
        Fixture.Run run = Fixture.run("build", "--content", content.toString(), "--out", site.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        long indexBytesAll = 0, textBytesAll = 0, maxFirst = 0;
        int requestsAll = 0;
        try (StaticSite server = new StaticSite(site); Chromium browser = Chromium.start()) {
            browser.send("Network.enable", Map.of());
            browser.send("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            System.out.printf("%n%,d articles: requests and bytes per query, a first visit (uncompressed)%n", articles);
            System.out.printf("%-20s %8s %10s %10s %8s %10s%n", "query", "results", "index req", "index KB", "text req", "text KB");
            for (String q : QUERIES) {
                browser.open(server.root() + "search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                browser.waitFor("(s => s && s !== 'Searching…')(document.getElementById('search-status').textContent)", Duration.ofSeconds(30));
                browser.waitFor("document.getElementById('search-status').textContent.startsWith('No ')"
                        + " || document.querySelectorAll('#search-results > li').length > 0 && !document.querySelector('#search-results > li[hidden]')", Duration.ofSeconds(30));
                // every snippet fetched (or none to fetch): the texts of the results shown
                browser.waitFor("performance.getEntriesByType('resource').filter(e => e.name.includes('/search/texts/')).length"
                        + " >= document.querySelectorAll('#search-results > li').length", Duration.ofSeconds(30));
                Thread.sleep(200);
                JsonNode r = browser.eval("(() => { const all = performance.getEntriesByType('resource');"
                        + " const index = all.filter(e => /\\/search\\/[^/]+\\.json$/.test(e.name)), text = all.filter(e => e.name.includes('/search/texts/'));"
                        + " const sum = l => l.reduce((s, e) => s + (e.encodedBodySize || e.decodedBodySize || 0), 0);"
                        + " return {results: document.querySelectorAll('#search-results > li').length, status: document.getElementById('search-status').textContent,"
                        + " indexRequests: index.length, indexBytes: sum(index), textRequests: text.length, textBytes: sum(text)}; })()");
                System.out.printf("%-20s %8d %10d %10.1f %8d %10.1f%n", q, r.get("results").asInt(), r.get("indexRequests").asInt(),
                        r.get("indexBytes").asLong() / 1024.0, r.get("textRequests").asInt(), r.get("textBytes").asLong() / 1024.0);
                indexBytesAll += r.get("indexBytes").asLong();
                textBytesAll += r.get("textBytes").asLong();
                requestsAll += r.get("indexRequests").asInt() + r.get("textRequests").asInt();
                maxFirst = Math.max(maxFirst, r.get("indexBytes").asLong() + r.get("textBytes").asLong());
            }
        }
        int n = QUERIES.size();
        System.out.printf("mean per query: %.1f requests, %.1f KB of index, %.1f KB of texts, %.1f KB in all; the largest %.1f KB%n",
                requestsAll / (double) n, indexBytesAll / 1024.0 / n, textBytesAll / 1024.0 / n, (indexBytesAll + textBytesAll) / 1024.0 / n,
                maxFirst / 1024.0);
    }
}
