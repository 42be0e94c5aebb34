package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Out-of-range counts are usage errors before anything is generated, not a stack trace after. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void countsOutOfRangeAreUsageErrors() throws Exception {
        String[][] cases = {
            {"--articles", "-5"}, {"--articles", "0"}, {"--articles", "20000000"},
            {"--articles", "10", "--text-articles", "11"}, {"--articles", "10", "--text-articles", "-1"}, {"--articles", "10", "--text-articles", "4", "--pictures", "7"}};
        String[] says = {"--articles must be from 1 to 10000000, not -5", "--articles must be from 1 to 10000000, not 0",
            "--articles must be from 1 to 10000000, not 20000000", "--text-articles must be from 0 to --articles (10), not 11",
            "--text-articles must be from 0 to --articles (10), not -1", "--pictures must be from 0 to the Markdown articles (6), not 7"};
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cases[i]), java.util.stream.Stream.of("--work", tmp.toString())).toArray(String[]::new);
            int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err, true)).execute(args);
            assertThat(exit).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", cases[i])).startsWith(says[i] + "\n");
            try (var files = Files.list(tmp)) {
                assertThat(files).as("nothing generated").isEmpty();
            }
        }
    }
}
