package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a build: the error names the folder, the file and the space left,
 * the published site stays as it was, and nothing the build wrote is left to keep the disk full
 * (pages are written from many threads; none may make the staging folder again once it is gone).
 */
class FullDiskTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskLeavesTheSiteAsItWasAndNothingBehind() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()),
                "cannot mount a small file system here (not root): the full disk test is skipped");
        try {
            Path content = tmp.resolve("content");
            new CorpusGenerator().generate(content, 10, 0, 6);
            Path out = disk.resolve("site");
            String[] build = {"build", "--content", content.toString(), "--out", out.toString(),
                    "--templates", tmp.resolve("templates").toString(), "--config", tmp.resolve("gazette.yaml").toString()};
            assertThat(Fixture.run(build).exit()).isZero();
            Map<String, String> published = Fixture.snapshot(out);

            new CorpusGenerator().generate(content, 300, 0, 7);
            for (int attempt = 0; attempt < 3; attempt++) {
                Fixture.Run r = Fixture.run(build);
                assertThat(r.exit()).isEqualTo(1);
                // the staging folder's file, or the search index's temporary one beside it, whichever the disk refused first
                assertThat(r.err()).contains("error: " + disk.resolve(".site.")).contains(": cannot write ")
                        .contains("(No space left on device); ").contains(" MB free on that disk")
                        .endsWith("build failed; " + out + " was not changed\n");
                assertThat(Fixture.snapshot(out)).isEqualTo(published);
                try (Stream<Path> s = Files.list(disk)) {
                    assertThat(s.map(p -> p.getFileName().toString())).as("attempt %d", attempt)
                            .containsExactlyInAnyOrder("site", ".site.lock", ".site.gazette-state", ".site.gazette-search", ".site.gazette-addresses");
                }
                try (Stream<Path> s = Files.list(disk.resolve(".site.gazette-search"))) {
                    assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file of the search index is left, attempt %d", attempt)
                            .noneMatch(n -> n.startsWith("spill-"));
                }
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
