package gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.testing.Fixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reader sees, in a real browser: a fixture archive is built, served over HTTP as a static
 * host would, and Debian's headless Chromium loads its pages; the tests read the rendered DOM
 * (after scripts ran) and run axe-core over each kind of page. Skipped only on a machine without
 * Chromium; CI installs it (.ci/run), and axe-core from the npm registry.
 */
@Tag("browser") // drives Chromium
class ReaderTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    @TempDir
    static Path tmp;
    static BrowserSite site;
    static StaticSite server;
    static Chromium browser;
    static String root;
    static String axe;

    @BeforeAll
    static void buildServeAndStartTheBrowser() throws Exception {
        BrowserSite.assumeChromium();
        assertThat(AXE).as("axe-core is missing: run `npm ci` in the project folder (.ci/run does)").isRegularFile();
        axe = Files.readString(AXE);
        Fixture f = new Fixture(tmp);
        f.settings("title: The Test Gazette\nlanguage: en-GB\npage_size: 5\ntimezone: UTC\n");
        f.article("tram.md", "The council approved the tram line on Thursday. Café owners on the quay welcomed it.\n\n"
                        + "> \"A good day for the town,\" said the mayor.",
                "title: Tram line approved", "date: 2024-03-07T09:30:00Z", "tags: [transport, tramways]", "author: Ann Lee",
                "summary: The council approved the tram line.", "section: City");
        f.article("depot.md", "A site for the tram depot was chosen beside the railway.", "title: Tram depot site chosen",
                "date: 2024-03-05T10:00:00Z", "tags: [tramways]", "section: City");
        f.article("ferry.md", "Fog delayed the morning ferry.", "title: Ferry delayed by fog", "date: 2024-03-07T11:00:00Z",
                "tags: [transport, harbour]", "section: Harbour & Sea");
        f.article("tokyo.md", "東京の高校生が港を訪問しました。", "title: 東京の高校生が訪問", "date: 2024-03-07T14:00:00Z", "tags: [東京, schools]");
        f.article("feb.md", "Rates rise.", "title: Rates rise", "date: 2024-02-08T10:00:00Z", "tags: [economy]");
        f.article("old.md", "An old story.", "title: Year's end", "date: 2023-12-31T10:00:00Z", "tags: [harbour]");
        // 24 market reports on the days of March: enough for the search's second page of results
        for (int n = 0; n < 24; n++) {
            int day = 1 + n % 28;
            if (day == 5 || day == 7) day = 20;
            f.article(String.format("market-%02d.md", n), "The quay market opened early, report number " + n + ".",
                    "title: Quay market report " + n, String.format("date: 2024-03-%02dT%02d:00:00Z", day, 6 + n % 12),
                    "tags: [" + (n % 2 == 0 ? "transport, markets" : "markets") + "]");
        }
        // one story's headline was edited since an earlier build: its old address is a redirect page
        f.article("old.md", "An old story.", "title: Year closes", "date: 2023-12-31T10:00:00Z", "tags: [harbour]");
        assertThat(f.build().exit()).isZero();
        f.article("old.md", "An old story.", "title: Year's end", "date: 2023-12-31T10:00:00Z", "tags: [harbour]");
        site = BrowserSite.of(f);
        server = site.server;
        browser = site.browser;
        root = site.root();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @BeforeEach
    void desktop() throws Exception {
        browser.viewport(1280, 900, false);
    }

    List<String> texts(String selector) throws Exception {
        return strings(browser.eval("Array.from(document.querySelectorAll(" + js(selector) + ")).map(e => e.textContent.trim())"));
    }

    List<String> hrefs(String selector) throws Exception {
        return strings(browser.eval("Array.from(document.querySelectorAll(" + js(selector) + ")).map(e => e.getAttribute('href'))"));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    // ---------------------------------------------------------------- pages

    @Test
    void homeShowsTheMastheadAndTheLatestWithTheTopStoryLarger() throws Exception {
        browser.open(root);
        assertThat(texts(".masthead nav[aria-label=Site] a")).containsExactly("Latest", "Archive", "Tags", "Search");
        assertThat(texts(".masthead nav.sections a")).containsExactly("City", "Harbour & Sea", "All sections");
        assertThat(texts(".masthead nav a[aria-current=page]")).containsExactly("Latest");
        assertThat(texts(".teaser h2 a")).hasSize(5).first().isEqualTo("Quay market report 23");
        // the stylesheet applied: the top story's headline is larger than the others
        double lead = browser.eval("parseFloat(getComputedStyle(document.querySelector('.teaser h2')).fontSize)").asDouble();
        double other = browser.eval("parseFloat(getComputedStyle(document.querySelectorAll('.teaser h2')[1]).fontSize)").asDouble();
        assertThat(lead).isGreaterThan(other * 1.3);
        // thirty stories, five a page, numbered from the oldest: the home page is page 6, the older one page 5
        assertThat(hrefs(".pagination a[rel=next]")).containsExactly("/page/5/");
    }

    @Test
    void anArticleHasItsBreadcrumbNeighboursAndRelatedArticlesBesideIt() throws Exception {
        browser.open(root + "2024/03/07/tram-line-approved/");
        assertThat(texts("h1")).containsExactly("Tram line approved");
        assertThat(texts(".breadcrumb a")).containsExactly("Home", "2024", "March", "Thursday, 7 March 2024");
        // the rare tag (tramways, on 2 articles of 30) first; then the common one (transport, on 14), the nearest in time first
        assertThat(texts(".related li a")).containsExactly("Tram depot site chosen",
                "Ferry delayed by fog", "Quay market report 8", "Quay market report 2", "Quay market report 10");
        assertThat(hrefs(".prev-next:not(.in-section) a[rel=prev]")).hasSize(1);
        assertThat(hrefs(".prev-next:not(.in-section) a[rel=next]")).hasSize(1);
        // and within its section, City: the depot story is the older one, and nothing newer
        assertThat(texts(".prev-next.in-section a[rel=prev]")).containsExactly("Older in City Tram depot site chosen");
        assertThat(hrefs(".prev-next.in-section a[rel=next]")).isEmpty();
        // on a wide screen the related articles stand beside the story; on a phone, below it
        assertThat(browser.eval("document.querySelector('.related').getBoundingClientRect().left > document.querySelector('.story').getBoundingClientRect().right").asBoolean()).isTrue();
        browser.viewport(390, 844, false);
        assertThat(browser.eval("document.querySelector('.related').getBoundingClientRect().top > document.querySelector('.story').getBoundingClientRect().bottom").asBoolean()).isTrue();
    }

    @Test
    void aDayLinksTheNearestDaysWithArticles() throws Exception {
        browser.open(root + "2024/03/07/");
        assertThat(texts("h1")).containsExactly("Thursday, 7 March 2024");
        assertThat(texts(".teaser h3 a")).hasSize(3);
        // laid out by section: City, then Harbour & Sea (one story each), then the rest
        assertThat(texts(".day-section > h2")).containsExactly("City", "Harbour & Sea", "Other");
        assertThat(hrefs(".day-nav a[rel=prev]")).containsExactly("/2024/03/06/");
        assertThat(hrefs(".day-nav a[rel=next]")).containsExactly("/2024/03/08/");
    }

    @Test
    void aMonthIsACalendarWhoseDaysWithArticlesAreLinks() throws Exception {
        browser.open(root + "2024/03/");
        List<String> days = hrefs(".calendar td.has-articles a");
        assertThat(days).contains("/2024/03/05/", "/2024/03/07/", "/2024/03/20/").doesNotContain("/2024/03/29/");
        assertThat(browser.eval("document.querySelectorAll('.calendar tbody td').length % 7").asInt()).isZero();
        // a day without articles is plain text
        assertThat(browser.eval("Array.from(document.querySelectorAll('.calendar td:not(.has-articles)')).some(td => td.textContent.trim() === '29' && !td.querySelector('a'))").asBoolean()).isTrue();
        assertThat(hrefs(".neighbours a[rel=prev]")).containsExactly("/2024/02/");
        // the calendar's links are what a reader clicks: the day opens
        browser.open(root + "2024/03/05/");
        assertThat(texts(".teaser h3 a")).containsExactly("Tram depot site chosen");
    }

    @Test
    void aYearShowsTwelveMonthsWithCounts() throws Exception {
        browser.open(root + "2024/");
        assertThat(texts(".mini-month")).hasSize(12);
        assertThat(texts(".mini-month h2 a")).containsExactly("February", "March");
        // each month a small calendar whose days with articles are links a finger can hit
        assertThat(hrefs(".mini-calendar a")).contains("/2024/03/05/", "/2024/03/07/", "/2024/02/08/");
        assertThat(browser.eval("Math.min(...Array.from(document.querySelectorAll('.mini-calendar a')).map(a => Math.min(a.getBoundingClientRect().width, a.getBoundingClientRect().height)))").asDouble())
                .isGreaterThanOrEqualTo(24);
        assertThat(hrefs(".neighbours a[rel=prev]")).containsExactly("/2023/");
    }

    @Test
    void aTagPageListsItsArticlesInPages() throws Exception {
        browser.open(root + "tags/transport/");
        assertThat(texts("h1")).containsExactly("transport");
        // fourteen, five a page: page 1 the oldest five, the tag's own page the newest nine
        assertThat(texts(".teaser h2 a")).hasSize(9);
        assertThat(texts(".page-head .count").get(0)).startsWith("14 articles");
        assertThat(hrefs(".pagination a[rel=next]")).containsExactly("/tags/transport/page/1/");
        browser.open(root + "tags/transport/page/1/");
        assertThat(texts(".page-head .count").get(0)).startsWith("Page 1 · ");
        assertThat(hrefs(".pagination a[rel=prev]")).containsExactly("/tags/transport/");
    }

    @Test
    void theTagsIndexFiltersAsTheReaderTypes() throws Exception {
        browser.open(root + "tags/");
        assertThat(browser.eval("document.querySelector('.tag-filter').hidden").asBoolean()).as("the script shows the filter").isFalse();
        assertThat(texts(".tag-index li")).hasSize(7);
        browser.eval("(() => { const i = document.getElementById('tag-filter'); i.value = 'TRAM'; i.dispatchEvent(new Event('input')); })()");
        assertThat(texts(".tag-index li:not([hidden]) a")).containsExactly("tramways");
        assertThat(texts("#tag-filter-status")).containsExactly("1 tag found");
        browser.open(root + "tags/?tag=%E6%9D%B1%E4%BA%AC");
        assertThat(texts(".tag-index li:not([hidden]) a")).containsExactly("東京");
    }

    // ---------------------------------------------------------------- search

    /** Runs a query as the address gives it: words, then any other parameters after an "&" (quay&year=2024). */
    List<String> search(String query) throws Exception {
        int amp = query.indexOf('&');
        String words = amp < 0 ? query : query.substring(0, amp);
        browser.open(root + "search/?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8) + (amp < 0 ? "" : query.substring(amp)));
        browser.waitFor("(s => s && s !== 'Searching…')(document.getElementById('search-status').textContent)", WAIT);
        browser.waitFor("document.getElementById('search-status').textContent.startsWith('No ') || document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", WAIT);
        return texts("#search-results .teaser h2 a");
    }

    @Test
    void searchRunsTheQueryInTheAddressAndLinksToTheArticles() throws Exception {
        assertThat(search("tram depot")).first().isEqualTo("Tram depot site chosen");
        assertThat(texts("#search-status").get(0)).isEqualTo("1 article matches “tram depot”.");
        assertThat(browser.eval("document.getElementById('q').value").asText()).isEqualTo("tram depot");
        // the result is a link to the article's page
        String href = hrefs("#search-results .teaser h2 a").get(0);
        assertThat(href).isEqualTo("/2024/03/05/tram-depot-site-chosen/");
        browser.open(root + href.substring(1));
        assertThat(texts("h1")).containsExactly("Tram depot site chosen");
    }

    @Test
    void resultsMarkTheWordsFoundAndShowTheTextAroundThem() throws Exception {
        // "welcomed" is in the tram story's body, not its summary: the snippet is cut from the text around it
        assertThat(search("welcomed owners")).containsExactly("Tram line approved");
        browser.waitFor("document.querySelector('#search-results .snippet') !== null", WAIT);
        assertThat(texts("#search-results .snippet mark")).containsExactly("owners", "welcomed");
        assertThat(texts("#search-results .snippet").get(0)).contains("Café owners on the quay welcomed it.").doesNotContain("The council approved the tram line.");
        // the text came as a range of its day's file: its own bytes, not the day's other stories
        long day = Files.size(tmp.resolve("site/search/texts/2024/03-07.txt"));
        long got = browser.eval("performance.getEntriesByType('resource').filter(e => e.name.endsWith('/search/texts/2024/03-07.txt'))[0].encodedBodySize").asLong();
        assertThat(got).isPositive().isLessThan(day);
        // the headline's words are marked too, accents and case aside
        assertThat(search("TRAM cafe")).containsExactly("Tram line approved");
        assertThat(texts("#search-results h2 a mark")).containsExactly("Tram");
        browser.waitFor("document.querySelector('#search-results .snippet') !== null", WAIT);
        assertThat(texts("#search-results .snippet mark")).contains("tram", "Café");
        // words found only in a tag: the summary is shown as it is (it comes with the text, on its first line)
        assertThat(search("tramways")).contains("Tram line approved");
        browser.waitFor("(p => p && p.textContent !== '')(document.querySelector('#search-results > li:first-child .summary'))", WAIT);
        assertThat(texts("#search-results > li:first-child .summary")).containsExactly("The council approved the tram line.");
        // what a reader types is shown as typed, "$" and all
        search("zzz $' $$");
        assertThat(texts("#search-status")).containsExactly("No articles match “zzz $' $$”.");
        // a plural finds and marks its singular on an English site
        assertThat(search("depots")).containsExactly("Tram depot site chosen");
        assertThat(texts("#search-results h2 a mark")).containsExactly("depot");
    }

    @Test
    void theAddressNarrowsTheSearchToAYearASectionOrATagAndSortsByDate() throws Exception {
        // "quay": 24 market reports (in their titles) and the tram story (in its body), all of 2024
        List<String> best = search("quay");
        assertThat(best).as("best match first: the headlines that have the word").hasSize(20).doesNotContain("Tram line approved");
        assertThat(browser.eval("Array.from(document.querySelectorAll('#search-year option')).map(o => o.value)").toString())
                .isEqualTo("[\"\",\"2024\",\"2023\"]");
        assertThat(browser.eval("Array.from(document.querySelectorAll('#search-section option')).map(o => o.textContent)").toString())
                .isEqualTo("[\"Any section\",\"City\",\"Harbour & Sea\"]");
        assertThat(search("quay&section=city")).containsExactly("Tram line approved");
        assertThat(browser.eval("document.getElementById('search-section').value").asText()).isEqualTo("city");
        assertThat(search("harbour&year=2023")).containsExactly("Year's end");
        assertThat(search("harbour&year=2022")).isEmpty();
        // newest first: the tram story (7 March) before the reports of earlier days
        List<String> byDate = search("quay&sort=date");
        assertThat(byDate).contains("Tram line approved");
        assertThat(browser.eval("document.getElementById('search-sort').value").asText()).isEqualTo("date");
        // a result's tag is a link that narrows the search to it; the page says so, and how to undo it
        search("quay");
        String transport = browser.text("Array.from(document.querySelectorAll('#search-results ul.tags a')).find(a => a.textContent === 'transport').href");
        assertThat(transport).contains("q=quay").contains("tag=transport");
        browser.open(transport);
        browser.waitFor("document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", WAIT);
        assertThat(browser.eval("document.getElementById('search-tag-filter').hidden").asBoolean()).isFalse();
        browser.waitFor("document.querySelector('#search-tag-filter .name').textContent === 'transport'", WAIT);
        assertThat(browser.text("document.querySelector('#search-tag-filter a').getAttribute('href')")).isEqualTo("/search/?q=quay");
        // the reports tagged transport are the even ones, 12 of the 24; the tram story too
        assertThat(browser.text("document.getElementById('search-status').textContent")).isEqualTo("13 articles match “quay”.");
        // the form keeps the narrowing it shows
        browser.eval("(() => { document.getElementById('search-year').value = '2023'; document.querySelector('#search-form button').click(); })()");
        browser.waitFor("location.search.includes('year=2023')", WAIT);
        assertThat(browser.text("location.search")).contains("tag=transport").contains("q=quay");
    }

    @Test
    void wordsInQuotesMustStandTogetherInThatOrder() throws Exception {
        // the 24 reports say "The quay market opened": twenty on the first page, more to come
        assertThat(search("\"quay market\"")).hasSize(20);
        browser.waitFor("document.getElementById('search-status').textContent.startsWith('20 ')", WAIT);
        assertThat(texts("#search-status").get(0)).isEqualTo("20 articles so far have “\"quay market\"” as written; there may be more.");
        browser.eval("document.getElementById('search-more').click()");
        browser.waitFor("document.querySelectorAll('#search-results > li').length === 24", WAIT);
        browser.waitFor("document.getElementById('search-status').textContent.startsWith('24 ')", WAIT);
        assertThat(texts("#search-status").get(0)).isEqualTo("24 articles match “\"quay market\"”.");
        // the same words the other way round stand nowhere together
        search("\"market quay\"");
        browser.waitFor("document.getElementById('search-status').textContent.startsWith('No ')", WAIT);
        assertThat(texts("#search-results > li")).isEmpty();
        // "tram" is in two stories, "tram line" in one; function words aside ("the council approved")
        assertThat(search("“tram line”")).containsExactly("Tram line approved");
        assertThat(search("\"the council approved\" tram")).containsExactly("Tram line approved");
    }

    @Test
    void theMastheadSearchBoxSendsAQueryFromAnyPage() throws Exception {
        browser.open(root + "2024/03/07/tram-line-approved/");
        browser.eval("(() => { document.getElementById('masthead-q').value = 'tram depot'; document.querySelector('.masthead-search').requestSubmit(); })()");
        browser.waitFor("location.pathname === '/search/' && document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", WAIT);
        assertThat(texts("#search-results .teaser h2 a")).containsExactly("Tram depot site chosen");
        // the search page has its own form, not a second one in the masthead
        assertThat(browser.eval("document.querySelectorAll('.masthead-search').length").asInt()).isZero();
    }

    @Test
    void theMissingPageOffersTheDateItsAddressNamesAndSearchesItsWords() throws Exception {
        browser.open(root + "2024/03/07/old-tram-story/");
        browser.waitFor("!document.getElementById('not-found-suggestion').hidden", WAIT);
        assertThat(texts("#not-found-suggestion a")).containsExactly("Thursday, 7 March 2024");
        assertThat(hrefs("#not-found-suggestion a")).containsExactly("/2024/03/07/");
        assertThat(browser.eval("document.getElementById('not-found-q').value").asText()).isEqualTo("old tram story");
        // a day without articles: its month
        browser.open(root + "2024/03/29/gone/");
        browser.waitFor("!document.getElementById('not-found-suggestion').hidden", WAIT);
        assertThat(hrefs("#not-found-suggestion a")).containsExactly("/2024/03/");
        assertThat(texts("#not-found-suggestion a")).containsExactly("March 2024");
        // a year without articles: nothing to offer, only the search
        browser.open(root + "1999/01/01/party/");
        Thread.sleep(500);
        assertThat(browser.eval("document.getElementById('not-found-suggestion').hidden").asBoolean()).isTrue();
        assertThat(browser.eval("document.getElementById('not-found-q').value").asText()).isEqualTo("party");
        // and its form runs the search
        browser.eval("document.querySelector('#not-found form').requestSubmit()");
        browser.waitFor("location.pathname === '/search/' && document.getElementById('search-status').textContent.length > 0 "
                + "&& document.getElementById('search-status').textContent !== 'Searching…'", WAIT);
        assertThat(texts("#search-status")).containsExactly("No articles match “party”.");
    }

    @Test
    void searchFindsBodyWordsFoldsAccentsAndReadsJapanese() throws Exception {
        assertThat(search("cafe")).containsExactly("Tram line approved");
        assertThat(search("CAFÉ")).containsExactly("Tram line approved");
        assertThat(search("東京")).containsExactly("東京の高校生が訪問");
        assertThat(search("港")).containsExactly("東京の高校生が訪問");
        assertThat(search("zzzzqx")).isEmpty();
        assertThat(texts("#search-status").get(0)).isEqualTo("No articles match “zzzzqx”.");
    }

    @Test
    void equalMatchesComeNewestFirstAndMoreResultsLoadOnDemand() throws Exception {
        List<String> first = search("quay market");
        assertThat(first).hasSize(20);
        assertThat(texts("#search-status").get(0)).isEqualTo("24 articles match “quay market”.");
        // all 24 reports have both words in their title: among equal matches, newest first
        List<String> dates = strings(browser.eval("Array.from(document.querySelectorAll('#search-results time')).map(t => t.getAttribute('datetime'))"));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.eval("document.getElementById('search-more').hidden").asBoolean()).isFalse();
        browser.eval("document.getElementById('search-more').click()");
        browser.waitFor("document.querySelectorAll('#search-results li.teaser').length === 24", WAIT);
        assertThat(browser.eval("document.getElementById('search-more').hidden").asBoolean()).isTrue();
        // the tram article has "quay" in its body only: it matches one word of two, so it is not among them
        assertThat(texts("#search-results .teaser h2 a")).doesNotContain("Tram line approved");
    }

    /** The page's script splits each query of the shared table of cases as the Java analyser does (AnalysisCasesTest). */
    @ParameterizedTest(name = "the script splits queries as the table says: {0}")
    @MethodSource("gazette.search.AnalysisCasesTest#cases")
    void theScriptSplitsQueriesAsTheIndexDoes(gazette.search.AnalysisCasesTest.Case c) throws Exception {
        browser.open(root + "search/");
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(c.query());
        List<String> js = strings(browser.eval("GazetteSearch.terms(" + text + ", " + js(c.stemmer().id()) + ")"));
        assertThat(js).containsExactlyElementsOf(c.terms());
    }

    @Test
    void aNewQueryFromTheFormUpdatesTheAddress() throws Exception {
        search("ferry");
        browser.eval("(() => { document.getElementById('q').value = 'fog'; document.querySelector('#search-form button').click(); })()");
        browser.waitFor("location.search === '?q=fog' && document.querySelectorAll('#search-results li.teaser').length === 1", WAIT);
        assertThat(texts("#search-results .teaser h2 a")).containsExactly("Ferry delayed by fog");
    }

    // ---------------------------------------------------------------- for every kind of page

    static final String[] PAGES = {"", "2024/03/07/tram-line-approved/", "2024/03/07/", "2024/03/", "2024/", "archive/", "tags/transport/",
            "tags/", "search/?q=tram", "no/such/page/", "sections/city/", "sections/"};

    @ParameterizedTest(name = "accessible: /{0}")
    @ValueSource(strings = {"", "2024/03/07/tram-line-approved/", "2024/03/07/", "2024/03/", "2024/", "archive/", "tags/transport/",
            "tags/", "search/?q=tram", "no/such/page/", "sections/city/", "sections/"})
    void axeFindsNoSeriousOrCriticalViolations(String path) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            browser.viewport(dark ? 390 : 1280, 900, dark);
            browser.open(root + path);
            if (path.startsWith("search/")) browser.waitFor("document.querySelectorAll('#search-results li.teaser').length > 0 && !document.querySelector('#search-results > li[hidden]')", WAIT);
            List<String> serious = new ArrayList<>();
            List<String> minor = new ArrayList<>();
            for (JsonNode v : axe()) {
                String line = v.get("impact").asText() + " " + v.get("id").asText() + ": " + v.get("help").asText() + " at " + v.get("nodes");
                if (List.of("serious", "critical").contains(v.get("impact").asText())) serious.add(line);
                else minor.add(line);
            }
            if (!minor.isEmpty()) System.out.println("axe, /" + path + (dark ? " (dark)" : "") + ", minor: " + minor);
            assertThat(serious).as("axe on /%s%s", path, dark ? " in dark mode" : "").isEmpty();
        }
    }

    /** An edited headline's old address: the browser goes on to the story, and the page it would show is accessible. */
    @Test
    void anOldAddressSendsTheReaderOnAndItsPageIsAccessible() throws Exception {
        browser.viewport(1280, 900, false);
        browser.open(root + "2023/12/31/year-closes/");
        browser.waitFor("location.pathname.endsWith('/2023/12/31/year-s-end/') && document.readyState === 'complete'", WAIT);
        assertThat(browser.text("document.querySelector('h1').textContent")).isEqualTo("Year's end");
        for (boolean dark : new boolean[] {false, true}) {
            browser.viewport(dark ? 390 : 1280, 900, dark);
            // the redirect page as a reader whose browser does not follow it sees it: its refresh taken out
            browser.open(root + "archive/");
            browser.eval("(async () => { const h = (await (await fetch('" + root + "2023/12/31/year-closes/')).text())"
                    + ".replace(/<meta http-equiv=\"refresh\"[^>]*>/, ''); document.open(); document.write(h); document.close(); return true; })()");
            browser.waitFor("document.readyState === 'complete' && document.querySelector('.moved a') !== null", WAIT);
            List<String> serious = new ArrayList<>();
            for (JsonNode v : axe()) {
                if (List.of("serious", "critical").contains(v.get("impact").asText())) serious.add(v.get("id").asText() + ": " + v.get("nodes"));
            }
            assertThat(serious).as("axe on the redirect page%s", dark ? " in dark mode" : "").isEmpty();
        }
    }

    /** axe-core's violations on the open page (axe is injected first: the page loads no script of its own for it). */
    JsonNode axe() throws Exception {
        browser.eval(axe);
        return browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => "
                + "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))");
    }

    /** A guard: axe really runs and its findings reach the test (an image without a text alternative is critical). */
    @Test
    void axeReportsAViolationWhenThereIsOne() throws Exception {
        browser.open(root);
        browser.eval("document.querySelector('main').appendChild(document.createElement('img')).src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='");
        List<String> found = new ArrayList<>();
        for (JsonNode v : axe()) found.add(v.get("id").asText() + "/" + v.get("impact").asText());
        assertThat(found).contains("image-alt/critical");
    }

    @Test
    void everyPageFitsAPhoneAndLoadsNothingFromElsewhere() throws Exception {
        browser.viewport(360, 740, false);
        for (String path : PAGES) {
            browser.open(root + path);
            assertThat(browser.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean()).as("no sideways scrolling on /%s at 360 px", path).isTrue();
            List<String> foreign = strings(browser.eval("performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin))"));
            assertThat(foreign).as("third-party resources on /%s", path).isEmpty();
        }
    }

    /** What a page's styles and scripts cost a reader: under 48 KB as files, under 16 KB as a host sends them compressed. */
    @Test
    void stylesAndScriptsOfAPageWeighUnder48KilobytesAnd16Compressed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : PAGES) {
            browser.open(root + path);
            List<String> files = strings(browser.eval("Array.from(document.querySelectorAll('link[rel=stylesheet], script[src]')).map(e => e.href || e.src)"));
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (String url : files) all.write(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
                all.writeTo(z);
            }
            assertThat(all.size()).as("CSS and JS of /%s: %s", path, files).isLessThan(48 * 1024);
            assertThat(gz.size()).as("CSS and JS of /%s, compressed", path).isLessThan(16 * 1024);
        }
    }

    @Test
    void printingLeavesOutTheNavigation() throws Exception {
        browser.open(root + "2024/03/07/tram-line-approved/");
        browser.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.text("getComputedStyle(document.querySelector('.masthead nav')).display")).isEqualTo("none");
            assertThat(browser.text("getComputedStyle(document.querySelector('.related')).display")).isEqualTo("none");
            assertThat(browser.text("getComputedStyle(document.querySelector('.story .body')).display")).isEqualTo("block");
        } finally {
            browser.send("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndVisibleWhenFocused() throws Exception {
        browser.open(root);
        browser.send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
        browser.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
        assertThat(browser.text("document.activeElement.textContent")).isEqualTo("Skip to content");
        assertThat(browser.eval("document.activeElement.getBoundingClientRect().top >= 0").asBoolean()).isTrue();
        assertThat(browser.text("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
    }
}
