package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the published site as it was (or, if it was
 * killed after publishing, as the new build made it), never a half-built folder; the next build
 * cleans up after it and publishes exactly what a clean build would.
 */
@Tag("slow") // kills real build processes at many moments
class KilledBuildTest {
    @TempDir
    Path tmp;

    @Test
    void killedBuildsNeverLeaveAHalfBuiltSite() throws Exception {
        Fixture site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 150, 15, 5);
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        String layout = new String(KilledBuildTest.class.getResourceAsStream("/gazette/theme/base.ftlh").readAllBytes(), StandardCharsets.UTF_8);

        // two versions of the site: the layout edit changes every page, so publishing one over the other is long
        Map<String, String> a = buildVersion(site, templates, layout);
        Map<String, String> b = buildVersion(site, templates, layout.replace("</footer>", "<p>Edition B</p></footer>"));
        assertThat(a).isNotEqualTo(b);
        Map<String, String> current = b;

        // time one whole build in a child JVM, then kill others at fractions of that time
        Files.writeString(templates.resolve("base.ftlh"), layout);
        long started = System.nanoTime();
        Process whole = startBuild(site, templates, false);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long full = (System.nanoTime() - started) / 1_000_000;
        assertThat(Fixture.snapshot(site.out)).isEqualTo(a);
        current = a;

        List<String> outcomes = new ArrayList<>();
        double[] fractions = {0.15, 0.5, 0.75, 0.88, 0.95, 1.0, 1.1};
        long[] delays = new long[fractions.length];
        for (int k = 0; k < delays.length; k++) delays[k] = Math.round(full * fractions[k]);
        for (int k = 0; k < delays.length; k++) {
            boolean toA = current == b;
            Files.writeString(templates.resolve("base.ftlh"), toA ? layout : layout.replace("</footer>", "<p>Edition B</p></footer>"));
            Map<String, String> next = toA ? a : b;
            boolean clean = k % 3 == 2;

            Process p = startBuild(site, templates, clean);
            Thread.sleep(delays[k]);
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            p.waitFor(10, TimeUnit.SECONDS);

            Map<String, String> seen = Fixture.snapshot(site.out);
            boolean journal = Files.exists(tmp.resolve(".site.gazette-journal"));
            String outcome = seen.equals(current) ? "old" : seen.equals(next) ? "new" : journal ? "publishing" : "BROKEN";
            outcomes.add(delays[k] + " ms" + (clean ? " clean" : "") + ": " + outcome);
            assertThat(outcome).as("killed after %d ms%s", delays[k], clean ? " (clean build)" : "").isNotEqualTo("BROKEN");
            assertThat(seen.keySet()).noneMatch(f -> f.contains("staging") || f.contains(".gazette"));

            Fixture.Run after = site.build("--base-url", "https://example.org/");
            assertThat(after.exit()).as(after.err()).isZero();
            assertThat(Fixture.snapshot(site.out)).as("the build after a kill at %d ms", delays[k]).isEqualTo(next);
            try (Stream<Path> s = Files.list(tmp)) {
                assertThat(s.map(f -> f.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-") || n.endsWith("gazette-journal"));
            }
            current = next;
        }
        System.out.println("killed builds (a whole build took " + full + " ms): " + outcomes);
        // the kills landed before, during and after publishing, not all in one place
        assertThat(outcomes).as(outcomes.toString()).anyMatch(o -> o.endsWith("old"));
    }

    private Map<String, String> buildVersion(Fixture site, Path templates, String layout) throws IOException {
        Files.writeString(templates.resolve("base.ftlh"), layout);
        Fixture.Run r = site.build("--base-url", "https://example.org/");
        assertThat(r.exit()).as(r.err()).isZero();
        return Fixture.snapshot(site.out);
    }

    private Process startBuild(Fixture site, Path templates, boolean clean) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "gazette.cli.Main", "build", "--content", site.content.toString(),
                "--out", site.out.toString(), "--templates", templates.toString(), "--config", tmp.resolve("gazette.yaml").toString(),
                "--base-url", "https://example.org/"));
        if (clean) command.add("--clean");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }
}
