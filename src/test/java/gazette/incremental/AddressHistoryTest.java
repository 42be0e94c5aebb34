package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address history beside the site, and serve's copy of it kept in memory from build to build. */
class AddressHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedHistoryIsReadBackWithEveryAddressOldestFirstAndForgetsFilesNoLongerThere() throws IOException {
        Path out = tmp.resolve("site");
        AddressHistory.load(out).save(out, Map.of("a.md", "2024/03/07/tram/", "b.md", "2024/03/08/ferry/"), Set.of("a.md", "b.md"));
        AddressHistory.load(out).save(out, Map.of("a.md", "2024/03/07/tram-line/"), Set.of("a.md"));
        AddressHistory read = AddressHistory.load(out);
        assertThat(read.of("a.md")).containsExactly("2024/03/07/tram/", "2024/03/07/tram-line/");
        assertThat(read.of("b.md")).isEmpty();
    }

    @Test
    void serveTakesTheHistoryItSavedUntilTheFileChanges() throws IOException {
        Path out = tmp.resolve("site");
        KeptState kept = new KeptState();
        AddressHistory first = AddressHistory.load(out, kept);
        first.save(out, Map.of("a.md", "2024/03/07/tram/"), Set.of("a.md"), kept);
        // the very object, not read back
        AddressHistory again = AddressHistory.load(out, kept);
        assertThat(again).isSameAs(first);
        again.save(out, Map.of("a.md", "2024/03/07/tram-line/"), Set.of("a.md"), kept);
        assertThat(AddressHistory.load(out, kept)).isSameAs(first);
        assertThat(AddressHistory.load(out, kept).of("a.md")).isEqualTo(AddressHistory.load(out).of("a.md"))
                .containsExactly("2024/03/07/tram/", "2024/03/07/tram-line/");

        // another build (another process) saves the history: the file is read
        AddressHistory other = AddressHistory.load(out);
        other.save(out, Map.of("a.md", "2024/03/09/tram-opens/"), Set.of("a.md"));
        AddressHistory now = AddressHistory.load(out, kept);
        assertThat(now).isNotSameAs(first);
        assertThat(now.of("a.md")).containsExactly("2024/03/07/tram/", "2024/03/07/tram-line/", "2024/03/09/tram-opens/");

        // a history removed, or one for another folder, is not taken either
        AddressHistory.load(out, kept).save(out, Map.of("a.md", "2024/03/09/tram-opens/"), Set.of("a.md"), kept);
        assertThat(AddressHistory.load(tmp.resolve("other"), kept).of("a.md")).isEmpty();
        Files.delete(AddressHistory.file(out));
        assertThat(AddressHistory.load(out, kept).of("a.md")).isEmpty();
    }
}
