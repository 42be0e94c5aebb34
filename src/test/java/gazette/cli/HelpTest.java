package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code gazette --help} and each command's help say: whole sentences, the defaults, an example. */
class HelpTest {
    static final List<String> COMMANDS = List.of("build", "serve", "deploy", "bench");

    @Test
    void theListOfCommandsGivesEachOneAWholeSentence() {
        Fixture.Run r = Fixture.run("--help");
        assertThat(r.exit()).isZero();
        String list = r.out().substring(r.out().indexOf("Commands:"));
        for (String c : COMMANDS) {
            // the command's line and those indented under it, up to the next command
            int at = list.indexOf("\n  " + c + " ");
            assertThat(at).as(c).isPositive();
            int next = list.indexOf("\n  ", at + 3);
            while (next > 0 && list.charAt(next + 3) == ' ') next = list.indexOf("\n  ", next + 3);
            String line = list.substring(at, next < 0 ? list.length() : next).replaceAll("\\s+", " ").trim();
            assertThat(line).as(c).endsWith(".").doesNotEndWith(";.").doesNotContain(",.");
        }
    }

    @Test
    void everyCommandsHelpNamesItsDefaultsAndGivesAnExample() {
        for (String c : COMMANDS) {
            Fixture.Run r = Fixture.run(c, "--help");
            assertThat(r.exit()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Example: gazette " + c + " ").contains("(default: ");
        }
    }
}
