package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.fingerprint.ValuePrint;
import gazette.index.Related;
import gazette.read.Article;
import gazette.read.SourceFile;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state holds data, never Java objects: front matter of every YAML kind comes back equal, anything else is read again. */
class StateFileTest {
    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        return out;
    }

    private static Article article(String file, Map<String, Object> params) {
        return new Article(file, Article.Format.MARKDOWN, "Title", Instant.parse("2024-03-07T09:30:00Z"), true, "title", List.of("Port"),
                List.of("Ann"), "Desk", "Brief.", null, null, false, params);
    }

    private Map<String, SourceFile> saveAndLoad(Path out, Map<String, SourceFile> sources) throws IOException {
        try (Manifest files = new Manifest(tmp.resolve("spill"))) {
            files.claim("index.html");
            files.record("index.html", 1, 2, 3);
            StateFile.save(out, "key", sources, files, Related.restore(5, new int[] {1, -1}), 0, 1234);
        }
        return StateFile.load(out, "key").sources();
    }

    @Test
    void frontMatterOfEveryKindComesBackEqual() throws IOException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("b", List.of(1, 2L, new BigInteger("123456789012345678901234567890"), 1.5, true));
        nested.put("a", null);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("updated", "2024-03-08");
        params.put("count", 3);
        params.put("tree", nested);
        params.put("set", new LinkedHashSet<>(List.of("x", "y")));
        params.put("bytes", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        params.put("ünïcode", "東京");
        Article a = article("a.md", Collections.unmodifiableMap(params));
        Map<String, SourceFile> back = saveAndLoad(site(), Map.of("a.md", new SourceFile(10, 20, 30, a, List.of("a warning"))));
        SourceFile f = back.get("a.md");
        assertThat(f.size()).isEqualTo(10);
        assertThat(f.warnings()).containsExactly("a warning");
        ValuePrint print = new ValuePrint(null);
        assertThat(print.of(f.article())).isEqualTo(print.of(a));
        assertThat(f.article().params().get("tree")).isEqualTo(nested);
        assertThat((byte[]) f.article().params().get("bytes")).isEqualTo("GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(f.article().params().keySet()).containsExactly("updated", "count", "tree", "set", "bytes", "ünïcode");
    }

    @Test
    void aValueTheStateCannotHoldMakesTheFileReadAgain() throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("odd", new StringBuilder("not YAML data"));
        Map<String, SourceFile> back = saveAndLoad(site(), Map.of(
                "odd.md", new SourceFile(1, 2, 3, article("odd.md", params), List.of()),
                "plain.md", new SourceFile(4, 5, 6, article("plain.md", Map.of()), List.of())));
        assertThat(back).containsOnlyKeys("plain.md");
    }

    @Test
    void aDamagedOrForeignStateIsNoState() throws IOException {
        Path out = site();
        saveAndLoad(out, Map.of("a.md", new SourceFile(1, 2, 3, article("a.md", Map.of()), List.of())));
        assertThat(StateFile.load(out, "key").sources()).hasSize(1);
        assertThat(StateFile.load(out, "another key")).isEqualTo(StateFile.Saved.NONE);
        byte[] bytes = Files.readAllBytes(StateFile.file(out));
        // every cut and a huge count in place of each int: no exception, no giant allocation
        List<byte[]> damaged = new ArrayList<>();
        for (int cut = 0; cut < bytes.length; cut += 7) damaged.add(java.util.Arrays.copyOf(bytes, cut));
        for (int at = 0; at + 4 <= bytes.length; at += 4) {
            byte[] b = bytes.clone();
            b[at] = 0x7f;
            damaged.add(b);
        }
        for (byte[] b : damaged) {
            Files.write(StateFile.file(out), b);
            StateFile.Saved s = StateFile.load(out, "key");
            assertThat(s.sources().size()).isLessThanOrEqualTo(1);
        }
    }

    /** What a kept state hands the next build is what reading the file would give; a file written since is read. */
    @Test
    void aKeptStateIsTheOneTheFileHoldsUntilTheFileChanges() throws IOException {
        Path out = site();
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("odd", new StringBuilder("not YAML data"));
        Map<String, SourceFile> sources = Map.of(
                "odd.md", new SourceFile(1, 2, 3, article("odd.md", odd), List.of()),
                "plain.md", new SourceFile(4, 5, 6, article("plain.md", Map.of()), List.of("a warning")));
        KeptState kept = new KeptState();
        try (Manifest files = new Manifest(tmp.resolve("spill"))) {
            files.claim("index.html");
            files.record("index.html", 1, 2, 3);
            files.claim("2024/03/07/title/index.html");
            files.record("2024/03/07/title/index.html", 4, 5, 6);
            java.util.Set<String> readAgain = StateFile.save(out, "key", sources, files, Related.restore(5, new int[] {1, -1}), 77, 1234);
            assertThat(readAgain).containsExactly("odd.md");
            StateFile.keep(out, "key", sources, readAgain, files, Related.restore(5, new int[] {1, -1}), 77, 1234, kept);
        }
        StateFile.Saved read = StateFile.load(out, "key");
        StateFile.Saved fromMemory = StateFile.load(out, "key", kept);
        assertThat(fromMemory.sources()).containsOnlyKeys("plain.md");
        assertThat(fromMemory.sources().get("plain.md")).isSameAs(sources.get("plain.md")); // not read back: the very record
        assertThat(fromMemory.sources().get("plain.md")).isEqualTo(read.sources().get("plain.md"));
        assertThat(fromMemory.manifest()).containsOnlyKeys(read.manifest().keySet());
        for (String file : read.manifest().keySet()) assertThat(fromMemory.manifest().get(file)).containsExactly(read.manifest().get(file));
        assertThat(fromMemory.plan()).isEqualTo(read.plan()).isEqualTo(77);
        assertThat(fromMemory.savedAt()).isEqualTo(read.savedAt());
        assertThat(fromMemory.related().key()).isEqualTo(read.related().key());
        assertThat(fromMemory.related().table()).containsExactly(read.related().table());
        // taken again while the file stands (a build that failed saved nothing)
        assertThat(StateFile.load(out, "key", kept).sources().get("plain.md")).isSameAs(sources.get("plain.md"));
        assertThat(kept.taken()).isEqualTo(2);

        // another build (another process) saves into the folder: its state is the one read
        try (Manifest files = new Manifest(tmp.resolve("spill3"))) {
            StateFile.save(out, "key", Map.of(), files, Related.restore(5, new int[] {}), 88, 5678);
        }
        StateFile.Saved after = StateFile.load(out, "key", kept);
        assertThat(after.sources()).isEmpty();
        assertThat(after.plan()).isEqualTo(88);
        assertThat(kept.taken()).isEqualTo(2);
        // a kept state for another key, or for a folder made anew with the state file left beside it, is not taken
        try (Manifest files = new Manifest(tmp.resolve("spill4"))) {
            java.util.Set<String> readAgain = StateFile.save(out, "key", sources, files, Related.restore(5, new int[] {1, -1}), 77, 1234);
            StateFile.keep(out, "key", sources, readAgain, files, Related.restore(5, new int[] {1, -1}), 77, 1234, kept);
        }
        assertThat(StateFile.load(out, "another key", kept)).isEqualTo(StateFile.Saved.NONE);
        Files.delete(out);
        Files.createDirectories(out);
        assertThat(StateFile.load(out, "key", kept)).isEqualTo(StateFile.Saved.NONE);
        assertThat(kept.taken()).isEqualTo(2);
    }
}
