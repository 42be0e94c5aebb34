package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built site over HTTP, as a browser gets it: one server for the whole class, nothing edited. */
class ServeHttpTest {
    @TempDir
    static Path tmp;
    static ServedSite site;

    @BeforeAll
    static void serve() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z", "tags: [transport]");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08");
        site = ServedSite.start(f);
    }

    @AfterAll
    static void stop() throws IOException {
        site.close();
    }

    @Test
    void printsTheAddressAndListensOnLoopbackOnly() throws IOException {
        assertThat(site.out.toString()).contains("Serving http://127.0.0.1:" + site.server.url().getPort() + "/ (Ctrl-C to stop)");
        assertThat(site.server.boundAddress().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(site.server.boundAddress().getPort()).isPositive();
    }

    @Test
    void pagesAreHtmlAndFoldersServeTheirIndex() {
        HttpResponse<String> home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(Jsoup.parse(home.body()).select("a[href=/2024/03/07/council-approves-tram-line/]")).isNotEmpty();

        HttpResponse<String> article = site.get("/2024/03/07/council-approves-tram-line/");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(article.body()).select("h1").text()).isEqualTo("Council approves tram line");
        assertThat(article.body()).isEqualTo(site.get("/2024/03/07/council-approves-tram-line/index.html").body());
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedToIt() {
        HttpResponse<String> r = site.get("/2024/03");
        assertThat(r.statusCode()).isBetween(301, 308);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/2024/03/");
    }

    @Test
    void assetsHaveTheirContentTypes() {
        HttpResponse<String> css = site.get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
        assertThat(css.body()).doesNotContain(LivePage.MARKER);
        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    }

    /** The search page asks for each result's text as a range of its day's file. */
    @Test
    void aRangeOfAFileIsServedAlone() {
        HttpResponse<String> whole = site.get("/search/texts/2024/03-08.txt");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).startsWith("Ferries run late.");
        HttpResponse<String> part = site.get("/search/texts/2024/03-08.txt", "Range", "bytes=0-6");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo("Ferries");
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-6/" + whole.body().length());
    }

    @Test
    void aMissIsTheSitesOwn404PageWithStatus404() {
        HttpResponse<String> r = site.get("/2031/no/such/page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("Page not found");
        assertThat(r.body()).contains(LivePage.MARKER);
        // A folder with no index is a miss too, not a listing.
        assertThat(site.get("/static/").statusCode()).isEqualTo(404);
        assertThat(site.get("/__gazette/other").statusCode()).isEqualTo(404);
    }

    @Test
    void headGivesTheHeadersOfGetWithoutTheBody() {
        HttpResponse<String> get = site.get("/2024/03/08/ferry-delays/");
        HttpResponse<String> head = site.head("/2024/03/08/ferry-delays/");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String h : new String[] {"Content-Type", "Content-Length", "ETag", "Last-Modified"}) {
            assertThat(head.headers().firstValue(h)).as(h).isPresent().isEqualTo(get.headers().firstValue(h));
        }
        assertThat(Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow())).isEqualTo(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        HttpResponse<String> headMiss = site.head("/nothing/here/");
        assertThat(headMiss.statusCode()).isEqualTo(404);
        assertThat(headMiss.body()).isEmpty();
    }

    @Test
    void conditionalRequestsAreAnsweredWith304() {
        for (String path : new String[] {"/2024/03/08/ferry-delays/", "/static/style.css"}) {
            HttpResponse<String> first = site.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<String> byTag = site.get(path, "If-None-Match", etag);
            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(site.get(path, "If-Modified-Since", modified).statusCode()).as(path).isEqualTo(304);

            assertThat(site.get(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
            assertThat(site.get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theReloadScriptIsAddedToServedPagesButNeverWrittenToDisk() throws IOException {
        Document served = Jsoup.parse(site.get("/2024/03/08/ferry-delays/").body());
        assertThat(served.select("script[" + LivePage.MARKER + "]")).hasSize(1);
        assertThat(served.select("body > script[" + LivePage.MARKER + "]")).as("inside body, at its end").hasSize(1);
        assertThat(served.body().children().last().hasAttr(LivePage.MARKER)).isTrue();
        assertThat(served.select("script[" + LivePage.MARKER + "]").html()).contains(LivePage.EVENTS);

        try (Stream<Path> files = Files.walk(site.site())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain(LivePage.MARKER).doesNotContain(LivePage.EVENTS);
            }
        }
    }

    @Test
    void otherMethodsAreRefused() throws IOException {
        assertThat(site.raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405");
        assertThat(site.raw("DELETE /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405");
        assertThat(site.site().resolve("index.html")).exists();
    }
}
