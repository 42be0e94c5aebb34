package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files deleted or edited by hand since the last build are made again by the next
 * incremental build, found by size and time alone: the site is again exactly a clean build.
 */
class HandEditsTest {
    @TempDir
    Path tmp;

    @Test
    void filesDeletedOrEditedByHandAreRestoredByTheNextBuild() throws Exception {
        Fixture site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 60, 10, 8);
        Fixture.Run first = site.build("--base-url", "https://example.org/");
        assertThat(first.exit()).as(first.err()).isZero();
        Map<String, String> clean = Fixture.snapshot(site.out);
        Thread.sleep(20); // an edit within the same millisecond as the build would keep the file's time

        Path article = anArticlePage(site.out);
        Files.delete(site.out.resolve("tags/index.html"));
        Files.writeString(article, Files.readString(article).replace("</body>", "<script>defaced()</script></body>"));
        Files.delete(site.out.resolve("search/docs-0.json"));
        Files.delete(site.out.resolve("sitemap.xml"));
        Files.delete(site.out.resolve("static/style.css"));
        Files.writeString(site.out.resolve("feed.xml"), "edited");

        Fixture.Run again = site.build("--base-url", "https://example.org/");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains(" 6 files written"); // the six touched by hand, and no other
        assertThat(Fixture.snapshot(site.out)).isEqualTo(clean);

        Fixture.Run nothing = site.build("--base-url", "https://example.org/");
        assertThat(nothing.out()).contains(" 0 files written");
    }

    private static Path anArticlePage(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out.resolve("2024"))) {
            return s.filter(p -> p.getNameCount() - out.getNameCount() == 5 && p.endsWith("index.html")).sorted().findFirst().orElseThrow();
        }
    }
}
