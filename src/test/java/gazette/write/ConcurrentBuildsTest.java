package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import gazette.testing.Fixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several builds into one output folder at once, and builds against a running {@code serve}: the
 * published site is always the whole of one clean build, byte for byte, and a build that could
 * not have the folder says so and changes nothing.
 */
@Tag("slow") // real build processes, several at once
class ConcurrentBuildsTest {
    /** Every build at one time, so that two builds of one archive give the same bytes. */
    private static final String EPOCH = "1767225600";

    @TempDir
    Path tmp;

    private Path contentA;
    private Path contentB;
    private Map<String, String> siteA;
    private Map<String, String> siteB;

    private void twoArchives() throws Exception {
        contentA = tmp.resolve("a");
        contentB = tmp.resolve("b");
        new CorpusGenerator().generate(contentA, 300, 30, 1);
        new CorpusGenerator().generate(contentB, 200, 20, 2);
        siteA = cleanBuild(contentA, "ref-a");
        siteB = cleanBuild(contentB, "ref-b");
        assertThat(siteA).isNotEqualTo(siteB);
    }

    @Test
    void buildsIntoOneFolderAtOnceEachPublishAWholeSiteOrNothing() throws Exception {
        twoArchives();
        Path out = tmp.resolve("site");
        int refused = 0;
        int built = 0;
        for (int round = 0; round < 4; round++) {
            // a clean build, one that waits its turn and one that does not, with the two archives crossed
            List<Process> builds = new ArrayList<>();
            builds.add(start(round % 2 == 0 ? contentA : contentB, out, "--clean"));
            builds.add(start(round % 2 == 0 ? contentB : contentA, out, "--wait"));
            builds.add(start(round % 2 == 0 ? contentA : contentB, out));
            for (Process p : builds) {
                assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.exitValue() == 0) {
                    built++;
                } else {
                    assertThat(p.exitValue()).as(err).isEqualTo(1);
                    assertThat(err).as("only a build that found the folder taken may fail")
                            .contains("error: another build is writing into " + out + " (process ")
                            .endsWith("build failed; " + out + " was not changed\n");
                    refused++;
                }
            }
            assertThat(builds.get(1).exitValue()).as("a build that waits always gets its turn").isZero();
            assertPublishedIsOneWholeSite(out);
        }
        assertThat(refused).as("builds met one another").isPositive();
        System.out.println("concurrent builds: " + built + " built, " + refused + " refused while another was writing");
    }

    @Test
    void buildsIntoTheFolderServeIsPreviewingWaitTheirTurn() throws Exception {
        twoArchives();
        Path out = tmp.resolve("site");
        ProcessBuilder serving = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "gazette.cli.Main", "serve", "--port", "0",
                "--content", contentA.toString(), "--out", out.toString(), "--templates", tmp.resolve("templates").toString(),
                "--config", tmp.resolve("gazette.yaml").toString()).redirectErrorStream(true);
        serving.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        Process serve = serving.start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = said.readLine()) != null && !line.startsWith("Serving ")) {
                // the first build's summary
            }
            assertThat(line).as("serve started").isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    said.transferTo(java.io.Writer.nullWriter());
                } catch (IOException e) {
                    // serve stopped
                }
            });
            drain.start();
            assertPublishedIsOneWholeSite(out);
            for (int round = 0; round < 3; round++) {
                Process build = start(contentB, out, "--wait");
                // meanwhile an edit makes serve rebuild its own archive into the same folder
                Files.setLastModifiedTime(firstArticle(contentA), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
                assertThat(build.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(build.exitValue()).as(new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
                Thread.sleep(1500); // serve's rebuild, if it came after
                assertPublishedIsOneWholeSite(out);
            }
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The folder holds exactly one of the two clean builds, and nothing a build left beside it. */
    private void assertPublishedIsOneWholeSite(Path out) throws IOException {
        Map<String, String> seen = Fixture.snapshot(out);
        assertThat(seen.equals(siteA) || seen.equals(siteB)).as("the published site is one whole clean build (%d files)", seen.size()).isTrue();
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-"));
        }
    }

    private Map<String, String> cleanBuild(Path content, String name) throws Exception {
        Process p = start(content, tmp.resolve(name));
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return Fixture.snapshot(tmp.resolve(name));
    }

    private Process start(Path content, Path out, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), "gazette.cli.Main", "build",
                "--content", content.toString(), "--out", out.toString(), "--templates", tmp.resolve("templates").toString(),
                "--config", tmp.resolve("gazette.yaml").toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        return pb.start();
    }

    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
