package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page ranks by relevance (BM25): where a word is, how often, in how long a text, and how rare it is. */
@Tag("browser") // drives Chromium
class SearchRankingInBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;
    static BrowserSite site;
    static Fixture fixture;

    @BeforeAll
    static void build() throws Exception {
        BrowserSite.assumeChromium();
        Fixture f = fixture = new Fixture(tmp);
        f.settings("language: en-GB\ntimezone: UTC\n");
        String filler = "The committee met again on Tuesday to discuss the budget for the coming year. ";
        // newest first: once in a long text, then in a headline, three times in a short text, once in a short one
        f.article("long.md", filler.repeat(6) + "\n\nA lighthouse was mentioned in passing.", "title: Budget talks", "date: 2024-03-07T09:00:00Z");
        f.article("keeper.md", "He retires after forty years on the rock.", "title: Lighthouse keeper retires", "date: 2024-03-06T09:00:00Z");
        f.article("storm.md", "Waves rose all night.\n\nThe lighthouse stood. The lighthouse shone. The lighthouse survived the storm.",
                "title: Storm night", "date: 2024-03-05T09:00:00Z");
        f.article("once.md", "Fog came in at dusk.\n\nThe lighthouse stood all night long.", "title: Fog at dusk", "date: 2024-03-04T09:00:00Z");
        f.article("kestrel.md", "Walkers on the cliff path saw it.\n\nA kestrel nested under the eaves of the old mill.", "title: Bird seen",
                "date: 2024-03-03T09:00:00Z");
        // the same day, later: first in the day's file of texts
        f.article("ferry.md", "The ferry ran late.", "title: Ferry late", "date: 2024-03-03T12:00:00Z");
        // enough for two article files of the index (20 articles each)
        for (int n = 1; n <= 20; n++) {
            f.article("council-" + n + ".md", filler.repeat(2) + "Report " + n + ".", "title: Council report " + n,
                    String.format("date: 2024-02-%02dT09:00:00Z", n));
        }
        site = BrowserSite.of(f);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    List<String> search(String query) throws Exception {
        return search(site.root(), query);
    }

    List<String> search(String root, String query) throws Exception {
        int amp = query.indexOf('&');
        String words = amp < 0 ? query : query.substring(0, amp);
        site.browser.open(root + "search/?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + (amp < 0 ? "" : query.substring(amp)));
        site.browser.waitFor("document.getElementById('search-status').textContent.startsWith('No articles match') "
                + "|| document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", WAIT);
        List<String> out = new ArrayList<>();
        site.browser.eval("Array.from(document.querySelectorAll('#search-results .teaser h2 a')).map(a => a.textContent.trim())")
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aHeadlineOrAWordOftenInAShortTextComesBeforeAWordOnceInALongOne() throws Exception {
        // the headline and the short text saying it three times weigh alike, so the newer comes first;
        // once in a short text next; once in a long text, though it is the newest story, last
        assertThat(search("lighthouse")).containsExactly("Lighthouse keeper retires", "Storm night", "Fog at dusk", "Budget talks");
        // sorted by date, newest first, whatever the weight
        assertThat(search("lighthouse&sort=date")).containsExactly("Budget talks", "Lighthouse keeper retires", "Storm night", "Fog at dusk");
    }

    /**
     * Past 256 articles the older ones' postings are in the term shards and the newest in the recent
     * files: the page joins a word's two lists, counts its rarity over both, and a filter's term too.
     */
    @Test
    void aWordAndAFilterFoundInBothTheOlderAndTheNewestArticles() throws Exception {
        Fixture f = new Fixture(tmp.resolve("tiers"));
        f.settings("language: en-GB\ntimezone: UTC\n");
        for (int n = 0; n < 300; n++) {
            boolean harbour = n % 100 == 0 || n == 260 || n == 299;
            String tags = harbour ? "tags: [ferries]" : "tags: [news]";
            // each body its own (the same body twice is one story, found once)
            String body = (harbour ? "The harbour ferry ran late again, " : "The council met, ") + "for the " + n + "th time.";
            f.article("a" + n + ".md", body, "title: Story " + n, "date: " + java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(n) + ":00Z", tags);
        }
        assertThat(f.build().exit()).isZero();
        assertThat(f.file("search/index.json")).contains("\"recentFrom\":256");
        try (StaticSite tiers = new StaticSite(f.out, true)) {
            // stories 0 to 255 in the term shards, 256 on in the recent files: all five found, newest first (equal weights)
            assertThat(search(tiers.root(), "harbour")).containsExactly("Story 299", "Story 260", "Story 200", "Story 100", "Story 0");
            // a filter term spans both too: the council stories tagged ferries are none, the harbour ones all
            assertThat(search(tiers.root(), "ferry&tag=ferries")).containsExactly("Story 299", "Story 260", "Story 200", "Story 100", "Story 0");
            assertThat(search(tiers.root(), "council&tag=ferries")).isEmpty();
            assertThat(search(tiers.root(), "council")).hasSize(20).first().isEqualTo("Story 298"); // a page of the 295
            // a word that is a property of every object in the page's script is a word like another
            assertThat(search(tiers.root(), "constructor")).isEmpty();
            assertThat(site.browser.text("document.getElementById('search-status').textContent")).startsWith("No articles match");
        }
    }

    @Test
    void aRareWordWeighsMoreThanACommonOne() throws Exception {
        // no article has both words: those with either are shown, the rare word's first, though the
        // common word is in a headline
        assertThat(search("kestrel lighthouse")).first().isEqualTo("Bird seen");
        assertThat(search("kestrel lighthouse")).hasSize(5);
    }

    @Test
    void aHostThatIgnoresRangeRequestsStillGivesSnippets() throws Exception {
        // such a host sends the whole file of the day's texts; the page cuts the article's text from it
        try (StaticSite whole = new StaticSite(fixture.out, false)) {
            assertThat(search(whole.root(), "eaves")).containsExactly("Bird seen");
            site.browser.waitFor("document.querySelector('#search-results .snippet') !== null", WAIT);
            assertThat(site.browser.text("document.querySelector('#search-results .snippet').textContent"))
                    .contains("A kestrel nested under the eaves of the old mill.");
            assertThat(site.browser.text("document.querySelector('#search-results .snippet mark').textContent")).isEqualTo("eaves");
            // a word of the headline only: the summary shown is the article's own, not the day's first
            assertThat(search(whole.root(), "bird")).containsExactly("Bird seen");
            site.browser.waitFor("(p => p && p.textContent !== '')(document.querySelector('#search-results .summary'))", WAIT);
            assertThat(site.browser.text("document.querySelector('#search-results .summary').textContent")).isEqualTo("Walkers on the cliff path saw it.");
        }
    }

    @Test
    void resultsAppearInTheirPlacesAsTheirArticleFilesArrive() throws Exception {
        // "committee": six times in the long story, first; then the twenty council reports, twice each, newest
        // first. Ids count from the oldest, so the reports are the first article file and the long story is in the
        // second, which comes two seconds late: the reports are shown meanwhile, below the long story's place
        site.server.delay("/search/docs-1.json", 2000);
        try {
            site.browser.open(site.root() + "search/?q=committee");
            site.browser.waitFor("document.querySelectorAll('#search-results li.teaser').length > 0", WAIT);
            assertThat(site.browser.eval("document.querySelectorAll('#search-results > li[hidden]').length").asInt())
                    .as("the late file's results wait in their places").isPositive();
            List<String> early = new ArrayList<>();
            site.browser.eval("Array.from(document.querySelectorAll('#search-results li.teaser h2 a')).map(a => a.textContent)").forEach(n -> early.add(n.asText()));
            assertThat(early).startsWith("Council report 20").doesNotContain("Budget talks");
            site.browser.waitFor("document.querySelectorAll('#search-results li.teaser').length === 20"
                    + " && !document.querySelector('#search-results > li[hidden]')", WAIT);
            List<String> all = new ArrayList<>();
            site.browser.eval("Array.from(document.querySelectorAll('#search-results li.teaser h2 a')).map(a => a.textContent)").forEach(n -> all.add(n.asText()));
            // in the order of rank, whichever came first
            assertThat(all.get(0)).isEqualTo("Budget talks");
            assertThat(all.subList(1, 1 + early.size())).isEqualTo(early);
            assertThat(all.get(19)).isEqualTo("Council report 2");
        } finally {
            site.server.delay("", 0);
        }
    }
}
