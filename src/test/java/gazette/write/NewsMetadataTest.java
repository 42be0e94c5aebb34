package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gazette.text.Json;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What article pages tell search engines and social sites: schema.org NewsArticle as JSON-LD
 * (read by Jackson), Open Graph, the meta description; and on every page the absolute canonical
 * link and the language.
 */
class NewsMetadataTest {
    static final String BASE = "https://example.org/news/";
    static final String NASTY = "Tides </script><!-- & \"quotes\" <b>bold</b>";
    static final String NASTY_PATH = "2024/03/07/tides-script-quotes-b-bold-b/";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Fixture site;

    @BeforeAll
    static void build() {
        site = new Fixture(tmp);
        site.settings("""
                title: The Harbour Gazette
                publisher: Harbour Media Ltd
                description: News from the harbour, every day.
                base_url: https://example.org/news/
                language: en-GB
                timezone: Europe/London
                sections: front_matter
                """);
        site.article("a/full.md", "Body.", "title: Council approves tram line", "date: 2024-03-07T09:30:00+01:00",
                "tags: [transport, city council]", "authors: [Hannah Quill, Sam Kerrow]", "summary: The line opens in 2026.",
                "updated: 2024-03-08T16:45:00Z", "image: /static/img/tram.jpg", "section: City");
        site.article("a/plain.md", "Just a body.", "title: Fog", "date: 2024-03-06", "lastmod: 2024-03-09", "image: https://cdn.example.com/fog.png");
        site.article("a/nasty.md", "Body.", "title: '" + NASTY.replace("'", "''") + "'", "date: 2024-03-07", "summary: '" + NASTY.replace("'", "''") + "'");
        site.article("a/long.md", "Body.", "title: Long", "date: 2024-03-05", "summary: '" + LONG + "'");
        Fixture.Run run = site.build();
        assertThat(run.exit()).as("build; stderr:%n%s", run.err()).isZero();
    }

    static final String LONG = "The council approved the new tram line on Thursday after a long debate about its cost, its route and "
            + "the years of building work ahead, which residents along the harbour road fear will close shops and cut trade.";

    /** A description is cut near 160 characters at a word, in every place it is given; listings show the whole summary. */
    @Test
    void aLongSummaryIsCutForDescriptionsAndWholeInListings() throws IOException {
        Document page = site.page("2024/03/05/long/");
        String meta = page.selectFirst("meta[name=description]").attr("content");
        assertThat(meta).endsWith("…").hasSizeLessThanOrEqualTo(161);
        assertThat(LONG).startsWith(meta.substring(0, meta.length() - 1)).hasSizeGreaterThan(161);
        assertThat(LONG.charAt(meta.length() - 1)).isEqualTo(' ');
        assertThat(openGraph(page).get("og:description")).containsExactly(meta);
        assertThat(jsonLd(page).get("description").asText()).isEqualTo(meta);
        assertThat(site.page("2024/03/05/").selectFirst(".teaser .summary").text()).isEqualTo(LONG);
    }

    static JsonNode jsonLd(Document page) throws IOException {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.get(0).data());
    }

    static Map<String, List<String>> openGraph(Document page) {
        Map<String, List<String>> og = new LinkedHashMap<>();
        for (Element m : page.select("head meta[property]")) og.computeIfAbsent(m.attr("property"), k -> new ArrayList<>()).add(m.attr("content"));
        return og;
    }

    @Test
    void articleHasNewsArticleJsonLd() throws IOException {
        String url = BASE + "2024/03/07/council-approves-tram-line/";
        JsonNode ld = jsonLd(site.page("2024/03/07/council-approves-tram-line/"));
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Council approves tram line");
        assertThat(ld.get("description").asText()).isEqualTo("The line opens in 2026.");
        // times in the site's zone (London, winter: UTC)
        assertThat(ld.get("datePublished").asText()).isEqualTo("2024-03-07T08:30:00Z");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2024-03-08T16:45:00Z");
        assertThat(ld.get("author")).hasSize(2);
        assertThat(ld.get("author").get(0).get("@type").asText()).isEqualTo("Person");
        assertThat(ld.get("author").findValuesAsText("name")).containsExactly("Hannah Quill", "Sam Kerrow");
        assertThat(ld.get("publisher").get("@type").asText()).isEqualTo("Organization");
        assertThat(ld.get("publisher").get("name").asText()).isEqualTo("Harbour Media Ltd");
        // a site path becomes an absolute URL under the sub-path
        assertThat(ld.get("image").get(0).asText()).isEqualTo(BASE + "static/img/tram.jpg");
        assertThat(ld.get("mainEntityOfPage").get("@id").asText()).isEqualTo(url);
        assertThat(ld.get("url").asText()).isEqualTo(url);
        List<String> keywords = new ArrayList<>();
        ld.get("keywords").forEach(k -> keywords.add(k.asText()));
        assertThat(keywords).containsExactly("transport", "city council");
        assertThat(ld.get("articleSection").asText()).isEqualTo("City");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("en-GB");
    }

    @Test
    void optionalFieldsAreLeftOutAndLastmodCounts() throws IOException {
        JsonNode ld = jsonLd(site.page("2024/03/06/fog/"));
        assertThat(ld.has("author")).isFalse();
        assertThat(ld.has("articleSection")).isFalse();
        assertThat(ld.has("keywords")).isFalse();
        assertThat(ld.get("image").get(0).asText()).isEqualTo("https://cdn.example.com/fog.png");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2024-03-06T00:00:00Z");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2024-03-09T00:00:00Z");
        // without an update, the article is as published
        JsonNode nasty = jsonLd(site.page(NASTY_PATH));
        assertThat(nasty.get("dateModified").asText()).isEqualTo(nasty.get("datePublished").asText());
        assertThat(site.page("2024/03/06/fog/").select("time[datetime=2024-03-09]").text()).isEqualTo("9 March 2024");
    }

    /** A title with </script> and <!-- cannot end the script early: the JSON reads back whole. */
    @Test
    void jsonLdCannotBeBrokenOutOf() throws IOException {
        String html = Files.readString(site.out.resolve(NASTY_PATH + "index.html"));
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        script = script.substring(0, script.indexOf("</script>"));
        assertThat(script).doesNotContain("<!--").doesNotContain("</").contains("\\u003c/script\\u003e");
        JsonNode ld = jsonLd(site.page(NASTY_PATH));
        assertThat(ld.get("headline").asText()).isEqualTo(NASTY);
        assertThat(ld.get("description").asText()).isEqualTo(NASTY);
        assertThat(site.page(NASTY_PATH).selectFirst("meta[property=og:title]").attr("content")).isEqualTo(NASTY);
    }

    @Test
    void jsonWriterEscapesWhatHtmlAndJavaScriptWouldMisread() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a<b>&c\"d\\e\n\u2028\u0001\uD800x");
        m.put("n", List.of(1, true, "x"));
        String out = Json.inHtml(m);
        assertThat(out).isEqualTo("{\"s\":\"a\\u003cb\\u003e\\u0026c\\\"d\\\\e\\n\\u2028\\u0001\\ud800x\",\"n\":[1,true,\"x\"]}");
        assertThat(JSON.readTree(out).get("s").asText()).isEqualTo("a<b>&c\"d\\e\n\u2028\u0001\uD800x");
    }

    @Test
    void articleHasOpenGraphAndDescription() {
        Document page = site.page("2024/03/07/council-approves-tram-line/");
        Map<String, List<String>> og = openGraph(page);
        assertThat(og.get("og:title")).containsExactly("Council approves tram line");
        assertThat(og.get("og:type")).containsExactly("article");
        assertThat(og.get("og:url")).containsExactly(BASE + "2024/03/07/council-approves-tram-line/");
        assertThat(og.get("og:description")).containsExactly("The line opens in 2026.");
        assertThat(og.get("og:site_name")).containsExactly("The Harbour Gazette");
        assertThat(og.get("og:image")).containsExactly(BASE + "static/img/tram.jpg");
        assertThat(og.get("article:published_time")).containsExactly("2024-03-07T08:30:00Z");
        assertThat(og.get("article:modified_time")).containsExactly("2024-03-08T16:45:00Z");
        assertThat(og.get("article:section")).containsExactly("City");
        assertThat(og.get("article:tag")).containsExactly("transport", "city council");
        assertThat(page.select("meta[name=description]").eachAttr("content")).containsExactly("The line opens in 2026.");
        // the page shows the update and the section too
        assertThat(page.select(".story .updated time").attr("datetime")).isEqualTo("2024-03-08T16:45Z");
        assertThat(page.select(".story .kicker a").text()).isEqualTo("City");
    }

    @Test
    void listingsAreWebsitesWithTheSiteDescription() {
        Document home = site.page("");
        Map<String, List<String>> og = openGraph(home);
        assertThat(og.get("og:type")).containsExactly("website");
        assertThat(og.get("og:url")).containsExactly(BASE);
        assertThat(og.get("og:description")).containsExactly("News from the harbour, every day.");
        assertThat(home.select("meta[name=description]").eachAttr("content")).containsExactly("News from the harbour, every day.");
        assertThat(home.select("script[type=application/ld+json]")).isEmpty();
    }

    /** Every page of the site: an absolute canonical link to itself, and the settings' language. */
    @Test
    void everyPageHasAnAbsoluteCanonicalLinkAndTheLanguage() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site.out)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        assertThat(pages.size()).isGreaterThan(10);
        for (Path p : pages) {
            String rel = site.out.relativize(p.getParent()).toString().replace('\\', '/');
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            assertThat(d.select("link[rel=canonical]").eachAttr("href")).as(rel)
                    .containsExactly(BASE + (rel.isEmpty() ? "" : rel + "/"));
            assertThat(d.selectFirst("html").attr("lang")).as(rel).isEqualTo("en-GB");
        }
        Document notFound = Jsoup.parse(site.out.resolve("404.html").toFile(), "UTF-8");
        assertThat(notFound.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "404.html");
    }

    @Test
    void aBadUpdateDateIsAContentError() {
        Fixture bad = new Fixture(tmp.resolve("bad"));
        bad.article("x.md", "Body.", "title: X", "date: 2024-03-07", "tags: [a]", "updated: next tuesday");
        Fixture.Run run = bad.build("--base-url", BASE);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("x.md:5: updated: 'next tuesday' is not a date");
        assertThat(bad.out).doesNotExist();
    }
}
