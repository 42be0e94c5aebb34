package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder that cannot be replaced by a rename, a symbolic link to the real web root or a
 * mount point, is published into: the link stays a link, the mount stays mounted, and what they
 * hold is, after every build, exactly a clean build.
 */
class PublishIntoTest {
    @TempDir
    Path tmp;

    private Fixture site;

    @BeforeEach
    void archive() throws IOException {
        site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 30, 5, 5);
    }

    @Test
    void aSymbolicLinkToTheWebRootStaysALinkAndTheWebRootIsUpdated() throws Exception {
        Path webRoot = Files.createDirectories(tmp.resolve("www/html"));
        Files.createSymbolicLink(site.out, webRoot);
        buildAndCompare(webRoot);
    }

    @Test
    void aMountPointIsPublishedInto() throws Exception {
        Files.createDirectories(site.out);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", site.out.toString()),
                "cannot mount a file system here (not root): the mount point test is skipped");
        try {
            buildAndCompare(site.out);
        } finally {
            run("umount", site.out.toString());
        }
    }

    private void buildAndCompare(Path published) throws Exception {
        Fixture.Run first = site.build();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(Fixture.snapshot(published)).isEqualTo(site.reference());
        assertThat(Files.isSymbolicLink(site.out)).isEqualTo(!published.equals(site.out));

        site.article("2024/05/new.md", "A new story.", "title: A new story", "date: 2024-05-02", "tags: [harbour]");
        Fixture.Run incremental = site.build();
        assertThat(incremental.exit()).as(incremental.err()).isZero();
        assertThat(incremental.out()).contains("  changes: ");
        assertThat(Fixture.snapshot(published)).isEqualTo(site.reference());

        // a clean build leaves what the swap would: nothing it did not make
        Files.writeString(published.resolve("by-hand.txt"), "added by hand");
        Files.delete(site.content.resolve("2024/05/new.md"));
        Fixture.Run clean = site.build("--clean");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(Fixture.snapshot(published)).isEqualTo(site.reference());
        assertThat(Files.isSymbolicLink(site.out)).isEqualTo(!published.equals(site.out));
        try (var beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-"));
        }
    }


    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
