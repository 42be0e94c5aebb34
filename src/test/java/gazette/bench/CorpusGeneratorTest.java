package gazette.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void generatesAMixedArchiveThatBuildsCompletely() throws IOException {
        Fixture site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 60, 20, 3);
        try (Stream<Path> s = Files.walk(site.content)) {
            assertThat(s.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(20);
        }
        Fixture.Run run = site.build("--base-url", "https://example.org/");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Built 60 articles");
        // a scraped article's page has its caption as a figure and no furniture
        Path txt;
        try (Stream<Path> s = Files.walk(site.content)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String title = Files.readAllLines(txt).get(1);
        Document home = null;
        for (int n = 1; n <= 3 && home == null; n++) {
            Document page = site.page(n == 1 ? "" : "page/" + n + "/");
            if (!page.select(".teaser h2 a:containsOwn(" + title + ")").isEmpty()) home = page;
        }
        assertThat(home).isNotNull();
        String url = home.selectFirst(".teaser h2 a:containsOwn(" + title + ")").attr("href");
        Document article = site.page(url.substring(1));
        assertThat(article.select("figure.photo")).hasSize(1);
        assertThat(article.select("article .body").text()).doesNotContain("Copyright").doesNotContain("Privacy Policy");
    }

    @Test
    void isDeterministic() throws IOException {
        long a = new CorpusGenerator().generate(tmp.resolve("a"), 30, 10, 7);
        long b = new CorpusGenerator().generate(tmp.resolve("b"), 30, 10, 7);
        new CorpusGenerator().generate(tmp.resolve("c"), 30, 10, 8);
        assertThat(a).isEqualTo(b).isPositive();
        // the same files with the same bytes, not only as many bytes; another seed, another archive
        java.util.Map<String, String> first = Fixture.snapshot(tmp.resolve("a"));
        assertThat(first).hasSize(30).isEqualTo(Fixture.snapshot(tmp.resolve("b")));
        assertThat(Fixture.snapshot(tmp.resolve("c"))).isNotEqualTo(first);
    }
}
