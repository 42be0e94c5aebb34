package gazette.serve;

import static gazette.serve.ServedSite.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.testing.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting on a broken archive, serving under a base path, and stopping. */
class LifecycleTest {
    @TempDir
    Path tmp;

    @Test
    void aBrokenFirstBuildStillServesAndShowsTheProblemUntilFixed() throws Exception {
        Fixture f = new Fixture(tmp);
        f.write("2024/03/tram.md", "---\ntitle: Council approves tram line\n---\nNo date.\n");
        try (ServedSite site = ServedSite.start(f)) {
            assertThat(site.err.toString()).contains("tram.md:1: no date");
            // Nothing was ever built: a plain page, still with the problem on it.
            HttpResponse<String> home = site.get("/");
            assertThat(home.statusCode()).isEqualTo(404);
            assertThat(home.body()).contains("Not found").contains("tram.md:1: no date");

            try (ServedSite.Events events = site.events()) {
                assertThat(events.next().name()).isEqualTo("build-error");
                f.article("2024/03/tram.md", "Now dated.", "title: Council approves tram line", "date: 2024-03-07");
                assertThat(events.rebuilt().name()).isEqualTo("reload");
            }
            HttpResponse<String> fixed = site.get("/2024/03/07/council-approves-tram-line/");
            assertThat(fixed.statusCode()).isEqualTo(200);
            assertThat(fixed.body()).doesNotContain("no date");
        }
    }

    @Test
    void withABaseUrlTheSiteIsServedUnderItsPath() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        try (ServedSite site = ServedSite.start(f, "https://example.org/news/", "/news/", ServeOptions.IDLE_TIMEOUT)) {
            assertThat(site.server.url().getPath()).isEqualTo("/news/");
            assertThat(site.out.toString()).contains("Serving http://127.0.0.1:" + site.server.url().getPort() + "/news/ (Ctrl-C to stop)");

            HttpResponse<String> home = site.get("/news/");
            assertThat(home.statusCode()).isEqualTo(200);
            String link = Jsoup.parse(home.body()).select("a[href*=council-approves]").attr("href");
            assertThat(link).endsWith("/news/2024/03/07/council-approves-tram-line/");
            assertThat(site.get("/news/2024/03/07/council-approves-tram-line/").statusCode()).isEqualTo(200);
            assertThat(site.get("/news/static/style.css").statusCode()).isEqualTo(200);

            HttpResponse<String> root = site.get("/");
            assertThat(root.statusCode()).isBetween(301, 308);
            assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/news/");
            assertThat(site.get("/news").statusCode()).isBetween(301, 308);
            // Outside the path is a miss, answered with the site's own 404 page.
            HttpResponse<String> outside = site.get("/2024/03/07/council-approves-tram-line/");
            assertThat(outside.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(outside.body()).select("h1").text()).isEqualTo("Page not found");
            // The event stream stays at the root.
            site.events().close();
        }
    }

    @Test
    void stopEndsEventStreamsClosesThePortAndStopsWatching() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        ServedSite site = ServedSite.start(f);
        int port = site.server.url().getPort();
        ServedSite.Events events = site.events();
        String version = site.server.state().version();

        site.server.stop();

        assertThat(events.next().name()).isEqualTo("closed");
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 2000)).isInstanceOf(ConnectException.class);
        f.article("2024/03/tram.md", "The council voted.", "title: Changed after stop", "date: 2024-03-07");
        // A rebuild would take well under this; none may come.
        Thread.sleep(500);
        assertThat(site.server.state().version()).isEqualTo(version);
        assertThat(Files.exists(f.out.resolve("2024/03/07/changed-after-stop"))).isFalse();
        site.server.stop();
        site.close();
    }

    @Test
    void anOutputFolderThatIsNotASiteStopsTheStart() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        Files.createDirectories(f.out);
        Files.writeString(f.out.resolve("thesis.txt"), "years of work");
        StringWriter out = new StringWriter();
        LiveServer server = new LiveServer(new ServeOptions(ServedSite.buildOptions(f, "/"), ServeOptions.LOOPBACK, 0, "/"),
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThatThrownBy(server::start).isInstanceOf(IOException.class).hasMessageContaining("does not look like a built site");
        assertThat(f.out.resolve("thesis.txt")).hasContent("years of work");
        assertThat(out.toString()).doesNotContain("Serving");
    }
}
