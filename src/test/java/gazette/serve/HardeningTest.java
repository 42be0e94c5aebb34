package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or clumsy client cannot do: read outside the output folder, by path tricks or
 * symbolic links; break the server with malformed requests; starve it by numbers or by
 * slowness. The server listens on loopback only, and every request here goes there.
 */
class HardeningTest {
    static final String SECRET = "the secret outside the site";
    /** Short, so the test sees a stalled client dropped; the event stream's heartbeat keeps pace with it. */
    static final Duration IDLE = Duration.ofMillis(1500);

    @TempDir
    static Path tmp;
    static ServedSite site;
    static Path secret;

    @BeforeAll
    static void serve() throws Exception {
        Fixture f = new Fixture(tmp.resolve("archive"));
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(f.root.resolve("secret.txt"), SECRET);
        site = ServedSite.start(f, "/", "/", IDLE);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws IOException {
        site.close();
    }

    private static String request(String target) throws IOException {
        return site.raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static int status(String response) {
        assertThat(response).startsWith("HTTP/1.1 ");
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void pathTraversalIsRefused() throws IOException {
        // The site folder sits in archive/, beside secret.txt, which sits beside archive/ too.
        for (String target : List.of("/../secret.txt", "/../../secret.txt", "/2024/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/2024%2f..%2f..%2fsecret.txt",
                "/.%2e/secret.txt", "/%252e%252e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/static/..;/..;/secret.txt")) {
            String response = request(target);
            assertThat(response).as(target).doesNotContain(SECRET);
            assertThat(status(response)).as(target).isEqualTo(400);
        }
        // A path that climbs but stays inside the site is only another spelling of a page.
        assertThat(status(request("/2024/../index.html"))).isEqualTo(200);
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws IOException {
        Path site = this.site.site();
        Files.createSymbolicLink(site.resolve("leak.txt"), secret);
        Files.createSymbolicLink(site.resolve("leak"), secret.getParent());
        Files.createSymbolicLink(site.resolve("leak.html"), secret);
        try {
            assertThat(Files.readString(site.resolve("leak.txt"))).isEqualTo(SECRET);
            for (String target : List.of("/leak.txt", "/leak/secret.txt", "/leak.html", "/leak/archive/secret.txt")) {
                String response = request(target);
                assertThat(response).as(target).doesNotContain(SECRET);
                assertThat(status(response)).as(target).isEqualTo(404);
            }
        } finally {
            Files.delete(site.resolve("leak.txt"));
            Files.delete(site.resolve("leak"));
            Files.delete(site.resolve("leak.html"));
        }
    }

    private static String withHost(String method, String target, String host) throws IOException {
        return site.raw(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void onlyLoopbackNamesAndAddressesAreAnsweredAgainstDnsRebinding() throws IOException {
        int port = site.server.url().getPort();
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "news.localhost:" + port,
                "LOCALHOST", "192.168.1.20:" + port)) {
            assertThat(status(withHost("GET", "/", host))).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example", "1.2.3.4.5")) {
            String page = withHost("GET", "/", host);
            assertThat(status(page)).as(host).isEqualTo(403);
            assertThat(page).contains("This preview answers only to localhost and IP addresses").doesNotContain("Council approves");
            assertThat(status(withHost("GET", LivePage.EVENTS, host))).as("the event stream, for " + host).isEqualTo(403);
            assertThat(status(withHost("GET", "/2024/03/07/council-approves-tram-line/", host))).isEqualTo(403);
        }
    }

    @Test
    void namesTheUserAllowsAreAnsweredToo() throws Exception {
        Fixture f = new Fixture(tmp.resolve("allowing"));
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        try (ServedSite allowing = ServedSite.allowing(f, "Preview.Newsroom.Example")) {
            String ok = allowing.raw("GET / HTTP/1.1\r\nHost: preview.newsroom.example\r\nConnection: close\r\n\r\n");
            assertThat(status(ok)).isEqualTo(200);
            String refused = allowing.raw("GET / HTTP/1.1\r\nHost: other.example\r\nConnection: close\r\n\r\n");
            assertThat(status(refused)).isEqualTo(403);
            assertThat(refused).contains("start gazette serve with --allow-host other.example");
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        for (String method : List.of("OPTIONS", "POST", "PUT", "DELETE", "TRACE", "PATCH")) {
            String response = withHost(method, "/", "localhost");
            assertThat(status(response)).as(method).isEqualTo(405);
            assertThat(response).containsIgnoringCase("Allow: GET, HEAD");
            assertThat(status(withHost(method, LivePage.EVENTS, "localhost"))).as(method + " on the event stream").isEqualTo(405);
        }
        assertThat(status(withHost("HEAD", "/", "localhost"))).isEqualTo(200);
    }

    @Test
    void malformedRequestsGet400() throws IOException {
        for (String junk : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", "GET / HTTP/1.1\r\nBad Header\r\n\r\n",
                "GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n", "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(20_000) + "\r\n\r\n")) {
            String response = site.raw(junk);
            assertThat(status(response)).as(junk.length() > 60 ? junk.substring(0, 60) : junk).isBetween(400, 499);
        }
        assertThat(status(site.raw("GARBAGE\r\n\r\n"))).isEqualTo(400);
        assertThat(status(site.raw("GET / HTTP/9.9\r\nHost: x\r\n\r\n"))).as("well formed, but no such version").isEqualTo(505);
        assertThat(status(site.raw("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n"))).isEqualTo(400);
        // And the server still serves.
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void twoHundredConcurrentClientsAreAllServed() throws Exception {
        // All sent at once: with no idle connection to reuse, the client opens one connection per request.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/" : "/2024/03/07/council-approves-tram-line/";
            responses.add(client.sendAsync(HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> r : responses) {
            assertThat(r.get().statusCode()).isEqualTo(200);
            assertThat(r.get().body()).contains("Council approves tram line");
        }
    }

    @Test
    void stalledClientsDelayNobodyAndAreDropped() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", site.server.url().getPort()), 5000);
                OutputStream o = s.getOutputStream();
                o.write("GET /2024/03/07/coun".getBytes(StandardCharsets.US_ASCII));
                o.flush();
                stalled.add(s);
            }
            long start = System.nanoTime();
            assertThat(site.get("/").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

            // After the idle timeout the server hangs up on them.
            for (Socket s : stalled) {
                s.setSoTimeout((int) IDLE.multipliedBy(4).toMillis());
                InputStream in = s.getInputStream();
                try {
                    in.readAllBytes();
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a stalled client was not dropped within " + IDLE.multipliedBy(4), e);
                }
            }
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    @Test
    void theEventStreamOutlivesTheIdleTimeout() throws Exception {
        try (ServedSite.Events events = site.events()) {
            long end = System.nanoTime() + IDLE.multipliedBy(2).toNanos();
            while (System.nanoTime() < end) Thread.sleep(50);
            assertThat(site.server.liveConnections()).isEqualTo(1);
            site.server.rebuild();
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
    }
}
