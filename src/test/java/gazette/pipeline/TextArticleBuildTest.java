package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw scraped text articles go through the whole pipeline beside Markdown ones. */
class TextArticleBuildTest {
    @TempDir
    static Path tmp;
    static Fixture site;
    static Fixture.Run run;

    @BeforeAll
    static void build() throws IOException {
        site = new Fixture(tmp);
        // a derived tag on one article gets its page here: the archive is small (by default such a tag needs two)
        site.settings("timezone: Asia/Tokyo\ntag_rules:\n  ferry: Transport\n  電波塔: 東京タワー\ntag_stop_list: [Lantern Bay]\ntag_min_articles: {derived: 1}\n");
        site.write("scraped/ferry.txt", resource("example-shape.txt"));
        site.write("scraped/ferry-again.txt", resource("example-shape.txt")); // the same page scraped twice
        site.write("scraped/tower.txt", resource("japanese-header.txt"));
        site.write("scraped/script.txt", " date 2024-05-21 \nA <script>alert(1)</script> &amp; more\n\nBody with <b>tags</b> &#233; &nbsp;here.\n");
        site.article("2024/05/md.md", "A Markdown neighbour.", "title: Markdown on the same day", "date: 2024-05-21", "tags: [Xinhua]");
        run = site.build("--base-url", "https://example.org/");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TextArticleBuildTest.class.getResourceAsStream("/text-articles/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void buildsAndCountsTheDuplicate() {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Built 5 articles").contains("duplicates: 1 file identical to another file");
    }

    @Test
    void aTextArticleGetsAFullArticlePage() {
        String slug = "harbour-ferry-service-to-resume-after-six-month-suspension-authority-says";
        Document d = site.page("2024/05/21/" + slug + "/");
        assertThat(d.selectFirst("h1").text()).isEqualTo("Harbour ferry service to resume after six-month suspension, authority says");
        assertThat(d.selectFirst("article time").attr("datetime")).isEqualTo("2024-05-21");
        assertThat(d.selectFirst(".source").text()).isEqualTo("Coastal Herald");
        assertThat(d.selectFirst(".provenance").text()).contains("Editor: Zhao Min");
        assertThat(d.select("article .body > p")).hasSize(3);
        assertThat(d.selectFirst("figure.photo figcaption").text()).isEqualTo("Passengers board a ferry at the North Quay terminal in Lantern Bay, May 18. Xinhua");
        assertThat(d.selectFirst("figure.photo .credit").text()).isEqualTo("Xinhua");
        assertThat(d.select("article .body").text()).doesNotContain("Copyright").doesNotContain("ICP").doesNotContain("Privacy Policy");
        assertThat(d.select("article .tags a").eachText()).contains("Coastal Herald", "Chen Hao", "Transport").doesNotContain("Lantern Bay");
        // the duplicate keeps its own page
        assertThat(site.exists("2024/05/21/" + slug + "-2/")).isTrue();
    }

    @Test
    void dateTimeHeaderAndOriginalUrl() {
        Document d = site.page("2010/03/11/東京の新タワー-高さ300メートルを超える-完成は2012年/");
        assertThat(d.selectFirst("h1").text()).isEqualTo("東京の新タワー、高さ300メートルを超える　完成は2012年");
        assertThat(d.selectFirst("article time").attr("datetime")).isEqualTo("2010-03-11T20:01+09:00");
        assertThat(d.selectFirst(".provenance a").attr("href")).isEqualTo("http://www.example.jp/news/2010/03/11/tower-300m.html");
        assertThat(d.selectFirst(".source").text()).isEqualTo("共同通信");
        assertThat(d.select("article .tags a").eachText()).contains("東京タワー");
    }

    @Test
    void textIsNeverHtml() {
        Document d = site.page("2024/05/21/a-script-alert-1-script-more/");
        assertThat(d.selectFirst("h1").text()).isEqualTo("A <script>alert(1)</script> & more");
        assertThat(d.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(d.select("article .body b")).isEmpty();
        assertThat(d.selectFirst("article .body p").text()).isEqualTo("Body with <b>tags</b> é here.");
    }

    @Test
    void textArticlesShareDayAndTagListingsWithMarkdown() {
        Document day = site.page("2024/05/21/");
        assertThat(day.select(".teaser h2 a").eachText()).hasSize(4).contains("Markdown on the same day");
        assertThat(site.page("tags/coastal-herald/").select(".teaser h2 a").eachText()).hasSize(2);
        assertThat(site.page("tags/xinhua/").select(".teaser h2 a").eachText()).contains("Markdown on the same day");
    }

    /**
     * A date written with an offset is filed on that day and shown at that time, unless the
     * settings name a time zone; the archive keeps each day one run of its own.
     */
    @Test
    void aDateWithAnOffsetKeepsItsDayUnlessTheSiteNamesAZone() throws IOException {
        Fixture f = new Fixture(tmp.resolve("offsets"));
        f.write("tokyo.txt", resource("ja-portal.txt")); // 2012-07-02T08:55:00+0900, 23:55 on July 1 in UTC
        f.article("london.md", "Filed in London.", "title: London late", "date: 2012-07-01T23:58:00Z");
        f.article("new-york.md", "Filed in New York.", "title: New York evening", "date: 2012-07-01T20:00:00-04:00");
        Fixture.Run r = f.build("--base-url", "https://example.org/");
        assertThat(r.exit()).as(r.err()).isZero();
        String href = f.page("2012/07/02/").selectFirst(".teaser h2 a").attr("href");
        Document tokyo = f.page(java.net.URLDecoder.decode(href.substring(1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tokyo.selectFirst("article .meta time").attr("datetime")).isEqualTo("2012-07-02T08:55+09:00");
        assertThat(tokyo.selectFirst("article .meta time").text()).contains("2012").endsWith("08:55");
        // New York's evening came after London's late night: newest first, each in its own offset
        assertThat(f.page("2012/07/01/").select(".teaser h2 a").eachText()).containsExactly("New York evening", "London late");
        assertThat(f.page("2012/07/01/").select(".teaser time").eachAttr("datetime")).containsExactly("2012-07-01T20:00-04:00", "2012-07-01T23:58Z");
        assertThat(f.file("feed.xml")).contains("<published>2012-07-02T08:55:00+09:00</published>").contains("<published>2012-07-01T20:00:00-04:00</published>");

        // with a time zone named, every article is told in it: Tokyo's is late on July 1, New York's just into July 2
        f.settings("timezone: UTC\n");
        Fixture.Run named = f.build("--base-url", "https://example.org/");
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(f.page("2012/07/01/").select(".teaser time").eachAttr("datetime")).containsExactly("2012-07-01T23:58Z", "2012-07-01T23:55Z");
        assertThat(f.page("2012/07/02/").select(".teaser h2 a").eachText()).containsExactly("New York evening");
    }

    /** The same story published on two dates: counted, and kept, skipped or linked as the settings say. */
    @Test
    void theSameBodyOnTwoDatesIsCountedAndKeptSkippedOrLinked() throws IOException {
        Fixture f = new Fixture(tmp.resolve("same-body"));
        String body = "\n\nThe harbour board approved the new quay on Monday, officials said.\n\nWork starts in June.\n";
        f.write("first.txt", "date 2024-03-07\nBoard approves quay" + body);
        f.write("again.txt", "date 2024-03-09\nQuay approved, board says" + body);
        f.article("other.md", "Another story.", "title: Other", "date: 2024-03-08");
        Fixture.Run kept = f.build("--base-url", "https://example.org/");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("Built 3 articles").contains("same body: 1 article repeats an earlier one's body");
        assertThat(f.page("2024/03/09/quay-approved-board-says/").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/2024/03/09/quay-approved-board-says/");

        f.settings("duplicates: link\n");
        Fixture.Run linked = f.build("--base-url", "https://example.org/");
        assertThat(linked.out()).contains("Built 3 articles").contains("same body: 1 article names an earlier one with the same body as its canonical page");
        Document again = f.page("2024/03/09/quay-approved-board-says/");
        assertThat(again.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/2024/03/07/board-approves-quay/");
        assertThat(again.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("https://example.org/2024/03/07/board-approves-quay/");
        assertThat(f.page("2024/03/07/board-approves-quay/").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/2024/03/07/board-approves-quay/");

        f.settings("duplicates: skip\n");
        Fixture.Run skipped = f.build("--base-url", "https://example.org/");
        assertThat(skipped.out()).contains("Built 2 articles").contains("same body: 1 article left out, repeating an earlier one's body");
        assertThat(f.exists("2024/03/09/quay-approved-board-says/")).isFalse();
        assertThat(f.exists("2024/03/07/board-approves-quay/")).isTrue();

        f.settings("duplicates: maybe\n");
        assertThat(f.build().err()).contains("duplicates: must be 'keep'");
    }
}
