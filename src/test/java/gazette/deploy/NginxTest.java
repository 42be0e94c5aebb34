package gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site deployed to a folder and served by Debian's nginx with the README's own configuration
 * (its "Publishing" example, read from README.md): every link of every page answers, and an
 * article's old address answers 301 to the new one.
 */
class NginxTest {
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    Path tmp;
    Process nginx;

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    /** The nginx block of README.md's "Publishing", with the site's folder and a port of its own. */
    static String readmeConfig(Path www, int port) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("```nginx\n", readme.indexOf("## Publishing"));
        assertThat(at).as("README's nginx example").isPositive();
        String block = readme.substring(at + "```nginx\n".length(), readme.indexOf("```", at + 8));
        return block.replace("/var/www/news", www.toString()).replace("server {", "server {\n    listen 127.0.0.1:" + port + ";\n    error_page 404 /404.html;");
    }

    @Test
    void everyLinkAnswersAndAnOldAddressIsMovedPermanently() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx; .ci/run does)");
        Fixture site = new Fixture(tmp);
        site.article("ferry.md", "The ferry is late.", "title: Ferry delays", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        site.article("tides.md", "The quay flooded. See [the ferry](/2024/03/08/ferry-delays/).", "title: Tides", "date: 2024-03-07T08:00:00Z", "tags: [harbour]");
        assertThat(site.build().exit()).isZero();
        site.article("ferry.md", "The ferry is late.", "title: Ferry cancelled", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        assertThat(site.build().exit()).isZero();
        Path www = tmp.resolve("www");
        assertThat(Fixture.run("deploy", www.toUri().toString(), "--site", site.out.toString()).exit()).isZero();

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = tmp.resolve("nginx.conf");
        Files.writeString(conf, "user root;\npid " + tmp.resolve("nginx.pid") + ";\nerror_log " + tmp.resolve("error.log") + ";\nevents {}\nhttp {\n"
                + "include /etc/nginx/mime.types;\naccess_log off;\nclient_body_temp_path " + tmp + ";\nproxy_temp_path " + tmp + ";\nfastcgi_temp_path " + tmp
                + ";\nuwsgi_temp_path " + tmp + ";\nscgi_temp_path " + tmp + ";\n" + readmeConfig(www, port) + "}\n");
        nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", tmp.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("nginx.out").toFile()).start();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String root = "http://127.0.0.1:" + port;
        for (int i = 0; ; i++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(root + "/")).build(), HttpResponse.BodyHandlers.discarding());
                break;
            } catch (IOException e) {
                assertThat(nginx.isAlive()).as("nginx stopped: %s", Files.readString(tmp.resolve("nginx.out"))).isTrue();
                assertThat(i).as("nginx did not answer in 10 s").isLessThan(200);
                Thread.sleep(50);
            }
        }

        HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create(root + "/2024/03/08/ferry-delays/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElse("")).endsWith("/2024/03/08/ferry-cancelled/");

        // every link of every page, followed through its redirects, answers 200
        Map<String, Integer> status = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        while (!queue.isEmpty() && status.size() < 500) {
            String path = queue.poll();
            if (status.containsKey(path)) continue;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status.put(path, r.statusCode());
            if (r.statusCode() == 301) {
                queue.add(URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath());
                continue;
            }
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            Document d = Jsoup.parse(r.body(), root + path);
            for (Element e : d.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
                if (url.startsWith(root)) queue.add(URI.create(url).getRawPath());
            }
        }
        assertThat(status).as("pages crawled").hasSizeGreaterThan(15);
        assertThat(status).containsEntry("/2024/03/08/ferry-delays/", 301).containsEntry("/2024/03/08/ferry-cancelled/", 200);
        Map<String, Integer> broken = new LinkedHashMap<>(status);
        broken.values().removeIf(s -> s == 200 || s == 301);
        assertThat(broken).as("links that do not answer").isEmpty();
    }
}
