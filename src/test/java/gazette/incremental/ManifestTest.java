package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written-files record: a second claim on a path is refused, and the spill reads back as the state stores it. */
class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void refusesASecondClaimAndReadsBackEveryEntry() throws IOException {
        Path spill = tmp.resolve("spill");
        Map<String, long[]> added = new LinkedHashMap<>();
        try (Manifest files = new Manifest(spill)) {
            // more entries than the first table holds, so it grows on the way
            for (int i = 0; i < 10_000; i++) {
                String path = "2024/01/" + i + "/東京-" + i + "/index.html";
                assertThat(files.claim(path)).isTrue();
                files.record(path, i, -i, 3L * i);
                added.put(path, new long[] {i, -i, 3L * i});
            }
            assertThat(files.claim("2024/01/42/東京-42/index.html")).as("a second page for one file").isFalse();
            assertThat(files.size()).isEqualTo(10_000);
            assertThat(files.contains("2024/01/9999/東京-9999/index.html")).isTrue();
            assertThat(files.contains("2024/01/10000/東京-10000/index.html")).isFalse();

            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            files.copyTo(copy);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(copy.toByteArray()));
            Map<String, long[]> read = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) read.put(in.readUTF(), new long[] {in.readLong(), in.readLong(), in.readLong()});
            assertThat(in.available()).isZero();
            assertThat(read.keySet()).containsExactlyElementsOf(added.keySet());
            read.forEach((path, v) -> assertThat(v).as(path).containsExactly(added.get(path)));
        }
        assertThat(spill).as("the spill goes with the build").doesNotExist();
    }
}
