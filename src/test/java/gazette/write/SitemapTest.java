package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.index.Archive;
import gazette.read.Article;
import gazette.read.ContentReader;
import gazette.site.Settings;
import gazette.text.Xml;
import gazette.site.SettingsFile;
import gazette.testing.Fixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sitemaps of a fixture archive, read with the JDK's XML parser: every page listed once with
 * an absolute URL under the sub-path, articles with lastmod; the split into an index and parts by
 * count and by size; the news sitemap's 48-hour window and its 1,000 cap.
 */
class SitemapTest {
    static final String BASE = "https://example.org/news/";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Instant NOW = Instant.now();

    @TempDir
    static Path tmp;
    static Fixture site;

    @BeforeAll
    static void build() {
        site = new Fixture(tmp);
        site.settings("""
                title: The Harbour Gazette
                publisher: Harbour Media Ltd
                base_url: https://example.org/news/
                language: en-GB
                timezone: UTC
                page_size: 2
                sections: front_matter
                """);
        site.article("old/a.md", "A.", "title: Old one", "date: 2023-05-01T10:00:00Z", "tags: [harbour, 東京]");
        site.article("old/b.md", "B.", "title: Old two", "date: 2023-05-01", "tags: [harbour]", "updated: 2023-05-03T08:00:00Z");
        site.article("old/c.md", "C.", "title: Old three", "date: 2023-06-02T10:00:00Z", "tags: [harbour]");
        // the news window, counted back from the build's own clock, with an hour's margin either side of its edges
        site.article("new/in1.md", "X.", "title: 'Fresh <one> & only'", "date: " + NOW.minus(Duration.ofHours(1)), "section: 'Ports & <Ferries>'");
        site.article("new/in2.md", "X.", "title: Fresh two", "date: " + NOW.minus(Duration.ofHours(47)));
        site.article("new/out.md", "X.", "title: Just too old", "date: " + NOW.minus(Duration.ofHours(49)));
        Fixture.Run run = site.build();
        assertThat(run.exit()).as("build; stderr:%n%s", run.err()).isZero();
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static Document xml(String file) throws Exception {
        return xml(Files.readAllBytes(site.out.resolve(file)));
    }

    /** loc → lastmod (null when absent), in document order. */
    static Map<String, String> urls(Document d) {
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("urlset");
        Map<String, String> out = new LinkedHashMap<>();
        NodeList urls = d.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int k = 0; k < urls.getLength(); k++) {
            Element u = (Element) urls.item(k);
            String loc = u.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            NodeList lm = u.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            assertThat(out.put(loc, lm.getLength() == 0 ? null : lm.item(0).getTextContent())).as("listed twice: %s", loc).isNull();
        }
        return out;
    }

    /** Every index.html of the built site as the absolute URL it is served at. */
    static Set<String> pagesOnDisk(Path out) throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> p.getFileName().toString().equals("index.html")).forEach(p -> {
                String rel = out.relativize(p.getParent()).toString().replace('\\', '/');
                pages.add(rel.isEmpty() ? BASE : BASE + rel + "/");
            });
        }
        return pages;
    }

    static Set<String> decoded(Set<String> urls) {
        Set<String> out = new TreeSet<>();
        for (String u : urls) out.add(URLDecoder.decode(u, StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void sitemapListsEveryPageOnceWithArticlesLastmod() throws Exception {
        Map<String, String> urls = urls(xml("sitemap.xml"));
        // every page but the search page, which is for readers, not crawlers (it says noindex)
        Set<String> pages = pagesOnDisk(site.out);
        assertThat(pages.remove(BASE + "search/")).isTrue();
        assertThat(decoded(urls.keySet())).isEqualTo(pages);
        assertThat(urls.keySet()).allMatch(u -> u.startsWith(BASE)).contains(BASE + "tags/%E6%9D%B1%E4%BA%AC/");
        assertThat(urls).doesNotContainKey(BASE + "404.html");
        // articles carry their last change (the update when given), listings none
        assertThat(urls.get(BASE + "2023/05/01/old-one/")).isEqualTo("2023-05-01T10:00:00Z");
        assertThat(urls.get(BASE + "2023/05/01/old-two/")).isEqualTo("2023-05-03T08:00:00Z");
        assertThat(urls.get(BASE + "2023/05/01/")).isNull();
        assertThat(urls).containsKey(BASE + "page/1/");
        assertThat(urls.get(BASE + "page/1/")).isNull();
        long withLastmod = urls.values().stream().filter(v -> v != null).count();
        assertThat(withLastmod).isEqualTo(6);
        assertThat(site.exists("sitemap-1.xml")).as("no split for a small site").isFalse();
    }

    @Test
    void robotsTxtNamesTheSitemaps() {
        assertThat(site.file("robots.txt")).isEqualTo("""
                User-agent: *
                Disallow:

                Sitemap: https://example.org/news/sitemap.xml
                Sitemap: https://example.org/news/news-sitemap.xml
                """);
    }

    @Test
    void newsSitemapHoldsTheLast48HoursInGoogleNewsFormat() throws Exception {
        Document d = xml("news-sitemap.xml");
        Map<String, String> urls = urls(d);
        assertThat(urls.keySet()).hasSize(2).allMatch(u -> u.startsWith(BASE));
        NodeList news = d.getElementsByTagNameNS(NEWS_NS, "news");
        List<String> titles = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (int k = 0; k < news.getLength(); k++) {
            Element n = (Element) news.item(k);
            Element pub = (Element) n.getElementsByTagNameNS(NEWS_NS, "publication").item(0);
            assertThat(pub.getElementsByTagNameNS(NEWS_NS, "name").item(0).getTextContent()).isEqualTo("Harbour Media Ltd");
            assertThat(pub.getElementsByTagNameNS(NEWS_NS, "language").item(0).getTextContent()).isEqualTo("en");
            titles.add(n.getElementsByTagNameNS(NEWS_NS, "title").item(0).getTextContent());
            dates.add(Instant.parse(n.getElementsByTagNameNS(NEWS_NS, "publication_date").item(0).getTextContent()));
            NodeList kw = n.getElementsByTagNameNS(NEWS_NS, "keywords");
            keywords.add(kw.getLength() == 0 ? null : kw.item(0).getTextContent());
        }
        assertThat(titles).containsExactly("Fresh <one> & only", "Fresh two");
        assertThat(keywords).as("an article's section, when it has one").containsExactly("Ports & <Ferries>", null);
        assertThat(dates).containsExactly(NOW.minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                NOW.minus(Duration.ofHours(47)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    // ---------------------------------------------------------------- the news window, to the second

    static Article article(String title, Instant when) {
        return new Article("x/" + title + ".md", Article.Format.MARKDOWN, title, when, true, title.toLowerCase().replace(' ', '-'),
                List.of(), List.of(), null, null, null, null, false, Map.of());
    }

    @Test
    void newsWindowIncludesExactly48HoursAndNothingAfterNow() throws Exception {
        Instant now = Instant.parse("2024-03-09T12:00:00Z");
        List<Article> articles = List.of(
                article("future", now.plusSeconds(1)),     // let in by --future, but not yet news
                article("now", now),
                article("edge", now.minus(Duration.ofHours(48))),
                article("stale", now.minus(Duration.ofHours(48)).minusSeconds(1)));
        Archive archive = Archive.of(articles, ZoneId.of("UTC"));
        Map<String, byte[]> files = new HashMap<>();
        int n = NewsSitemap.write(archive, settings(), now, files::put);
        assertThat(n).isEqualTo(2);
        assertThat(urls(xml(files.get("news-sitemap.xml"))).keySet()).containsExactly(BASE + "2024/03/09/now/", BASE + "2024/03/07/edge/");
    }

    @Test
    void newsSitemapStopsAtOneThousandNewestFirst() throws Exception {
        Instant now = Instant.parse("2024-03-09T12:00:00Z");
        List<Article> articles = new ArrayList<>();
        for (int k = 0; k < 1005; k++) articles.add(article("n" + k, now.minusSeconds(60L * k)));
        Map<String, byte[]> files = new HashMap<>();
        assertThat(NewsSitemap.write(Archive.of(articles, ZoneId.of("UTC")), settings(), now, files::put)).isEqualTo(1000);
        List<String> locs = new ArrayList<>(urls(xml(files.get("news-sitemap.xml"))).keySet());
        assertThat(locs).hasSize(1000);
        assertThat(locs.get(0)).endsWith("/n0/");
        assertThat(locs.get(999)).endsWith("/n999/");
    }

    @Test
    void newsLanguageIsTheIsoCodeWithGooglesChineseExceptions() {
        assertThat(NewsSitemap.language("en-GB")).isEqualTo("en");
        assertThat(NewsSitemap.language("ja")).isEqualTo("ja");
        assertThat(NewsSitemap.language("zh-Hant")).isEqualTo("zh-tw");
        assertThat(NewsSitemap.language("zh-TW")).isEqualTo("zh-tw");
        assertThat(NewsSitemap.language("zh-CN")).isEqualTo("zh-cn");
        assertThat(NewsSitemap.language("zh")).isEqualTo("zh-cn");
    }

    static Settings settings() {
        return Settings.defaults().withBaseUrl(BASE);
    }

    // ---------------------------------------------------------------- the split

    /** Reads sitemap.xml as an index, then every part it names; returns all URLs in order. */
    static List<String> readSplit(Map<String, byte[]> files, int maxUrls, long maxBytes) throws Exception {
        Document index = xml(files.get("sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList locs = index.getElementsByTagNameNS(SITEMAP_NS, "loc");
        assertThat(locs.getLength()).isEqualTo(files.size() - 1);
        List<String> all = new ArrayList<>();
        for (int k = 0; k < locs.getLength(); k++) {
            String loc = locs.item(k).getTextContent();
            assertThat(loc).isEqualTo(BASE + "sitemap-" + (k + 1) + ".xml");
            byte[] part = files.get("sitemap-" + (k + 1) + ".xml");
            assertThat((long) part.length).as("part %d size", k + 1).isLessThanOrEqualTo(maxBytes);
            Map<String, String> urls = urls(xml(part));
            assertThat(urls.size()).as("part %d URLs", k + 1).isBetween(1, maxUrls);
            all.addAll(urls.keySet());
        }
        return all;
    }

    @Test
    void aSiteOverTheLimitGetsAnIndexAndNumberedParts() throws Exception {
        Settings settings = SettingsFile.load(site.root.resolve("gazette.yaml"));
        Archive archive = Archive.of(new ContentReader(site.content, settings.timeZone()).read().articles(), settings.timeZone());
        Map<String, byte[]> single = new LinkedHashMap<>();
        SitemapWriter.Result one = Sitemaps.write(plan(archive, settings), settings, new SitemapWriter(single::put, BASE));
        List<String> everything = new ArrayList<>(urls(xml(single.get("sitemap.xml"))).keySet());
        assertThat(one).isEqualTo(new SitemapWriter.Result(everything.size(), 1));

        // split by count: 7 URLs a part
        Map<String, byte[]> byCount = new LinkedHashMap<>();
        SitemapWriter.Result r = Sitemaps.write(plan(archive, settings), settings, new SitemapWriter(byCount::put, BASE, 7, SitemapWriter.MAX_BYTES));
        int parts = (everything.size() + 6) / 7;
        assertThat(r).isEqualTo(new SitemapWriter.Result(everything.size(), parts + 1));
        assertThat(byCount.keySet()).hasSize(parts + 1).contains("sitemap.xml", "sitemap-1.xml", "sitemap-" + parts + ".xml");
        assertThat(readSplit(byCount, 7, SitemapWriter.MAX_BYTES)).isEqualTo(everything);

        // split by size: parts of at most 1,200 bytes
        Map<String, byte[]> bySize = new LinkedHashMap<>();
        Sitemaps.write(plan(archive, settings), settings, new SitemapWriter(bySize::put, BASE, SitemapWriter.MAX_URLS, 1200));
        assertThat(bySize.size()).isGreaterThan(2);
        assertThat(readSplit(bySize, SitemapWriter.MAX_URLS, 1200)).isEqualTo(everything);
    }

    /** The protocol's own limit, with 60,000 synthetic URLs: 50,000 in the first part, the rest in the second. */
    @Test
    void sixtyThousandUrlsSplitAtFiftyThousand() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        SitemapWriter w = new SitemapWriter(files::put, BASE);
        List<String> added = new ArrayList<>(60_000);
        for (int k = 0; k < 60_000; k++) {
            String loc = BASE + "2024/01/01/story-" + k + "/";
            added.add(loc);
            w.add(loc, k % 2 == 0 ? "2024-01-01T00:00:00Z" : null);
        }
        assertThat(w.finish()).isEqualTo(new SitemapWriter.Result(60_000, 3));
        assertThat(files.keySet()).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml");
        assertThat(urls(xml(files.get("sitemap-1.xml")))).hasSize(50_000);
        assertThat(urls(xml(files.get("sitemap-2.xml")))).hasSize(10_000);
        assertThat(readSplit(files, 50_000, 50L * 1024 * 1024)).isEqualTo(added);
    }

    /**
     * A generated archive genuinely over 50,000 pages, through the real page enumeration and the
     * protocol's limits. (A full build of it takes some 20 s, too slow for this suite: the
     * archive is made in memory and only the sitemap is written.)
     */
    @Test
    void aGeneratedArchiveOverFiftyThousandPagesSplits() throws Exception {
        int articles = 26_000;
        List<Article> list = new ArrayList<>(articles);
        Instant first = Instant.parse("1950-01-01T08:00:00Z");
        for (int k = 0; k < articles; k++) list.add(article("s" + k, first.plus(Duration.ofDays(k))));
        Archive archive = Archive.of(list, ZoneId.of("UTC"));
        // one page per article and per day, the months and years, home pages of 20, the archive and the tags index
        int expected = articles + archive.days().size() + archive.months().size() + archive.years().size() + (articles + 19) / 20 + 2;
        assertThat(expected).isGreaterThan(50_000);

        Map<String, byte[]> files = new LinkedHashMap<>();
        SitemapWriter.Result r = Sitemaps.write(plan(archive, settings()), settings(), new SitemapWriter(files::put, BASE));
        assertThat(r).isEqualTo(new SitemapWriter.Result(expected, 3));
        List<String> all = readSplit(files, SitemapWriter.MAX_URLS, SitemapWriter.MAX_BYTES);
        assertThat(all).hasSize(expected).doesNotHaveDuplicates();
        assertThat(urls(xml(files.get("sitemap-1.xml")))).hasSize(50_000);
    }

    @Test
    void exactlyAtTheLimitStaysOneFile() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        SitemapWriter w = new SitemapWriter(files::put, BASE, 3, SitemapWriter.MAX_BYTES);
        for (int k = 0; k < 3; k++) w.add(BASE + k + "/", null);
        assertThat(w.finish()).isEqualTo(new SitemapWriter.Result(3, 1));
        assertThat(files.keySet()).containsExactly("sitemap.xml");
        assertThat(urls(xml(files.get("sitemap.xml")))).hasSize(3);
    }

    @Test
    void limitsBeyondTheProtocolAreRefused() {
        assertThatThrownBy(() -> new SitemapWriter((a, b) -> {}, BASE, 50_001, SitemapWriter.MAX_BYTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapWriter((a, b) -> {}, BASE, 10, 51L * 1024 * 1024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xmlEscapingKeepsEveryFileWellFormed() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        SitemapWriter w = new SitemapWriter(files::put, BASE);
        w.add(BASE + "a&b<c>\"d\u0001/", null);
        w.finish();
        assertThat(urls(xml(files.get("sitemap.xml"))).keySet()).containsExactly(BASE + "a&b<c>\"d/");
        assertThat(Xml.escape("tab\tok\u0000\uFFFE \uD83D\uDE00 lone \uD800")).isEqualTo("tab\tok \uD83D\uDE00 lone ");
        assertThat(Xml.escape("\uDC00low \uFFFF\uFFFDé東京 <a href=\"x\">&amp;</a>\r\n"))
                .isEqualTo("low \uFFFDé東京 &lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;\r\n");
        String plain = "Plain text, Zürich and 東京";
        assertThat(Xml.escape(plain)).isSameAs(plain);
    }

    /** The archive's page plan; the sitemap reads no bodies. */
    static gazette.pages.PagePlan plan(Archive archive, Settings settings) {
        gazette.pages.ArticleBodies none = new gazette.pages.ArticleBodies() {
            @Override
            public String html(int position) {
                throw new AssertionError("the sitemap reads no body");
            }

            @Override
            public long print(int position) {
                return position;
            }
        };
        return gazette.pages.PagePlan.of(archive, new gazette.pages.Models(settings, archive, gazette.index.Related.of(archive), none), settings);
    }
}
