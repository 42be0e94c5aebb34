package gazette.write;

import static gazette.write.OutputConfinementTest.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gazette.testing.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Nothing unescaped: every field a source controls holds markup that would run a script if it
 * were written raw, and every page, feed and sitemap of the site is checked with a real parser
 * (jsoup for HTML, the JDK's for XML, Jackson for JSON-LD) for scripts and event handlers, and
 * for the text coming back exactly as written.
 */
class EscapingTest {
    static final String H = "</script><script>alert(1)</script><img src=x onerror=alert(1)> & \"q\" 'a' <!--";
    static final String URL = "http://example.org/a\"><script>alert(2)</script>";
    static final String ROOT = "/news/";

    @TempDir
    static Path tmp;
    static Fixture site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void buildHostileArchive() {
        site = new Fixture(tmp);
        String q = yaml(H);
        site.settings("title: " + yaml("Site " + H) + "\ndescription: " + q + "\npublisher: " + q + "\nauthor: " + q
                + "\nbase_url: https://example.org/news/\nmarkdown_raw_html: escape\n");
        site.article("2024/03/hostile.md", H + "\n\n" + H + " *in* a second paragraph\n\n## " + H + "\n\n[" + H + "](https://example.org/ \"" + H.replace("\"", "\\\"") + "\")",
                "title: " + q, "date: 2024-03-07T09:30:00Z", "tags: [" + q + ", plain]", "authors: [" + q + ", Ann]", "source: " + q,
                "summary: " + q, "section: " + q, "image: " + q, "updated: 2024-03-07T10:00:00Z", "kicker: " + q);
        // no summary: the listing takes the body's first paragraph as plain text
        site.article("2024/03/derived.md", "Intro " + H + " first paragraph.\n\nSecond.", "title: Derived summary", "date: 2024-03-06");
        site.write("2024/03/scraped.txt", String.join("\n",
                URL,
                "2024-03-05T08:00:00+0000",
                H,
                "",
                H + " opens the story.",
                "IC",
                "",
                "A photo of " + H + " taken on March 5.",
                "",
                H + " &amp; &lt;b&gt;entities&lt;/b&gt; &#60;script&#62; decoded, then escaped.",
                "",
                // (an attribution's trailing dashes are separators, so the values end in a word)
                "Source: " + H + " desk   Editor: " + H + " Lee",
                "About Us | Contact Us"));
        // within the news sitemap's 48 hours, whenever the test runs
        String hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        site.article("news.md", "Fresh.", "title: " + yaml("News " + H), "date: " + hourAgo);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void everyPageHasOnlyTheThemesScriptsAndNoHandlers() throws IOException {
        List<Path> pages = files(".html");
        assertThat(pages).hasSizeGreaterThan(10);
        int jsonLd = 0;
        for (Path p : pages) {
            Document d = parse(p);
            for (Element script : d.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    // parses, and is an object: nothing closed the script early
                    assertThat(JSON.readTree(script.data()).isObject()).as(p.toString()).isTrue();
                    jsonLd++;
                } else {
                    assertThat(script.attr("src")).as(p + ": " + script).startsWith(ROOT + "static/");
                    assertThat(script.data()).as(p.toString()).isEmpty();
                }
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey().toLowerCase()).as(p + ": " + e.tagName()).doesNotStartWith("on");
                }
                for (String url : new String[] {e.attr("href"), e.attr("src")}) {
                    assertThat(url.strip().toLowerCase()).as(p.toString()).doesNotStartWith("javascript:");
                }
            }
            assertThat(d.select("img[src=x], iframe, object, embed, base")).as(p.toString()).isEmpty();
            List<Comment> comments = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Comment c) comments.add(c);
            }, d);
            assertThat(comments).as(p + ": an unescaped <!-- starts a comment").isEmpty();
            assertThat(d.title()).as(p.toString()).contains(H);
        }
        assertThat(jsonLd).isEqualTo(4);
    }

    @Test
    void theTextComesBackExactlyWhereverItLands() {
        Document a = site.page("2024/03/07/script-script-alert-1-script-img-src-x-onerror-alert-1-q-a/");
        assertThat(a.select("h1").text()).isEqualTo(H);
        assertThat(a.title()).isEqualTo(H + " · Site " + H);
        assertThat(a.select(".byline").text()).isEqualTo("By " + H + ", Ann");
        assertThat(a.select(".source").text()).isEqualTo(H);
        assertThat(a.select(".kicker a").text()).isEqualTo(H);
        assertThat(a.select("ul.tags a").eachText()).contains(H, "plain");
        assertThat(a.select("meta[name=description]").attr("content")).isEqualTo(H);
        assertThat(a.select("meta[property=og:title]").attr("content")).isEqualTo(H);
        assertThat(a.select("meta[property=og:site_name]").attr("content")).isEqualTo("Site " + H);
        assertThat(a.select("meta[property=article:tag]").eachAttr("content")).contains(H);
        assertThat(a.select("meta[property=article:section]").attr("content")).isEqualTo(H);
        // the body's raw HTML, escaped by markdown_raw_html: escape, shows as the text it is
        assertThat(a.select(".body p").first().text()).isEqualTo(H);
        assertThat(a.select(".body h2").text()).isEqualTo(H);
        assertThat(a.select(".body a").text()).isEqualTo(H);
        assertThat(a.select(".body a").attr("title")).isEqualTo(H);

        Document home = site.page("");
        assertThat(home.select("li.teaser h2 a").eachText()).contains(H, "Derived summary");
        assertThat(home.select("p.summary").eachText()).contains(H).anyMatch(t -> t.startsWith("Intro ") && t.endsWith(" first paragraph."));
        assertThat(site.page("tags/").select("a").eachText()).contains(H);

        Document t = site.page("2024/03/05/script-script-alert-1-script-img-src-x-onerror-alert-1-q-a/");
        assertThat(t.select("h1").text()).isEqualTo(H);
        assertThat(t.select(".body p").eachText()).containsExactly(H + " opens the story.",
                H + " & <b>entities</b> <script> decoded, then escaped.");
        assertThat(t.select("figcaption").text()).isEqualTo("A photo of " + H + " taken on March 5. IC");
        assertThat(t.select(".source").text()).isEqualTo(H + " desk");
        assertThat(t.select(".provenance p").first().text()).isEqualTo("Editor: " + H + " Lee");
        assertThat(t.select(".provenance a").attr("href")).isEqualTo(URL);
    }

    @Test
    void jsonLdHoldsTheExactStrings() throws IOException {
        Document a = site.page("2024/03/07/script-script-alert-1-script-img-src-x-onerror-alert-1-q-a/");
        String data = a.select("script[type=application/ld+json]").first().data();
        assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode ld = JSON.readTree(data);
        assertThat(ld.get("headline").asText()).isEqualTo(H);
        assertThat(ld.get("description").asText()).isEqualTo(H);
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo(H);
        assertThat(ld.get("publisher").get("name").asText()).isEqualTo(H);
        assertThat(ld.get("keywords").get(0).asText()).isEqualTo(H);
        assertThat(ld.get("articleSection").asText()).isEqualTo(H);

        JsonNode text = JSON.readTree(site.page("2024/03/05/script-script-alert-1-script-img-src-x-onerror-alert-1-q-a/")
                .select("script[type=application/ld+json]").first().data());
        assertThat(text.get("headline").asText()).isEqualTo(H);
    }

    @Test
    void feedsAndSitemapsParseAndHoldTheExactStrings() throws Exception {
        List<Path> xml = files(".xml");
        assertThat(xml.stream().map(p -> site.out.relativize(p).toString()))
                .contains("feed.xml", "sitemap.xml", "news-sitemap.xml");
        DocumentBuilder parser = xmlParser();
        for (Path p : xml) {
            org.w3c.dom.Document doc;
            try (InputStream in = Files.newInputStream(p)) {
                doc = parser.parse(in);
            }
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).as(p.toString()).isZero();
        }
        org.w3c.dom.Document feed = parser.parse(site.out.resolve("feed.xml").toFile());
        assertThat(texts(feed, "title")).contains("Site " + H, H, "Derived summary");
        assertThat(texts(feed, "subtitle")).containsExactly(H);
        assertThat(texts(feed, "name")).contains(H);
        assertThat(texts(feed, "summary")).contains(H).anyMatch(t -> t.startsWith("Intro ") && t.endsWith(" first paragraph."));
        NodeList categories = feed.getElementsByTagNameNS("*", "category");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < categories.getLength(); i++) terms.add(((org.w3c.dom.Element) categories.item(i)).getAttribute("term"));
        assertThat(terms).contains(H);
        // the entries' HTML content, itself parsed: text, never markup
        for (String html : texts(feed, "content")) {
            Document body = Jsoup.parseBodyFragment(html);
            assertThat(body.select("script, img[onerror], [onerror]")).isEmpty();
        }
        org.w3c.dom.Document news = parser.parse(site.out.resolve("news-sitemap.xml").toFile());
        assertThat(texts(news, "name")).containsExactly(H);
        assertThat(texts(news, "title")).containsExactly("News " + H);
    }

    @Test
    void switchingToEscapeReRendersPagesAnIncrementalBuildWouldKeep() throws IOException {
        Fixture f = new Fixture(tmp.resolve("switch"));
        f.article("2024/03/raw.md", "<script>alert(1)</script> <b>bold</b>", "title: Raw", "date: 2024-03-07");
        assertThat(f.build().exit()).isZero();
        assertThat(f.page("2024/03/07/raw/").select(".body script")).hasSize(1);
        f.settings("markdown_raw_html: escape\n");
        assertThat(f.build().exit()).isZero();
        assertThat(f.page("2024/03/07/raw/").select(".body script, .body b")).isEmpty();
        assertThat(f.page("2024/03/07/raw/").select(".body").text()).isEqualTo("<script>alert(1)</script> <b>bold</b>");
        f.settings("markdown_raw_html: maybe\n");
        Fixture.Run r = f.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(f.root.resolve("gazette.yaml") + ":1: markdown_raw_html: must be 'pass' (editors are trusted) or 'escape'");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(site.out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Document parse(Path p) throws IOException {
        return Jsoup.parse(p.toFile(), "UTF-8", "https://example.org/");
    }

    private static DocumentBuilder xmlParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    private static List<String> texts(org.w3c.dom.Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
        return out;
    }
}
