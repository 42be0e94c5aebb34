package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, inside a running server, the time from saving an article to its rewritten page on
 * disk and to the reload event, over a big archive. Off unless given one:
 * {@code mvn test -Dtest=ServeLatencyBench -Dgazette.bench.content=/tmp/c10k/content}.
 */
@EnabledIfSystemProperty(named = "gazette.bench.content", matches = ".+")
class ServeLatencyBench {
    @Test
    void saveToPage() throws Exception {
        Path content = Path.of(System.getProperty("gazette.bench.content"));
        Path work = Files.createTempDirectory("gazette-serve-bench");
        BuildOptions build = new BuildOptions(content, work.resolve("templates"), work.resolve("site"), work.resolve("gazette.yaml"), "/", false, true);
        StringWriter out = new StringWriter();
        long t = System.nanoTime();
        LiveServer server = new LiveServer(new ServeOptions(build, ServeOptions.LOOPBACK, 0, "/"), new PrintWriter(out, true), new PrintWriter(System.err, true));
        server.start();
        System.out.printf(Locale.ROOT, "start (first build + server): %.2f s%n", (System.nanoTime() - t) / 1e9);
        ServedSite.Events events = null;
        Path article;
        try (Stream<Path> s = Files.walk(content)) {
            article = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(article);
        Path page = pageOf(work.resolve("site"), article).orElseThrow();
        var client = java.net.http.HttpClient.newHttpClient();
        events = new ServedSite.Events(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + LivePage.EVENTS.substring(1))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream()), server);
        assertThat(events.next().name()).isEqualTo("hello");
        List<double[]> runs = new ArrayList<>();
        try {
            for (int i = 1; i <= Integer.getInteger("gazette.bench.runs", 3); i++) {
                String marker = "latency-marker-" + i + "-" + System.nanoTime();
                Files.writeString(article, original + "\n" + marker + "\n");
                long saved = System.nanoTime();
                double onDisk = -1;
                while (onDisk < 0) {
                    if (Files.exists(page) && new String(Files.readAllBytes(page), StandardCharsets.UTF_8).contains(marker)) onDisk = (System.nanoTime() - saved) / 1e9;
                    else Thread.sleep(2);
                    if (System.nanoTime() - saved > 120e9) throw new AssertionError("no page after 120 s");
                }
                ServedSite.Event first = events.next(java.time.Duration.ofSeconds(300));
                assertThat(first.name()).isEqualTo("reload");
                double event = (System.nanoTime() - saved) / 1e9;
                events.rebuilt(first); // and the search index's, after the pages
                runs.add(new double[] {onDisk, event});
                System.out.printf(Locale.ROOT, "run %d: page on disk after %.2f s, reload event after %.2f s%n", i, onDisk, event);
            }
        } finally {
            Files.writeString(article, original);
            events.close();
            server.stop();
        }
        System.out.print(out);
    }

    /** The article's page: under its day, in the folder named by its title's slug (the archive has no duplicates there). */
    private static Optional<Path> pageOf(Path site, Path article) throws Exception {
        String text = Files.readString(article);
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("(?m)^title: \"?(.*?)\"?$").matcher(text);
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("(?m)^date: (\\d{4})-(\\d{2})-(\\d{2})").matcher(text);
        if (!title.find() || !date.find()) return Optional.empty();
        Path page = site.resolve(date.group(1)).resolve(date.group(2)).resolve(date.group(3)).resolve(gazette.read.Slugs.slugify(title.group(1), "article")).resolve("index.html");
        return Files.isRegularFile(page) ? Optional.of(page) : Optional.empty();
    }
}
