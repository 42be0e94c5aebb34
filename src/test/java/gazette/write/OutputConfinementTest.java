package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Nothing outside the output folder: hostile slugs, tags, titles, file and folder names and
 * symbolic links in the content folder. The whole temporary root is listed before and after
 * each build, and every file that appeared or changed must lie in the output folder or be the
 * build's own state beside it.
 */
class OutputConfinementTest {
    /** Every path segment a hostile value might try; each must become a safe one. */
    static final List<String> HOSTILE = List.of(
            "../../../../../../tmp/escaped", "..", ".", "/", "/etc/passwd", "\\..\\..\\windows\\x", "..\\..\\x",
            "a/../../b", "%2e%2e%2f%2e%2e%2fx", "..%2f..%2fx", "%2F", "nul\\0byte", "ctl\u0001\u001f\u007f\u0085x",
            "line\nbreak", "CON", "con", "Nul", "aux", "COM1", "lpt9", "CON.txt", "prn.md", " leading space", "trailing dot.",
            "...", ".hidden", "~", "-rf", "$(id)", "`id`", "a:b", "<>|?*\"", "\u202Eevil\u202C", "\uFEFFbom", "x".repeat(5000),
            "\uD800\uDF30".repeat(100), "東京".repeat(200), "e\u0301".repeat(300), "\uD835\uDC00".repeat(90));

    @TempDir
    Path tmp;
    Fixture site;

    @BeforeEach
    void setUp() {
        site = new Fixture(tmp);
        site.settings("base_url: https://example.org/news/\n");
    }

    @Test
    void hostileFrontMatterWritesOnlyInsideTheOutputFolder() throws IOException {
        int n = 0;
        for (String h : HOSTILE) {
            String q = yaml(h);
            site.article("2024/03/slug-" + n + ".md", "Body " + n, "title: " + q, "slug: " + q, "date: 2024-03-07", "tags: [" + q + ", plain]");
            site.article("2024/03/title-" + n + ".md", "Body " + n, "title: " + q, "date: 2024-03-08", "tags: " + q);
            n++;
        }
        assertConfined(2 * HOSTILE.size());
    }

    @Test
    void hostileFileAndFolderNamesAreReadAndWriteOnlyInsideTheOutputFolder() throws IOException {
        List<String> names = List.of("with space", "a%2fb", "%2e%2e", "ctl\u0001\u001fx", "line\nbreak", "esc\u001b[2J", "CON", "nul", "AUX",
                "lpt1", "trailing space ", "-rf", "\u202Eevil", "…", "x".repeat(240), "東".repeat(80), "back\\slash", "a:b", "q?*<>|\"");
        int n = 0;
        for (String name : names) {
            site.article(name + ".md", "Body.", "title: File " + n, "date: 2024-03-07");
            site.article(name + "/" + name + ".md", "Body.", "title: Nested " + n, "date: 2024-03-08");
            n++;
        }
        // 40 folders deep, and a hidden file and folder, which are skipped by design
        site.article("d/".repeat(40) + "deep.md", "Body.", "title: Deep", "date: 2024-03-09");
        site.article(".hidden.md", "Body.", "title: Hidden", "date: 2024-03-09");
        site.article(".git/x.md", "Body.", "title: Hidden too", "date: 2024-03-09");
        assertConfined(2 * names.size() + 1);
    }

    @Test
    void symbolicLinksAreReportedNotFollowed() throws IOException {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\ndate: 2024-03-07\n---\nThe secret.\n");
        Files.writeString(outside.resolve("secret.txt"), "date 2024-03-07\nSecret too\n\nThe secret.\n");
        site.article("2024/03/good.md", "Good body.", "title: Good", "date: 2024-03-07");
        Files.createSymbolicLink(site.content.resolve("2024/03/link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(site.content.resolve("2024/03/link.txt"), Path.of("../../../outside/secret.txt"));
        Files.createSymbolicLink(site.content.resolve("linked-folder"), outside);
        Files.createSymbolicLink(site.content.resolve("2024/loop"), Path.of(".."));
        Files.createSymbolicLink(site.content.resolve("2024/self"), Path.of("self"));
        Files.createSymbolicLink(site.content.resolve("2024/dangling.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(site.content.resolve("2024/picture.jpg"), outside.resolve("secret.md"));

        Fixture.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());

        String c = site.content.toString();
        String problem = ":1: a symbolic link, not followed: only files inside the content folder are read (copy it in instead)";
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                c + "/2024/03/link.md" + problem, c + "/2024/03/link.txt" + problem, c + "/2024/dangling.md" + problem,
                c + "/2024/loop" + problem, c + "/linked-folder" + problem,
                "build failed: 5 problems; " + site.out + " was not changed");

        Map<String, String> before = snapshot(tmp);
        Fixture.Run kept = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build("--keep-going"));
        assertThat(kept.exit()).isEqualTo(1);
        assertThat(kept.out()).startsWith("Built 1 article into");
        assertOnlyInsideOutput(before, snapshot(tmp));
        for (Map.Entry<String, String> f : snapshot(site.out).entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).doesNotContain("The secret").doesNotContain("Secret");
        }
    }

    @Test
    void aSymbolicLinkInTheTemplatesFolderIsFollowedOnlyToAFileInsideIt() throws IOException {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("shadow"), "root:secret-hash:19000:0:99999:7:::\n");
        Path staticDir = Files.createDirectories(tmp.resolve("templates/static/css"));
        Files.writeString(staticDir.resolve("print.css"), "body { color: black; }\n");
        Files.createSymbolicLink(staticDir.resolve("paper.css"), Path.of("print.css")); // inside: published
        site.article("2024/03/good.md", "Good body.", "title: Good", "date: 2024-03-07");
        assertThat(site.build().exit()).isZero();
        assertThat(site.file("static/css/paper.css")).isEqualTo("body { color: black; }\n");
        Map<String, String> published = snapshot(site.out);

        Files.createSymbolicLink(tmp.resolve("templates/static/leak.txt"), outside.resolve("shadow"));
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + tmp.resolve("templates/static/leak.txt")
                + ": a symbolic link leading out of the templates folder, not followed: only files inside it are published (copy it in instead)");
        assertThat(snapshot(site.out)).isEqualTo(published);
        // a linked folder that leads out is refused too, and a template linked out is never read
        Files.delete(tmp.resolve("templates/static/leak.txt"));
        Files.createSymbolicLink(tmp.resolve("templates/static/etc"), outside);
        assertThat(site.build().err()).contains(tmp.resolve("templates/static/etc") + ": a symbolic link leading out of the templates folder");
        Files.delete(tmp.resolve("templates/static/etc"));
        Files.createSymbolicLink(tmp.resolve("templates/article.ftlh"), outside.resolve("shadow"));
        Fixture.Run template = site.build();
        assertThat(template.exit()).isEqualTo(1);
        assertThat(template.err()).contains(tmp.resolve("templates/article.ftlh") + ": a symbolic link leading out of the templates folder");
        for (String text : snapshot(site.out).values()) assertThat(text).doesNotContain("secret-hash");
    }

    @Test
    void aLineBreakInAStaticFileNameCannotForgeAnEntryOfThePublishJournal() throws IOException {
        site.article("2024/03/good.md", "Good body.", "title: Good", "date: 2024-03-07");
        assertThat(site.build().exit()).isZero();
        Map<String, String> published = snapshot(site.out);
        Path staticDir = Files.createDirectories(tmp.resolve("templates/static"));
        Files.writeString(staticDir.resolve("x\nD index.html"), "forged");

        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + staticDir + "/x\\u000aD index.html: a file name with a control character");
        assertThat(snapshot(site.out)).isEqualTo(published);
        assertThat(site.out.resolve("index.html")).isRegularFile();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gazette.index.SiteFiles.resolve(tmp, "static/x\nD index.html"))
                .hasMessageStartingWith("refusing a file name with a control character (U+000A): static/x?D index.html");
    }

    @Test
    void theLastGuardRefusesEveryPathThatLeavesTheFolder() throws IOException {
        Path root = tmp.resolve("staging");
        for (String bad : List.of("", "/etc/passwd", "../x", "a/../../x", "a/..", "./x", "a//b", "a\\..\\..\\x", "a/\0/b", "..", "a/./b")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> gazette.index.SiteFiles.resolve(root, bad)).as(bad)
                    .isInstanceOf(IOException.class).hasMessageStartingWith("refusing to write outside the output folder");
        }
        assertThat(gazette.index.SiteFiles.resolve(root, "2024/03/07/caf\u00e9/index.html")).isEqualTo(root.resolve("2024/03/07/caf\u00e9/index.html"));
        assertThat(gazette.index.SiteFiles.resolve(root, "tags/..x../feed.xml")).isEqualTo(root.resolve("tags").resolve("..x..").resolve("feed.xml"));
    }

    /** Builds twice (the second time from the state the first left) and checks where files went. */
    private void assertConfined(int articles) throws IOException {
        Map<String, String> before = snapshot(tmp);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Built " + articles + " articles");
        Map<String, String> after = snapshot(tmp);
        assertOnlyInsideOutput(before, after);
        assertSafeNames(site.out);

        Fixture.Run again = site.build();
        assertThat(again.exit()).as(again.err()).isZero();
        Map<String, String> third = snapshot(tmp);
        assertOnlyInsideOutput(after, third);
        assertThat(snapshot(site.out)).isEqualTo(snapshotOf(after, "site/"));
    }

    private void assertOnlyInsideOutput(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((path, fingerprint) -> {
            if (!fingerprint.equals(before.get(path))) changed.add(path);
        });
        assertThat(changed).allSatisfy(p -> assertThat(p).satisfiesAnyOf(
                q -> assertThat(q).startsWith("site/"),
                q -> assertThat(q).isEqualTo("site"),
                q -> assertThat(q).isIn(".site.gazette-state", ".site.lock", ".site.gazette-unchanged", ".site.gazette-addresses"),
                q -> assertThat(q).startsWith(".site.gazette-search"))); // the search terms kept for the next build
        assertThat(after.keySet()).as("no temporary file of the search index is left").noneMatch(p -> p.startsWith(".site.gazette-search/spill-"));
        // nothing was removed outside the output folder either
        assertThat(before.keySet().stream().filter(p -> !p.startsWith("site") && !p.startsWith(".site.")))
                .allSatisfy(p -> assertThat(after).containsKey(p));
        assertThat(after.keySet()).noneMatch(p -> p.startsWith(".site.staging-") || p.startsWith(".site.old-"));
    }

    /** Every name in the site: no "..", no control or reserved name, within the file system's 255 bytes. */
    private static void assertSafeNames(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                if (p.equals(out)) continue;
                assertThat(p.toRealPath().startsWith(out.toRealPath())).as(p.toString()).isTrue();
                for (Path seg : out.relativize(p)) {
                    String name = seg.toString();
                    assertThat(name).as(p.toString()).isNotIn("..", ".").doesNotContain("\\").doesNotContain("%")
                            .doesNotContainPattern("\\p{Cntrl}");
                    assertThat(name.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThanOrEqualTo(255);
                    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    assertThat(stem.toLowerCase()).as(name).doesNotMatch("con|prn|aux|nul|com[1-9]|lpt[1-9]");
                }
            }
        }
    }

    /** Path (relative, '/') to a fingerprint of the entry: its kind, size and bytes for files, its target for links. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(root)) return all;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty()) continue;
                if (Files.isSymbolicLink(p)) all.put(rel, "link " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) all.put(rel, "dir");
                else all.put(rel, "file " + java.util.Arrays.hashCode(Files.readAllBytes(p)) + " " + Files.size(p));
            }
        }
        return all;
    }

    private static Map<String, String> snapshotOf(Map<String, String> all, String prefix) {
        Map<String, String> out = new TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
        });
        return out;
    }

    /** A YAML double-quoted scalar holding exactly {@code s}, control characters as escapes. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') out.append('\\').appendCodePoint(c);
            else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFEFF || c == 0x202E || c == 0x202C) out.append(String.format("\\u%04x", c));
            else out.appendCodePoint(c);
        });
        return out.append('"').toString();
    }
}
