package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --link}: the output folder is a symbolic link to the newest build, changed in one
 * rename, so a reader never finds the site missing nor mixed, and each build leaves exactly a
 * clean build behind the link and nothing else beside it.
 */
class PublishByLinkTest {
    @TempDir
    Path tmp;

    private Fixture site;

    @BeforeEach
    void archive() throws IOException {
        site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 30, 5, 5);
    }

    @Test
    void theFolderBecomesALinkToTheNewestBuildAndStaysOne() throws Exception {
        assertThat(site.build().exit()).isZero();
        assertThat(Files.isSymbolicLink(site.out)).isFalse();

        Fixture.Run linked = site.build("--link");
        assertThat(linked.exit()).as(linked.err()).isZero();
        assertThat(Files.isSymbolicLink(site.out)).as("--link makes the folder a link, even when nothing changed").isTrue();
        assertThat(Files.readSymbolicLink(site.out).toString()).startsWith(".site.build-");
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(site.reference());
        assertOnlyTheLiveBuildBeside();

        // later builds keep the link without being told: incremental, then clean
        site.article("2024/05/new.md", "A new story.", "title: A new story", "date: 2024-05-02", "tags: [harbour]");
        Path before = Files.readSymbolicLink(site.out);
        Fixture.Run incremental = site.build();
        assertThat(incremental.exit()).as(incremental.err()).isZero();
        assertThat(incremental.out()).contains("  changes: ");
        assertThat(Files.readSymbolicLink(site.out)).isNotEqualTo(before);
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(site.reference());
        assertOnlyTheLiveBuildBeside();

        Files.delete(site.content.resolve("2024/05/new.md"));
        Fixture.Run removed = site.build();
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(site.reference());
        assertOnlyTheLiveBuildBeside();

        // a content file touched, nothing changed: the link stays where it is
        Path live = Files.readSymbolicLink(site.out);
        Path some = site.content.resolve("2024/05/touched.md");
        site.article("2024/05/touched.md", "Unchanged.", "title: Touched", "date: 2024-05-03");
        assertThat(site.build().exit()).isZero();
        live = Files.readSymbolicLink(site.out);
        Files.setLastModifiedTime(some, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Fixture.Run touched = site.build();
        assertThat(touched.exit()).as(touched.err()).isZero();
        assertThat(Files.readSymbolicLink(site.out)).isEqualTo(live);
        Files.delete(some);

        Fixture.Run clean = site.build("--clean");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(Files.isSymbolicLink(site.out)).isTrue();
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(site.reference());
        assertOnlyTheLiveBuildBeside();
    }

    @Test
    void aReaderNeverFindsTheSiteMissingNorHalfOfOneBuild() throws Exception {
        assertThat(site.build("--link").exit()).isZero();
        String[] pages = {"index.html", "tags/index.html"};
        Map<String, String> a = Fixture.snapshot(site.out.toRealPath());
        site.settings("title: The Other Title\n");
        assertThat(site.build().exit()).isZero();
        Map<String, String> b = Fixture.snapshot(site.out.toRealPath());
        assertThat(b.get("index.html")).isNotEqualTo(a.get("index.html"));

        AtomicBoolean building = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (building.get() && wrong.get() == null) {
                for (String page : pages) {
                    try {
                        // as a web server does: the path resolved afresh for every request
                        String seen = Files.readString(site.out.resolve(page), StandardCharsets.ISO_8859_1); // as snapshots hold them
                        if (!seen.equals(a.get(page)) && !seen.equals(b.get(page))) wrong.set(page + " is neither build's");
                        reads.incrementAndGet();
                    } catch (NoSuchFileException e) {
                        wrong.set(page + " was missing: " + e.getMessage());
                    } catch (IOException e) {
                        wrong.set(page + ": " + e);
                    }
                }
            }
        });
        reader.start();
        try {
            for (int round = 0; round < 10; round++) {
                site.settings(round % 2 == 0 ? "" : "title: The Other Title\n");
                Fixture.Run r = site.build(round % 3 == 0 ? new String[] {"--clean"} : new String[0]);
                assertThat(r.exit()).as(r.err()).isZero();
            }
        } finally {
            building.set(false);
            reader.join();
        }
        assertThat(wrong.get()).isNull();
        assertThat(reads.get()).as("the reader read while the builds ran").isGreaterThan(100);
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(b);
    }

    @Test
    void whatAKilledBuildLeftBesideTheLinkIsRemovedAndTheNextBuildIsClean() throws Exception {
        assertThat(site.build("--link").exit()).isZero();
        // killed after its link was renamed into place, before its state was saved: the last build is still there
        Path stale = Files.createDirectories(tmp.resolve(".site.build-0000dead"));
        Files.writeString(stale.resolve("index.html"), "an older site");
        Files.createSymbolicLink(tmp.resolve(".site.link-0000dead"), stale.getFileName());
        Fixture.Run next = site.build();
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.out()).as("a clean build").doesNotContain("  changes: ");
        assertThat(Fixture.snapshot(site.out.toRealPath())).isEqualTo(site.reference());
        assertOnlyTheLiveBuildBeside();
    }

    @Test
    void aLinkToAFolderThatLinkDidNotMakeIsNotReplaced() throws Exception {
        Path webRoot = Files.createDirectories(tmp.resolve("www/html"));
        Files.createSymbolicLink(site.out, webRoot);
        Fixture.Run r = site.build("--link");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(site.out + " is a symbolic link to " + webRoot + ", which --link did not make");
        assertThat(Files.readSymbolicLink(site.out)).isEqualTo(webRoot);
        try (var files = Files.list(webRoot)) {
            assertThat(files).isEmpty();
        }
    }

    private void assertOnlyTheLiveBuildBeside() throws IOException {
        String live = Files.readSymbolicLink(site.out).toString();
        try (var folders = Files.walk(site.out.toRealPath())) {
            assertThat(folders.filter(Files::isDirectory).filter(d -> {
                try (var in = Files.list(d)) {
                    return in.findAny().isEmpty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("no folder left empty by a removed page").isEmpty();
        }
        try (var beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")))
                    .containsExactlyInAnyOrderElementsOf(Set.of(live, ".site.lock", ".site.gazette-state", ".site.gazette-search", ".site.gazette-unchanged", ".site.gazette-addresses"));
        }
    }

}
