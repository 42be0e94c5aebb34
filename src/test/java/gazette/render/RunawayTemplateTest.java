package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates that no check inside Freemarker can stop, built in a JVM of their own (a thread
 * that cannot be stopped would go on burning this one): the build still ends, naming the
 * template and the page, and publishes nothing.
 */
@Tag("slow")
class RunawayTemplateTest {
    @TempDir
    Path tmp;

    private Fixture site;
    private Map<String, String> published;

    @BeforeEach
    void published() throws Exception {
        site = new Fixture(tmp);
        site.article("2024/03/a.md", "Body.", "title: A", "date: 2024-03-01", "tags: [harbour]");
        assertThat(site.build().exit()).isZero();
        published = Fixture.snapshot(site.out);
        Files.createDirectories(tmp.resolve("templates"));
    }

    @Test
    void aBuiltInOverAnEndlessSequenceIsGivenUpOnAfterTheTimeLimit() throws Exception {
        site.settings("render_timeout: 1\n");
        Files.writeString(tmp.resolve("templates/tags.ftlh"), "<p>Tags</p>\n${(1..)?filter(x -> x < 0)?first!\"none\"}\n");
        Result r = build();
        assertThat(r.seconds()).as("given up on soon after its limit").isLessThan(20);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsExactly(tmp.resolve("templates/tags.ftlh") + ": took longer than 1 second (render_timeout) while rendering"
                + " tags/index.html, in an expression the limit cannot interrupt (a built-in over an endless sequence, or ?interpret);"
                + " the build stopped waiting for it", "build failed: 1 problem; " + site.out + " was not changed");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void outputCapturedWithoutEndRunsOutOfMemoryNamingTheTemplateAndPage() throws Exception {
        Files.writeString(tmp.resolve("templates/tags.ftlh"), "<p>Tags</p>\n<#assign all><#list 1..2000000000 as i>"
                + "x".repeat(60) + "</#list></#assign>\n");
        Result r = build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsExactly(tmp.resolve("templates/tags.ftlh") + ": ran out of memory while rendering tags/index.html"
                + " (a loop without end writing into #assign or #attempt?)", "build failed: 1 problem; " + site.out + " was not changed");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    record Result(int exit, List<String> err, long seconds) {}

    private Result build() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "gazette.cli.Main", "build",
                "--content", site.content.toString(), "--out", site.out.toString(), "--templates", tmp.resolve("templates").toString(),
                "--config", tmp.resolve("gazette.yaml").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the build did not end");
        }
        // the progress line a slow build shows on a terminal is not part of what is said
        List<String> lines = err.lines().filter(l -> !l.matches(" *[0-9.]+ s .*")).toList();
        return new Result(p.exitValue(), lines, (System.nanoTime() - start) / 1_000_000_000L);
    }
}
