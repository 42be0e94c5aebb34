package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gazette.testing.Fixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A built site served from {@code /news/} by a plain static file server (the JDK's), crawled from
 * its home page: every link of every page, feed and sitemap, and robots.txt, answers 200, and
 * none leaves {@code /news/}: nothing assumes the site sits at the root.
 */
class SubPathServingTest {
    static final String PREFIX = "/news/";
    /** The crawl stops here whatever happens: a loop in the links must not run forever. */
    static final int MAX_REQUESTS = 3000;

    @TempDir
    Path tmp;
    HttpServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    Fixture fixture() {
        Fixture f = new Fixture(tmp);
        f.settings("title: The Harbour Gazette\nlanguage: en-GB\npage_size: 2\n");
        f.article("a/one.md", "See [the day](../) and [elsewhere](https://example.com/x).", "title: Tram line approved", "date: 2024-03-07T09:30:00Z",
                "tags: [transport, 東京, City Council]", "author: Ann Lee");
        f.article("a/two.md", "Two.", "title: Ferry delayed", "date: 2024-03-07T11:00:00Z", "tags: [transport]");
        f.article("a/three.md", "Three.", "title: Ferry delayed", "date: 2024-03-07T18:00:00Z", "tags: [transport, harbour]");
        f.article("a/four.md", "Four.", "title: 東京の高校生、ポートを訪問", "date: 2024-02-29", "tags: [東京]");
        f.article("a/five.md", "Five.", "title: Year's end", "date: 2023-12-31T23:00:00Z");
        return f;
    }

    /** Serves {@code site} under {@link #PREFIX}; folders answer with their index.html, missing files with 404.html. */
    String serve(Path site) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, exchange -> {
            try (exchange) {
                respond(site, exchange);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    private static void respond(Path site, HttpExchange ex) throws IOException {
        String rawPath = ex.getRequestURI().getRawPath();
        String rel = URLDecoder.decode(rawPath.substring(PREFIX.length()), StandardCharsets.UTF_8);
        Path file = site.resolve(rel).normalize();
        if (!file.startsWith(site)) {
            send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
        } else if (Files.isDirectory(file) && !rawPath.endsWith("/")) {
            ex.getResponseHeaders().add("Location", rawPath + "/"); // what ordinary servers do; the crawler does not follow it
            send(ex, 301, "text/plain", new byte[0]);
        } else {
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (Files.isRegularFile(file)) send(ex, 200, type(file), Files.readAllBytes(file));
            else send(ex, 404, "text/html; charset=utf-8", Files.readAllBytes(site.resolve("404.html")));
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.equals("feed.xml")) return "application/atom+xml";
        if (name.endsWith(".xml")) return "application/xml";
        if (name.endsWith(".css")) return "text/css";
        if (name.endsWith(".txt")) return "text/plain; charset=utf-8";
        return "application/octet-stream";
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** What the crawl found: status per URL (fragments dropped), and links to other hosts, not followed. */
    record Crawl(Map<String, Integer> status, Set<String> external, List<String> outsidePrefix) {}

    Crawl crawl(String root, List<String> seeds) throws Exception {
        URI rootUri = URI.create(root);
        Map<String, Integer> status = new LinkedHashMap<>();
        Set<String> external = new LinkedHashSet<>();
        List<String> outside = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        while (!queue.isEmpty()) {
            assertThat(status.size()).as("requests").isLessThan(MAX_REQUESTS);
            String url = queue.poll();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            status.put(url, r.statusCode());
            if (r.statusCode() != 200) continue;
            for (String link : links(url, r)) {
                URI u = URI.create(link);
                if (u.getScheme() == null || !u.getScheme().startsWith("http")) continue;
                if (!(u.getHost() + ":" + u.getPort()).equals(rootUri.getHost() + ":" + rootUri.getPort())) {
                    external.add(link);
                    continue;
                }
                if (!u.getRawPath().startsWith(PREFIX)) outside.add(url + " → " + link);
                String clean = u.getScheme() + "://" + u.getRawAuthority() + u.getRawPath();
                if (seen.add(clean)) queue.add(clean);
            }
        }
        return new Crawl(status, external, outside);
    }

    /** Links of an HTML page (a, link, script, img), a feed (every href) or a sitemap (every loc); robots.txt's Sitemap lines. */
    private static List<String> links(String url, HttpResponse<byte[]> r) throws Exception {
        String type = r.headers().firstValue("Content-Type").orElse("");
        List<String> out = new ArrayList<>();
        if (type.startsWith("text/html")) {
            Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), url);
            d.select("a[href], link[href]").forEach(e -> out.add(e.absUrl("href")));
            d.select("script[src], img[src]").forEach(e -> out.add(e.absUrl("src")));
        } else if (type.contains("xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
            NodeList all = d.getElementsByTagName("*");
            for (int k = 0; k < all.getLength(); k++) {
                Element e = (Element) all.item(k);
                if (e.hasAttribute("href")) out.add(e.getAttribute("href"));
                if (e.getLocalName().equals("loc")) out.add(e.getTextContent());
            }
        } else if (url.endsWith("/robots.txt")) {
            for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("Sitemap: ")) out.add(line.substring("Sitemap: ".length()).strip());
            }
        }
        return out;
    }

    static Set<String> pagesOnDisk(Path out) throws IOException {
        Set<String> pages = new LinkedHashSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> p.getFileName().toString().equals("index.html")).forEach(p -> pages.add(out.relativize(p.getParent()).toString().replace('\\', '/')));
        }
        return pages;
    }

    static Set<String> crawledPaths(Crawl c, String root) {
        Set<String> paths = new LinkedHashSet<>();
        for (String u : c.status().keySet()) {
            String rel = URLDecoder.decode(u.substring(root.length()), StandardCharsets.UTF_8);
            paths.add(rel.endsWith("/") ? rel.substring(0, rel.length() - 1) : rel);
        }
        return paths;
    }

    @Test
    void everyLinkAnswers200UnderAnAbsoluteBaseUrl() throws Exception {
        Fixture f = fixture();
        String root = serve(f.out);
        Fixture.Run run = f.build("--base-url", root);
        assertThat(run.exit()).as(run.err()).isZero();

        Crawl c = crawl(root, List.of(root, root + "robots.txt"));
        Map<String, Integer> bad = new LinkedHashMap<>(c.status());
        bad.values().removeIf(s -> s == 200);
        assertThat(bad).as("links that do not answer 200").isEmpty();
        assertThat(c.outsidePrefix()).as("links that leave %s", PREFIX).isEmpty();
        assertThat(c.external()).as("links to other sites are not followed").contains("https://example.com/x");

        Set<String> crawled = crawledPaths(c, root);
        // every page was reached, and every feed and sitemap
        assertThat(crawled).containsAll(pagesOnDisk(f.out));
        assertThat(crawled).contains("feed.xml", "sitemap.xml", "news-sitemap.xml", "tags/transport/feed.xml", "tags/東京/feed.xml", "robots.txt");
        assertThat(crawled).as("the stylesheet, by its fingerprinted name").anyMatch(p -> p.matches("static/style\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void missingAddressesGetTheNotFoundPageWhoseLinksWorkAtAnyDepth() throws Exception {
        Fixture f = fixture();
        String root = serve(f.out);
        assertThat(f.build("--base-url", root).exit()).isZero();

        String missing = root + "no/such/deep/page/";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(missing)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(r.body(), missing);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("header.masthead")).as("uses the layout").hasSize(1);
        assertThat(page.select("main a").eachAttr("abs:href")).contains(root, root + "archive/");
        // "#main" (skip to content) points into the 404 page itself; every other link must lead somewhere real
        List<String> links = page.select("a[href], link[href]").eachAttr("abs:href").stream()
                .filter(u -> u.startsWith(root) && !u.startsWith(missing)).toList();
        assertThat(links).hasSizeGreaterThan(4);
        Crawl c = crawl(root, links.stream().distinct().toList());
        Map<String, Integer> bad = new LinkedHashMap<>(c.status());
        bad.values().removeIf(s -> s == 200);
        assertThat(bad).isEmpty();
    }

    /** A bare-path base URL: the same pages, all working; no feeds or sitemaps, and the summary says why. */
    @Test
    void aBarePathBaseUrlWorksTooWithoutFeeds() throws Exception {
        Fixture f = fixture();
        String root = serve(f.out);
        Fixture.Run run = f.build("--base-url", PREFIX);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("feeds:  none, nor sitemaps: they need absolute links, and the base URL is a path");

        Crawl c = crawl(root, List.of(root));
        Map<String, Integer> bad = new LinkedHashMap<>(c.status());
        bad.values().removeIf(s -> s == 200);
        assertThat(bad).isEmpty();
        assertThat(c.outsidePrefix()).isEmpty();
        assertThat(crawledPaths(c, root)).containsAll(pagesOnDisk(f.out)).doesNotContain("feed.xml");
        assertThat(f.exists("feed.xml")).isFalse();
        assertThat(Files.exists(f.out.resolve("sitemap.xml"))).isFalse();
        assertThat(f.file("robots.txt")).isEqualTo("User-agent: *\nDisallow:\n");
        assertThat(f.page("").select("link[type=application/atom+xml]")).isEmpty();
    }
}
