package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the build command prints when a build throws: one line each, a stack trace only with --verbose. */
class BuildCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    private Run run(BuildCommand.Builder builder, String... args) {
        BuildCommand command = new BuildCommand();
        command.builder = builder;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aBugIsOneClearLineAndExitCodeOne() {
        Run r = run(o -> {
            throw new IllegalStateException("index out of step\nsecond line of the message");
        }, "--out", tmp.resolve("site").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "error: unexpected java.lang.IllegalStateException: index out of step (a bug in Gazette; please report it)",
                "run with --verbose for details",
                "build failed; " + tmp.resolve("site") + " was not changed");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void verboseShowsTheStackTraceOfABug() {
        Run r = run(o -> {
            throw new NullPointerException("title");
        }, "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: unexpected java.lang.NullPointerException: title (a bug in Gazette; please report it)\n")
                .contains("\tat gazette.cli.BuildCommandTest")
                .doesNotContain("--verbose for details");
    }

    @Test
    void aStackOverflowIsReportedAsABugToo() {
        Run r = run(o -> {
            throw new StackOverflowError();
        });
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: unexpected java.lang.StackOverflowError (a bug in Gazette; please report it)\n")
                .doesNotContain("\tat ");
    }

    @Test
    void anIoProblemIsOneSentence() {
        Run r = run(o -> {
            throw new NoSuchFileException("content/2024/03/gone.md");
        }, "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: content/2024/03/gone.md: no such file or folder\n");
        Run quiet = run(o -> {
            throw new IOException("disk full");
        });
        assertThat(quiet.err().lines().toList()).containsExactly("error: disk full", "build failed; site was not changed");
    }

    @Test
    void contentProblemsStayOneLineEvenWithVerbose() throws IOException {
        Fixture f = new Fixture(tmp);
        f.write("2024/bad.md", "---\ntitle: X\ndate: 2024-13-45\n---\nbody\n");
        Fixture.Run r = f.build("--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                f.content.resolve("2024/bad.md") + ":3: date: '2024-13-45' is not a date (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)",
                "build failed: 1 problem; " + f.out + " was not changed");
    }

    @Test
    void controlCharactersInNamesAndValuesCannotSplitLinesOrDriveTheTerminal() {
        Fixture f = new Fixture(tmp);
        f.write("evil\nname\u001b[2J.md", "---\ntitle: X\ndate: \"2024-01-01\\e]0;pwned\\a\"\n---\nbody\n");
        Fixture.Run r = f.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("evil\\u000aname\\u001b[2J.md:3: date: '2024-01-01\\u001b]0;pwned\\u0007' is not a date");
    }

    @Test
    void oneLineEscapesControlsAndBidiOverridesOnly() {
        assertThat(Messages.oneLine("plain é 東京\ttab")).isEqualTo("plain é 東京\ttab");
        assertThat(Messages.oneLine("a\r\nb\u0085c\u202Ed")).isEqualTo("a\\u000d\\u000ab\\u0085c\\u202ed");
    }
}
