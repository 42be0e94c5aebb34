package gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gazette.index.Archive;
import gazette.read.Article;
import gazette.read.Slugs;
import gazette.index.Links;
import gazette.site.Settings;
import gazette.site.SettingsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index files: what they hold, how terms are split, and that sharding changes nothing of the content. */
class SearchIndexTest {
    @TempDir
    Path tmp;
    final ObjectMapper json = new ObjectMapper();

    static final SearchTerms ENGLISH = new SearchTerms(SearchTerms.Stemmer.ENGLISH);

    /** The index side: what a query looks up is in analysis-cases.tsv (AnalysisCasesTest). */
    @Test
    void theIndexKeepsSingleCjkCharactersAndTheHyphenatedWordsParts() {
        assertThat(ENGLISH.of("The Café in Zürich, and the CAFE: a 4.2-billion deal"))
                .containsExactly("cafe", "zurich", "2billion", "billion", "deal");
        // the index keeps single characters too, for one-character queries
        assertThat(ENGLISH.of("東京都")).containsExactly("東", "東京", "京", "京都", "都");
        assertThat(ENGLISH.of("a 東 b")).containsExactly("東");
        assertThat(ENGLISH.of("서울")).containsExactly("서", "서울", "울");
        // "e-mail" is found by "email" and by "mail"; the query "e-mail" looks for "email" alone
        assertThat(ENGLISH.of("e-mail well-known")).containsExactly("email", "mail", "wellknown", "well", "known");
        assertThat(ENGLISH.query("e-mail")).containsExactly("email");
        assertThat(ENGLISH.of("Elections 2024")).containsExactly("election", "2024");
        assertThat(ENGLISH.of("x".repeat(40))).containsExactly("x".repeat(SearchTerms.MAX_LENGTH));
    }

    @Test
    void anArticlesTextForSnippetsIsPlainTextWithoutMarkdownsMarks() {
        assertThat(SnippetTexts.plain("# Heading\n\n> A **bold** quote with `code`,\n\n| a | b |\n\nsnake_case and _emphasis_.\n"))
                .isEqualTo("Heading A bold quote with code, a b snake_case and emphasis.");
        assertThat(SnippetTexts.plain("x".repeat(30_000))).hasSize(SnippetTexts.MAX_CHARS);
        // marks between two words part them; a heading's marks go however many; a link's and a picture's brackets go
        assertThat(SnippetTexts.plain("|Labour|Conservative|\n## Results\nSee [the full report and ![Map"))
                .isEqualTo("Labour Conservative Results See the full report and Map");
    }

    /** An article's text, as the page reads it: the bytes its doc record points to in its day's file. */
    String text(gazette.testing.Fixture site, int id) throws IOException {
        JsonNode doc = json.readTree(site.file("search/docs-" + id / SearchIndex.DOCS_PER_SHARD + ".json")).get(id % SearchIndex.DOCS_PER_SHARD);
        String day = doc.get(2).asText();
        JsonNode at = doc.get(4);
        String name = "search/texts/" + day.substring(0, 4) + "/" + day.substring(5) + (at.get(0).asInt() == 0 ? "" : "-" + (at.get(0).asInt() + 1)) + ".txt";
        byte[] file = Files.readAllBytes(site.out.resolve(name));
        return new String(file, at.get(1).asInt(), at.get(2).asInt(), StandardCharsets.UTF_8);
    }

    @Test
    void eachDaysTextsAreOneFileWhereTheDocRecordsPointAndAHandDeletedOneComesBack() throws IOException {
        gazette.testing.Fixture site = new gazette.testing.Fixture(tmp);
        site.article("a.md", "# Tides\n\nThe **quay** flooded at _noon_.", "title: Tides", "date: 2024-03-07T08:00:00Z", "summary: High  water.");
        site.article("c.md", "Cafés reopened (€2 coffee).", "title: Cafés", "date: 2024-03-07T09:00:00Z", "summary: Cafés.");
        site.article("b.md", "Fog.", "title: Fog", "date: 2024-03-08");
        assertThat(site.build().exit()).isZero();
        // ids from the oldest: 0 tides, 1 cafés, 2 fog. The summary on the first line (the first words of the
        // body, when the article gives none), then the text
        assertThat(text(site, 0)).isEqualTo("High water.\nTides The quay flooded at noon.");
        assertThat(text(site, 1)).isEqualTo("Cafés.\nCafés reopened (€2 coffee).");
        assertThat(text(site, 2)).isEqualTo("Fog.\nFog.");
        // a day's texts, oldest first, one after the other in one file (offsets in bytes, not characters)
        assertThat(site.file("search/texts/2024/03-07.txt")).isEqualTo("High water.\nTides The quay flooded at noon.Cafés.\nCafés reopened (€2 coffee).");
        assertThat(site.file("search/texts/2024/03-08.txt")).isEqualTo("Fog.\nFog.");
        // nothing changed: every text stands; one file deleted by hand is made again, and only it
        assertThat(site.build().out()).contains("0 pages rendered, 0 files written");
        site.out.resolve("search/texts/2024/03-07.txt").toFile().delete();
        gazette.testing.Fixture.Run again = site.build();
        assertThat(again.exit()).isZero();
        assertThat(site.file("search/texts/2024/03-07.txt")).startsWith("High water.");
        assertThat(again.out()).contains("0 pages rendered, 1 files written");
        // no file for one article any more beside its page
        assertThat(site.out.resolve("2024/03/07/tides/search.txt")).doesNotExist();
    }

    @Test
    void aBusyDaysTextsAreSplitIntoFilesOfSixteen() throws IOException {
        gazette.testing.Fixture site = new gazette.testing.Fixture(tmp);
        for (int n = 0; n < SnippetTexts.PER_FILE + 2; n++) {
            site.article("n" + n + ".md", "Story number " + n + ".", "title: Story " + n, String.format("date: 2024-03-07T%02d:%02d:00Z", n / 2, n % 2 * 30));
        }
        assertThat(site.build().exit()).isZero();
        // oldest first: the first file holds the day's earliest sixteen, the second the two latest, so a new story goes at the end
        assertThat(text(site, SnippetTexts.PER_FILE + 1)).endsWith("Story number 17.");
        assertThat(text(site, 1)).endsWith("Story number 1.");
        assertThat(site.file("search/texts/2024/03-07-2.txt")).isEqualTo("Story number 16.\nStory number 16.Story number 17.\nStory number 17.");
        // the year in four digits, as the page cuts it from the record's date ("0999-03-07")
        assertThat(SnippetTexts.name(java.time.LocalDate.of(999, 3, 7), 1)).isEqualTo("search/texts/0999/03-07-2.txt");
    }

    @Test
    void theSameStoryPublishedTwiceIsFoundOnceAsItsFirst() throws IOException {
        gazette.testing.Fixture site = new gazette.testing.Fixture(tmp);
        site.article("first.md", "The kestrel nested on the harbour wall.", "title: Kestrel nests", "date: 2024-03-07T08:00:00Z");
        site.article("again.md", "The kestrel nested on the harbour wall.", "title: Kestrel nests on wall", "date: 2024-03-07T10:00:00Z");
        site.article("other.md", "A kestrel flew over.", "title: Flight", "date: 2024-03-06");
        assertThat(site.build().exit()).isZero();
        Map<String, byte[]> files = new java.util.HashMap<>();
        try (var walk = Files.walk(site.out.resolve("search"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) files.put("search/" + f.getFileName(), Files.readAllBytes(f));
        }
        Map<String, int[]> postings = postings(files, json.readTree(files.get("search/index.json")).get("termShards").asInt());
        // ids from the oldest: 0 the other, 1 the first, 2 the copy; the copy has no postings of its own
        assertThat(articles(postings.get("kestrel"))).containsExactly(0, 1);
        assertThat(articles(postings.get("wall"))).containsExactly(1);
        // its page, and its text for snippets, are there all the same
        assertThat(text(site, 2)).isEqualTo("The kestrel nested on the harbour wall.\nThe kestrel nested on the harbour wall.");
    }

    static int[] articles(int[] postings) {
        return java.util.Arrays.stream(postings).map(v -> v / Relevance.LEVELS).toArray();
    }

    static Map<Integer, Integer> levels(int[] postings) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (int v : postings) out.put(v / Relevance.LEVELS, v % Relevance.LEVELS);
        return out;
    }

    /** BM25's weight of a word in an article, as a level in each posting: where the word is, how often, in how long a text. */
    @Test
    void aWordWeighsMoreInAHeadlineOrOftenInAShortTextThanOnceInALongOne() throws IOException {
        gazette.testing.Fixture site = new gazette.testing.Fixture(tmp);
        String filler = "The committee met again on Tuesday to discuss the budget for the coming year. ".repeat(5);
        site.article("long.md", filler + "A lighthouse was mentioned.", "title: Budget talks", "date: 2024-03-07");
        site.article("keeper.md", "He retires after forty years.", "title: Lighthouse keeper retires", "date: 2024-03-06");
        site.article("storm.md", "The lighthouse stood. The lighthouse shone. The lighthouse survived.", "title: Storm night", "date: 2024-03-05");
        // the lead (the summary, or the first paragraph when there is none) counts twice: not here
        site.article("once.md", "Fog came in at dusk.\n\nThe lighthouse stood all night long.", "title: Fog", "date: 2024-03-04",
                "tags: [coast]");
        assertThat(site.build().exit()).isZero();
        Map<String, byte[]> files = new java.util.HashMap<>();
        try (var walk = Files.walk(site.out.resolve("search"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) files.put("search/" + f.getFileName(), Files.readAllBytes(f));
        }
        JsonNode index = json.readTree(files.get("search/index.json"));
        assertThat(index.get("levels").asInt()).isEqualTo(Relevance.LEVELS);
        assertThat(index.get("weights")).hasSize(Relevance.LEVELS);
        Map<Integer, Integer> level = levels(postings(files, index.get("termShards").asInt()).get("lighthouse"));
        // ids from the oldest: 0 once, 1 storm, 2 keeper, 3 long
        assertThat(level.keySet()).containsExactly(0, 1, 2, 3);
        assertThat(level.get(3)).as("once in a long text").isZero();
        assertThat(level.get(2)).as("in the headline").isEqualTo(Relevance.LEVELS - 1);
        assertThat(level.get(1)).as("three times in a short text").isGreaterThan(level.get(0));
        assertThat(level.get(0)).as("once in a short text").isGreaterThan(level.get(3));
        // a filter term weighs nothing: it only narrows
        assertThat(levels(postings(files, index.get("termShards").asInt()).get("tag:coast"))).containsExactly(Map.entry(0, 0));
    }

    @Test
    void markdownLinkTargetsUrlsAndTagsAreNotWords() {
        String text = SearchTerms.markdownText("See [the report](https://example.org/secretword \"Title\") at <https://other.example/x> "
                + "or https://bare.example/y, <abbr title=\"hidden\">HTML</abbr> &amp; **bold** `code`");
        assertThat(ENGLISH.of(text)).containsExactly("see", "report", "html", "bold", "code");
    }

    @Test
    void postingsRoundTripThroughTheCompactEncoding() {
        Postings.IntList values = new Postings.IntList();
        int[] expected = {0, 1, 31, 32, 33, 1000, 1001, 40_000, 2_000_000};
        for (int v : expected) values.add(v);
        StringBuilder s = new StringBuilder();
        Postings.encode(values, s);
        assertThat(Postings.decode(s.toString())).containsExactly(expected);
        // small gaps take one character each
        assertThat(s.substring(0, 3)).hasSize(3);
        assertThat(s.toString()).doesNotContain("\"").doesNotContain("\\");
    }

    @Test
    void indexHoldsArticlesOldestFirstAndTermsInTheirHashedShards() throws Exception {
        List<Article> articles = List.of(
                article("a.md", "The harbour master spoke of [tides](https://example.org/ignored).", "Café opens", "2024-03-07T10:00:00Z",
                        "A new café on the quay.", "Harbour"),
                article("b.md", "Ferries ran late in fog; the harbour was closed.", "Fog closes port", "2024-03-08T10:00:00Z", null),
                article("c.md", "東京の港で新しいフェリーが就航した。", "東京の港", "2024-03-09T10:00:00Z", null, "東京"));
        Map<String, byte[]> files = index(articles, 1);

        JsonNode meta = json.readTree(files.get("search/index.json"));
        assertThat(meta.get("docs").asInt()).isEqualTo(3);
        assertThat(meta.get("docsPerShard").asInt()).isEqualTo(SearchIndex.DOCS_PER_SHARD);
        assertThat(meta.get("stopWords").toString()).contains("\"the\"");

        JsonNode docs = json.readTree(files.get("search/docs-0.json"));
        assertThat(docs.size()).isEqualTo(3);
        // id 0 is the oldest, so a new story adds to the last file alone
        assertThat(docs.get(2).get(0).asText()).isEqualTo("東京の港");
        assertThat(docs.get(2).get(1).asText()).isEqualTo("2024/03/09/%E6%9D%B1%E4%BA%AC%E3%81%AE%E6%B8%AF/");
        assertThat(docs.get(0).get(0).asText()).isEqualTo("Café opens");
        assertThat(docs.get(0).get(2).asText()).isEqualTo("2024-03-07");
        assertThat(docs.get(0).get(3).get(0).toString()).as("a tag's name and slug").isEqualTo("[\"Harbour\",\"harbour\"]");

        Map<String, int[]> postings = postings(files, meta.get("termShards").asInt());
        // id·LEVELS + the term's weight in the article (aWordWeighsMore…)
        assertThat(articles(postings.get("harbour"))).containsExactly(0, 1);
        assertThat(articles(postings.get("cafe"))).containsExactly(0);
        assertThat(articles(postings.get("quay"))).containsExactly(0);
        assertThat(articles(postings.get("東京"))).containsExactly(2);
        assertThat(articles(postings.get("フェ"))).containsExactly(2);
        assertThat(articles(postings.get("港"))).containsExactly(2);
        assertThat(postings).doesNotContainKeys("the", "ignored", "https", "example");
        // the filters' terms: every article has its year; a tag's articles its slug
        assertThat(postings.get("year:2024")).containsExactly(0, 1 * Relevance.LEVELS, 2 * Relevance.LEVELS);
        assertThat(postings.get("tag:harbour")).containsExactly(0);
        assertThat(meta.get("years").toString()).isEqualTo("[2024]");
    }

    /** Forty articles over March 2024, with words and tags in common and one number each: their files in the content folder. */
    private List<Article> fortyArticles() {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            articles.add(article("a" + n + ".md", "Word" + (n % 7) + " common body text number" + n, "Title " + n,
                    "2024-03-" + String.format("%02d", 1 + n % 28) + "T" + String.format("%02d", n % 24) + ":00:00Z", null, "t" + n % 3));
        }
        return articles;
    }

    @Test
    void moreBucketsGiveTheSameTermsAndPostings() throws Exception {
        List<Article> articles = fortyArticles();
        Map<String, byte[]> one = index(articles, 1);
        Map<String, byte[]> eight = index(articles, 8);
        assertThat(json.readTree(eight.get("search/index.json")).get("termShards").asInt()).isGreaterThanOrEqualTo(8);
        Map<String, int[]> a = postings(one, json.readTree(one.get("search/index.json")).get("termShards").asInt());
        Map<String, int[]> b = postings(eight, json.readTree(eight.get("search/index.json")).get("termShards").asInt());
        assertThat(b.keySet()).isEqualTo(a.keySet()).contains("common", "word3", "number39", "t2");
        for (String t : a.keySet()) assertThat(b.get(t)).as(t).containsExactly(a.get(t));
        assertThat(a.get("common")).hasSize(40);
    }

    /**
     * The newest articles' postings stand apart from the term shards, and are weighed against the
     * older articles' average length: so a new story changes the recent files, the last doc file
     * and index.json, and not one term shard.
     */
    @Test
    void aNewStoryChangesTheRecentFilesNotTheTermShards() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < RecentTerms.BLOCK + 30; n++) {
            articles.add(article("a" + n + ".md", "Word" + (n % 7) + " common body text number" + n + " " + "filler ".repeat(n % 5), "Title " + n,
                    java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(n) + ":00Z", null, "t" + n % 3));
        }
        Map<String, byte[]> before = index(articles, 2);
        JsonNode meta = json.readTree(before.get("search/index.json"));
        assertThat(meta.get("recentFrom").asInt()).isEqualTo(RecentTerms.BLOCK);
        Map<String, int[]> postings = postings(before, meta.get("termShards").asInt());
        assertThat(articles(postings.get("common"))).hasSize(RecentTerms.BLOCK + 30);
        Map<String, int[]> older = new TreeMap<>();
        read(before, "search/terms-", meta.get("termShards").asInt(), older);
        assertThat(articles(older.get("common"))).as("the term shards hold the oldest 256").hasSize(RecentTerms.BLOCK);
        assertThat(java.util.Arrays.stream(articles(older.get("common"))).max().getAsInt()).isEqualTo(RecentTerms.BLOCK - 1);

        // a long one: an average over every article would move the older ones' levels
        articles = new ArrayList<>(articles);
        articles.add(article("new.md", "Word3 common body text, and a storm. " + "A long report on the weather. ".repeat(2000), "A new story", "2025-01-01T00:00:00Z", null, "t1"));
        Map<String, byte[]> after = index(articles, 2);
        List<String> changed = after.keySet().stream().filter(f -> !java.util.Arrays.equals(after.get(f), before.get(f))).toList();
        assertThat(changed).noneMatch(f -> f.startsWith("search/terms-")).contains("search/index.json", "search/docs-14.json")
                .noneMatch(f -> f.startsWith("search/docs-") && !f.equals("search/docs-14.json"));
        assertThat(articles(postings(after, meta.get("termShards").asInt()).get("storm"))).containsExactly(RecentTerms.BLOCK + 30);
    }

    /**
     * The terms kept beside the site: a build after an edit reads the edited body alone again, and
     * writes what an index made from every body gives; a cache of two builds (one killed among its
     * renames) is not used.
     */
    @Test
    void anEditReadsItsOwnBodyAloneAndTheIndexIsWhatEveryBodyGives() throws Exception {
        List<Article> articles = fortyArticles();
        Path out = tmp.resolve("site");
        Map<String, byte[]> first = new TreeMap<>();
        assertThat(cached(articles, out, first).bodiesRead()).isEqualTo(40);
        Map<String, byte[]> second = new TreeMap<>();
        assertThat(cached(articles, out, second).bodiesRead()).as("nothing changed: every term from the cache").isZero();
        assertThat(made).as("nothing changed: every file kept").isEmpty();
        assertThat(strings(second)).isEqualTo(strings(first));
        try (var left = Files.list(tmp.resolve(".site.gazette-search"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left").noneMatch(f -> f.startsWith("spill-"));
        }

        // one body edited: only it is read again, and the words it lost are gone; an unchanged article whose
        // page is rendered again gives its terms while rendering, and they are not counted twice
        Files.writeString(tmp.resolve("content/a7.md"), "---\ntitle: x\ndate: 2024-01-01\n---\nWord0 harbour flooded\n");
        Map<String, byte[]> edited = new TreeMap<>();
        SearchIndex.Result r = cached(articles, out, edited, "a3.md");
        assertThat(r.bodiesRead()).as("the edited body, and its day's neighbour whose text file is made again").isBetween(1, 2);
        assertThat(strings(edited)).isEqualTo(strings(index(articles, 1)));
        Map<String, int[]> postings = postings(edited, json.readTree(edited.get("search/index.json")).get("termShards").asInt());
        assertThat(postings).containsKey("harbour").doesNotContainKey("number7");

        // a bucket file cut short: the cache is passed over when loaded, and every body read
        Path cut = tmp.resolve(".site.gazette-search/terms-0.bin");
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 3));
        lastPrints.clear();
        Map<String, byte[]> afterCut = new TreeMap<>();
        assertThat(cached(articles, out, afterCut).bodiesRead()).isEqualTo(40);
        assertThat(strings(afterCut)).isEqualTo(strings(edited));

        // one of the right length whose bytes changed: the build stops, naming it, and the next reads every body
        byte[] rewritten = Files.readAllBytes(cut);
        for (int k = 20; k < rewritten.length; k++) rewritten[k] = (byte) 0xFF;
        Files.write(cut, rewritten);
        lastPrints.clear();
        assertThatThrownBy(() -> cached(articles, out, new TreeMap<>())).isInstanceOf(IOException.class)
                .hasMessageContaining("terms-0.bin: the search index's cache is damaged").hasMessageContaining("the next build reads every body again");
        lastPrints.clear();
        Map<String, byte[]> healed = new TreeMap<>();
        assertThat(cached(articles, out, healed).bodiesRead()).isEqualTo(40);
        assertThat(strings(healed)).isEqualTo(strings(edited));

        // bucket files of another build: the cache is passed over, and the index is the same
        Path bucket = tmp.resolve(".site.gazette-search/terms-0.bin");
        byte[] bytes = Files.readAllBytes(bucket);
        bytes[5] ^= 1; // its generation
        Files.write(bucket, bytes);
        lastPrints.clear(); // and the site's files gone: the index cannot be kept whole
        Map<String, byte[]> again = new TreeMap<>();
        assertThat(cached(articles, out, again).bodiesRead()).isEqualTo(40);
        assertThat(strings(again)).isEqualTo(strings(edited));
    }

    /**
     * An archive of more than two blocks of the newest articles (RecentTerms), so that most
     * postings are in the term shards, which take the cached terms of the articles not read again:
     * after an older body is edited, a story removed and a new one added, the index is what every
     * body gives, and the others' terms came from the cache.
     */
    @Test
    void theTermShardsMadeFromTheCacheAfterEditsAreWhatEveryBodyGives() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            articles.add(article("s" + n + ".md", "Word" + (n % 11) + " shared body text item" + n + (n % 5 == 0 ? " harbour harbour harbour" : ""),
                    "Title " + n, java.time.LocalDate.of(2022, 1, 1).plusDays(n) + "T" + String.format("%02d", n % 24) + ":00:00Z", null, "t" + n % 4));
        }
        Path out = tmp.resolve("site");
        assertThat(cached(articles, out, new TreeMap<>()).bodiesRead()).isEqualTo(600);

        Files.writeString(tmp.resolve("content/s40.md"), "---\ntitle: x\ndate: 2024-01-01\n---\nWord3 flooded ferry harbour item40 item40\n");
        articles.removeIf(a -> a.file().equals("s100.md"));
        articles.add(article("s600.md", "Word1 newest ferry harbour", "Title 600", "2023-12-01T09:00:00Z", null, "t1"));
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndex.Result r = cached(articles, out, files);
        assertThat(r.bodiesRead()).as("the others' terms from the cache").isLessThan(60);
        assertThat(strings(files)).isEqualTo(strings(index(articles, 1)));
        Map<String, int[]> postings = postings(files, json.readTree(files.get("search/index.json")).get("termShards").asInt());
        assertThat(postings).containsKeys("harbour", "ferry", "flooded").doesNotContainKey("100");
    }

    /**
     * One body edited: the doc file that lists its article is made again, and the one that lists
     * the article after it in its day's text file (whose place there moved); the others are kept.
     * The index is what every body gives.
     */
    @Test
    void anEditedBodyMakesItsOwnDocFileAgainAndKeepsTheOthers() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            // d40, the first of the third doc file, shares d39's day, later in it
            String when = n == 40 ? "2024-02-09T12:00:00Z" : java.time.LocalDate.of(2024, 1, 1).plusDays(n) + "T10:00:00Z";
            articles.add(article("d" + n + ".md", "Word" + (n % 7) + " body " + n, "Title " + n, when, null, "t" + n % 3));
        }
        Path out = tmp.resolve("site");
        cached(articles, out, new TreeMap<>());
        assertThat(made).filteredOn(f -> f.startsWith("search/docs-")).hasSize(5);
        Files.writeString(tmp.resolve("content/d39.md"), "---\ntitle: x\ndate: 2024-01-01\n---\nA longer body, for the storm report as edited\n");
        Map<String, byte[]> edited = new TreeMap<>();
        cached(articles, out, edited);
        // d39 is the 40th oldest: id 39, the last of the second file of twenty
        assertThat(made).filteredOn(f -> f.startsWith("search/docs-")).containsExactly("search/docs-1.json", "search/docs-2.json");
        assertThat(strings(edited)).isEqualTo(strings(index(articles, 1)));
    }

    /** The archive grew past a bucket count's bound: the last build's cache, of fewer buckets, is passed over. */
    @Test
    void aCacheOfAnotherBucketCountIsPassedOver() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 12; n++) articles.add(article("b" + n + ".md", "Word" + n + " body", "Title " + n, "2024-03-0" + (1 + n % 9) + "T10:00:00Z", null));
        Settings settings = SettingsFile.load(tmp.resolve("none.yaml"));
        Archive archive = Archive.of(articles, settings.timeZone());
        long[] sources = new long[archive.size()];
        Map<String, String> one = new TreeMap<>();
        Map<String, String> two = new TreeMap<>();
        for (int buckets : new int[] {1, 2}) {
            Map<String, byte[]> files = new TreeMap<>();
            try (SearchIndex index = new SearchIndex(archive, new Links(settings), settings, tmp.resolve("content"))
                    .skipUnchanged(new gazette.render.ArchivePrints(archive, sources, "test")).keepTermsBeside(tmp.resolve("site"), "test", false)) {
                assertThat(index.write((p, bytes) -> files.put(p, bytes), buckets).bodiesRead()).as("%d buckets", buckets).isEqualTo(12);
            }
            (buckets == 1 ? one : two).putAll(strings(files));
        }
        assertThat(postings(two.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getBytes(StandardCharsets.UTF_8))),
                json.readTree(two.get("search/index.json")).get("termShards").asInt())).containsKeys("word3", "title");
    }

    @Test
    void theTemporaryFilesOfAKilledBuildAreRemovedByTheNext() throws IOException {
        gazette.testing.Fixture site = new gazette.testing.Fixture(tmp);
        site.article("a.md", "Tides.", "title: Tides", "date: 2024-03-07");
        Path left = site.out.resolveSibling(".site.gazette-search/spill-123/bucket-0.bin");
        Files.createDirectories(left.getParent());
        Files.writeString(left, "left by a build that was killed");
        assertThat(site.build().exit()).isZero();
        assertThat(left.getParent()).doesNotExist();
        try (var cache = Files.list(site.out.resolveSibling(".site.gazette-search"))) {
            assertThat(cache.map(p -> p.getFileName().toString())).contains("articles.bin", "terms-0.bin").noneMatch(n -> n.startsWith("spill-"));
        }
    }

    private static Map<String, String> strings(Map<String, byte[]> files) {
        Map<String, String> s = new TreeMap<>();
        files.forEach((name, bytes) -> s.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return s;
    }

    /** The files of the last {@link #cached} index, with their fingerprints: a file made from the same inputs is kept, as a build keeps it. */
    private final Map<String, Long> lastPrints = new TreeMap<>();
    private final Map<String, byte[]> lastFiles = new TreeMap<>();
    /** The files the last {@link #cached} index made, not kept from the one before. */
    private final java.util.Set<String> made = new java.util.TreeSet<>();

    /**
     * The index of these articles, with its terms kept beside {@code out} (the fingerprints from the
     * files' bytes), the bodies of {@code rendered} given as a build gives them while rendering their pages.
     */
    private SearchIndex.Result cached(List<Article> articles, Path out, Map<String, byte[]> files, String... rendered) throws Exception {
        Settings settings = SettingsFile.load(tmp.resolve("none.yaml"));
        Archive archive = Archive.of(articles, settings.timeZone());
        long[] sources = new long[archive.size()];
        for (int i = 0; i < sources.length; i++) sources[i] = java.util.Arrays.hashCode(Files.readAllBytes(tmp.resolve("content").resolve(archive.article(i).file())));
        try (SearchIndex index = new SearchIndex(archive, new Links(settings), settings, tmp.resolve("content"))
                .skipUnchanged(new gazette.render.ArchivePrints(archive, sources, "test")).keepTermsBeside(out, "test", false)) {
            gazette.render.BodySource whileRendering = index.collectWhileRendering();
            for (int i = 0; i < archive.size(); i++) {
                if (List.of(rendered).contains(archive.article(i).file())) {
                    whileRendering.read(i, archive.article(i), new gazette.read.BodyReader(tmp.resolve("content")).read(archive.article(i)));
                }
            }
            Map<String, Long> prints = new TreeMap<>();
            made.clear();
            SearchIndex.Result r = index.write(new gazette.write.FileSink() {
                @Override
                public void file(String relative, byte[] content) {
                    files.put(relative, content);
                }

                @Override
                public void file(String relative, byte[] content, long fingerprint) {
                    files.put(relative, content);
                    prints.put(relative, fingerprint);
                    made.add(relative);
                }

                @Override
                public boolean reusable(String relative, long fingerprint) {
                    return fingerprint != 0 && Long.valueOf(fingerprint).equals(lastPrints.get(relative));
                }

                @Override
                public boolean reuse(String relative, long fingerprint) {
                    if (!reusable(relative, fingerprint)) return false;
                    files.put(relative, lastFiles.get(relative));
                    prints.put(relative, fingerprint);
                    return true;
                }

                @Override
                public boolean keepable(String relative) {
                    return lastPrints.containsKey(relative);
                }

                @Override
                public boolean keep(String relative) {
                    return keepable(relative) && reuse(relative, lastPrints.get(relative));
                }
            }, TermBuckets.count(archive.size()));
            lastPrints.clear();
            lastPrints.putAll(prints);
            lastFiles.clear();
            lastFiles.putAll(files);
            return r;
        }
    }

    @Test
    void bucketsMadeOnSeveralThreadsReachTheSinkOneFileAtATime() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 40; n++) articles.add(article("s" + n + ".md", "Word" + n + " harbour body " + n, "Title " + n, "2024-03-0" + (1 + n % 9) + "T10:00:00Z", null));
        Settings settings = SettingsFile.load(tmp.resolve("none.yaml"));
        Archive archive = Archive.of(articles, settings.timeZone());
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, byte[]> files = new java.util.HashMap<>(); // not safe for threads, as a sink need not be
        new SearchIndex(archive, new Links(settings), settings, tmp.resolve("content")).write((p, bytes) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2); // long enough for another bucket's thread to come in, were it let
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            files.put(p, bytes);
            inside.decrementAndGet();
        }, 8);
        assertThat(most.get()).isEqualTo(1);
        assertThat(postings(files, json.readTree(files.get("search/index.json")).get("termShards").asInt())).containsKeys("word39", "harbour");
    }

    @Test
    void aPhotoCreditAndAnEditorAreSearchable() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content").resolve("t.txt"), "date 2024-03-07\nQuay reopens\n\nThe quay reopened on Monday, officials said.\n"
                + "Photo: Ann Kestrel\n\nWorkers repair the quay, March 5.\n\nSource: Wire   Editor: Dee Harrow\n");
        Settings settings = SettingsFile.load(tmp.resolve("none.yaml"));
        Archive archive = Archive.of(new gazette.read.ContentReader(tmp.resolve("content"), settings.timeZone()).read().articles(), settings.timeZone());
        Map<String, byte[]> files = new TreeMap<>();
        new SearchIndex(archive, new Links(settings), settings, tmp.resolve("content")).write((p, bytes) -> files.put(p, bytes), 1);
        Map<String, int[]> postings = postings(files, json.readTree(files.get("search/index.json")).get("termShards").asInt());
        assertThat(postings).containsKeys("kestrel", "harrow", "quay");
    }

    /** A Markdown file in the content folder, and its metadata as the reader would give it. */
    private Article article(String file, String body, String title, String when, String summary, String... tags) {
        try {
            Files.createDirectories(tmp.resolve("content"));
            Files.writeString(tmp.resolve("content").resolve(file), "---\ntitle: x\ndate: 2024-01-01\n---\n" + body + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Article(file, Article.Format.MARKDOWN, title, Instant.parse(when), true, Slugs.slugify(title, null), List.of(tags),
                List.of(), null, summary, null, null, false, Map.of());
    }

    private Map<String, byte[]> index(List<Article> articles, int buckets) throws Exception {
        Settings settings = SettingsFile.load(tmp.resolve("none.yaml"));
        Archive archive = Archive.of(articles, settings.timeZone());
        Map<String, byte[]> files = new TreeMap<>();
        new SearchIndex(archive, new Links(settings), settings, tmp.resolve("content")).write((p, bytes) -> files.put(p, bytes), buckets);
        return files;
    }

    /**
     * Every term's postings, the term shards' then the recent files', as the page joins them,
     * checking each term sits in the file its hash names.
     */
    private Map<String, int[]> postings(Map<String, byte[]> files, int shards) throws IOException {
        Map<String, int[]> all = new TreeMap<>();
        read(files, "search/terms-", shards, all);
        read(files, "search/recent-", RecentTerms.SHARDS, all);
        return all;
    }

    private void read(Map<String, byte[]> files, String prefix, int shards, Map<String, int[]> all) throws IOException {
        for (int s = 0; s < shards; s++) {
            byte[] bytes = files.get(prefix + s + ".json");
            assertThat(bytes).as("shard %d", s).isNotNull();
            JsonNode shard = json.readTree(bytes);
            for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertThat(TermHash.of(e.getKey()) % shards).as(e.getKey()).isEqualTo(s);
                int[] older = all.getOrDefault(e.getKey(), new int[0]);
                int[] newer = Postings.decode(e.getValue().asText());
                if (older.length > 0) assertThat(newer[0]).as("the newest articles' ids follow the others'").isGreaterThan(older[older.length - 1]);
                all.put(e.getKey(), java.util.stream.IntStream.concat(java.util.Arrays.stream(older), java.util.Arrays.stream(newer)).toArray());
            }
        }
        assertThat(files.keySet().stream().filter(p -> p.startsWith(prefix)).count()).isEqualTo(shards);
    }
}
