package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish journal: one line per change, whatever a file's name holds. */
class JournalTest {
    @TempDir
    Path tmp;

    @Test
    void everyNameIsOneLineAndComesBackAsItWas() throws Exception {
        for (String name : List.of("static/x\nD index.html", "a%b/100%25.css", "caf\u00e9/\r\t.txt", "plain/index.html")) {
            String line = Journal.encode(name);
            assertThat(line).doesNotContain("\n", "\r", "\t");
            assertThat(Journal.decode(line)).isEqualTo(name);
        }
        assertThat(Journal.encode("static/x\nD index.html")).isEqualTo("static/x%0AD index.html");
    }

    @Test
    void aNameWithAPercentSignIsWrittenEncodedAndMovedAsItIs() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(out.resolve("index.html"), "home");
        Path staging = Files.createDirectories(tmp.resolve(".site.staging-1"));
        Files.writeString(staging.resolve("odd%0AD index.html"), "odd");
        new Journal(out).publish(staging, List.of("odd%0AD index.html"), List.of());
        assertThat(out.resolve("odd%0AD index.html")).hasContent("odd");
        assertThat(out.resolve("index.html")).hasContent("home");
        assertThat(Files.readAllLines(tmp.resolve(".site.gazette-journal"))).containsExactly("S .site.staging-1", "M odd%250AD index.html", "END");
    }

    @Test
    void aNameWithALineBreakIsRefusedBeforeAnythingChanges() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(out.resolve("index.html"), "home");
        Path staging = Files.createDirectories(tmp.resolve(".site.staging-1"));
        Files.writeString(staging.resolve("x\nD index.html"), "forged");
        assertThatThrownBy(() -> new Journal(out).publish(staging, List.of("x\nD index.html"), List.of()))
                .hasMessageStartingWith("refusing a file name with a control character");
        assertThat(out.resolve("index.html")).hasContent("home");
    }
}
