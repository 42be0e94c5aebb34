package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed work must not change a byte of the site: a generated archive (Markdown and scraped text,
 * with a page of every Markdown construct) is built with a fixed build time, and every file's
 * SHA-256 is compared with the list recorded from a known-good build.
 *
 * <p>A deliberate change to the output (a template, a new page) is recorded again with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgazette.golden=record}; the diff of the list shows
 * which files changed.
 */
class GoldenSiteTest {
    static final Path GOLDEN = Path.of("src/test/resources/gazette/pipeline/golden-site.txt");

    @TempDir
    Path tmp;

    @Test
    void theSiteIsByteForByteTheRecordedOne() throws IOException {
        Fixture f = new Fixture(tmp);
        f.settings("title: The Golden Gazette\nbase_url: https://example.org/archive/\ntimezone: Europe/Berlin\npage_size: 7\n");
        new CorpusGenerator().generate(f.content, 240, 40, 11);
        f.write("2024/12/every-construct.md", Files.readString(Path.of("src/test/resources/gazette/pipeline/every-construct.md")));

        // 2025-01-02T00:00:00Z: after every generated article, so the news sitemap has some
        Fixture.Run run = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", "1735776000"));
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> built = digests(f.out);
        assertThat(built.keySet()).contains("feed.xml", "search/index.html", "news-sitemap.xml")
                .anyMatch(file -> file.startsWith("2024/12/30/every-construct-in-one-page"));

        if ("record".equals(System.getProperty("gazette.golden"))) {
            List<String> lines = new ArrayList<>();
            built.forEach((file, digest) -> lines.add(digest + "  " + file));
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            recorded.put(line.substring(gap + 2), line.substring(0, gap));
        }
        List<String> differ = new ArrayList<>();
        for (String file : recorded.keySet()) {
            if (!recorded.get(file).equals(built.get(file))) differ.add(built.containsKey(file) ? "changed: " + file : "missing: " + file);
        }
        for (String file : built.keySet()) if (!recorded.containsKey(file)) differ.add("new: " + file);
        assertThat(differ).as("files that differ from the recorded site (%d files)", recorded.size()).isEmpty();
        assertThat(recorded).hasSizeGreaterThan(400);
    }

    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
