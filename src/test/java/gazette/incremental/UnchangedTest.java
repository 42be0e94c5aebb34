package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick check: a build that finds nothing changed since the last one finished stops before
 * it decodes an article, and gives the same report; anything that could change the site (a
 * content or template file, an output file, the options, the clock) makes it a full build.
 */
class UnchangedTest {
    @TempDir
    Path tmp;
    Fixture site;

    @BeforeEach
    void archive() {
        site = new Fixture(tmp);
        site.article("a.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "tags: [harbour]");
        site.article("b.md", "Fog closed the port.", "title: Fog", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        words("nav.latest=Latest\n");
    }

    /** The theme's English words (the messages bundle of the templates folder). */
    void words(String properties) {
        try {
            Path bundle = tmp.resolve("templates/messages/en.properties");
            Files.createDirectories(bundle.getParent());
            Files.writeString(bundle, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates every file of the folder an hour back: a file written within two seconds of a build is read again, whatever else. */
    static void age(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Fixture.Run aged(String... extra) {
        age(site.content);
        age(tmp.resolve("templates"));
        return site.build(extra);
    }

    static boolean quick(Fixture.Run r) {
        return r.out().contains("  stages: check ");
    }

    @Test
    void nothingChangedStopsAtTheCheckWithTheSameReport() throws IOException {
        Fixture.Run first = aged();
        assertThat(first.exit()).isZero();
        assertThat(quick(first)).isFalse();
        Map<String, String> built = Fixture.snapshot(site.out);
        Fixture.Run again = site.build();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(quick(again)).as(again.out()).isTrue();
        assertThat(again.out()).contains("Built 2 articles into ").contains("changes: 0 content files read, 0 pages rendered, 0 files written (0.0 MB), 0 removed");
        // the same lines as the full build's, but for the time and what it did
        assertThat(line(again.out(), "  pages:")).isEqualTo(line(first.out(), "  pages:")).contains("2 article");
        assertThat(line(again.out(), "  feeds:")).isEqualTo(line(first.out(), "  feeds:"));
        assertThat(Fixture.snapshot(site.out)).isEqualTo(built);
        assertThat(quick(site.build())).as("and again").isTrue();
    }

    @Test
    void aChangedArticleTemplateOrOptionOrAPageDeletedByHandMakesAFullBuild() throws IOException {
        assertThat(aged().exit()).isZero();
        assertThat(quick(site.build())).isTrue();

        // an article edited, its time set back as a copy from elsewhere would keep it
        site.article("b.md", "Fog closed the port and the ferry.", "title: Fog", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        Fixture.Run edited = aged();
        assertThat(quick(edited)).isFalse();
        assertThat(site.page("2024/03/08/fog/").select("article").text()).contains("ferry");
        assertThat(quick(site.build())).isTrue();

        // a template's words
        words("nav.latest=Newest\n");
        Fixture.Run template = aged();
        assertThat(quick(template)).isFalse();
        assertThat(site.page("").select("nav a[href]").text()).contains("Newest");
        assertThat(quick(site.build())).isTrue();

        // a page deleted by hand comes back
        Path page = site.out.resolve("2024/03/08/index.html");
        Files.delete(page);
        Fixture.Run restored = site.build();
        assertThat(quick(restored)).isFalse();
        assertThat(page).exists();
        assertThat(quick(site.build())).isTrue();

        // another option: a full build, and its own record
        assertThat(quick(site.build("--drafts"))).isFalse();
        assertThat(quick(site.build("--drafts"))).isTrue();
        assertThat(quick(site.build())).isFalse();
        assertThat(quick(site.build("--clean"))).as("--clean builds everything").isFalse();
    }

    @Test
    void aTemplatesFolderThatIsALinkIsWalkedThrough() throws IOException {
        Path theme = Files.move(tmp.resolve("templates"), tmp.resolve("theme"));
        Files.createSymbolicLink(tmp.resolve("templates"), theme);
        age(site.content);
        age(theme);
        assertThat(site.build().exit()).isZero();
        assertThat(quick(site.build())).isTrue();
        words("nav.latest=Newest\n");
        age(theme);
        Fixture.Run r = site.build();
        assertThat(quick(r)).as("a template changed behind the link").isFalse();
        assertThat(site.page("").select("nav a[href]").text()).contains("Newest");
    }

    @Test
    void aFileWrittenJustBeforeTheLastBuildIsReadAgain() {
        assertThat(aged().exit()).isZero();
        site.article("c.md", "Gales.", "title: Gales", "date: 2024-03-09T08:00:00Z");
        assertThat(quick(site.build())).isFalse();
        // c.md was written within two seconds of that build: the next cannot trust its time
        assertThat(quick(site.build())).isFalse();
    }

    @Test
    void aDamagedRecordIsPassedOver() throws IOException {
        assertThat(aged().exit()).isZero();
        Path record = tmp.resolve(".site.gazette-unchanged");
        byte[] bytes = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Fixture.Run r = site.build();
        assertThat(r.exit()).isZero();
        assertThat(quick(r)).isFalse();
        assertThat(quick(site.build())).isTrue();
    }

    /** The clock is an input too: an embargo lifts, an article leaves the news sitemap's window (a build's time set by SOURCE_DATE_EPOCH). */
    @Test
    void theClockChangesTheSiteWhenAnEmbargoLiftsOrTheNewsWindowMoves() {
        long t = Instant.parse("2024-03-10T12:00:00Z").getEpochSecond();
        site.settings("base_url: https://example.org/\n");
        site.article("later.md", "Budget day.", "title: Budget", "date: 2024-03-10T12:01:40Z");
        age(site.content);
        age(tmp.resolve("templates"));
        Fixture.Run first = site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(t)));
        assertThat(first.out()).as(first.err()).contains("embargoed: 1");
        Fixture.Run before = site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(t + 99)));
        assertThat(quick(before)).as(before.out()).isTrue();
        Fixture.Run lifted = site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(t + 100)));
        assertThat(quick(lifted)).isFalse();
        assertThat(lifted.out()).doesNotContain("embargoed").contains("news sitemap: 1 article");

        // in the window for 48 hours from its time: then the news sitemap is empty again
        long leaves = Instant.parse("2024-03-12T12:01:40Z").getEpochSecond();
        assertThat(quick(site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(leaves - 1))))).isTrue();
        Fixture.Run left = site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(leaves + 1)));
        assertThat(quick(left)).isFalse();
        assertThat(left.out()).contains("news sitemap: 0 articles");

        // the clock set back: the article is under embargo again, which a full build sees
        Fixture.Run back = site.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(t)));
        assertThat(quick(back)).isFalse();
        assertThat(back.out()).contains("embargoed: 1");
    }

    /** The line of the summary that starts with {@code start}. */
    static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
