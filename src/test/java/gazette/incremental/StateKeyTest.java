package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.site.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state's key changes with the code, in a jar or in a classes folder, and with every setting. */
class StateKeyTest {
    @TempDir
    Path tmp;

    @Test
    void aChangedClassInAClassesFolderIsNewCode() throws Exception {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("gazette/render"));
        Files.write(classes.resolve("gazette/render/Templates.class"), new byte[] {1, 2, 3});
        Files.writeString(classes.resolve("gazette/theme.css"), "body{}");
        long before = StateKey.code(classes, "a.jar:b.jar");
        assertThat(StateKey.code(classes, "a.jar:b.jar")).isEqualTo(before);
        Files.write(classes.resolve("gazette/render/Templates.class"), new byte[] {1, 2, 4});
        long edited = StateKey.code(classes, "a.jar:b.jar");
        assertThat(edited).isNotEqualTo(before);
        Files.write(classes.resolve("gazette/render/Extra.class"), new byte[] {9});
        assertThat(StateKey.code(classes, "a.jar:b.jar")).isNotEqualTo(edited);
        // a dependency of another version is another class path
        assertThat(StateKey.code(classes, "a.jar:b-2.jar")).isNotEqualTo(StateKey.code(classes, "a.jar:b.jar"));
    }

    /** A jar is known by its entries: one class changed, even to the same size, and the time kept, is new code. */
    @Test
    void aJarWithOneEntryChangedIsNewCode() throws Exception {
        Path jar = tmp.resolve("real.jar");
        writeJar(jar, "gazette/A.class", "one");
        var time = Files.getLastModifiedTime(jar);
        long size = Files.size(jar);
        long before = StateKey.code(jar, "");
        writeJar(jar, "gazette/A.class", "one");
        assertThat(StateKey.code(jar, "")).as("the same entries").isEqualTo(before);
        writeJar(jar, "gazette/A.class", "two");
        Files.setLastModifiedTime(jar, time);
        assertThat(Files.size(jar)).isEqualTo(size);
        assertThat(StateKey.code(jar, "")).isNotEqualTo(before);
        writeJar(jar, "gazette/B.class", "one");
        assertThat(StateKey.code(jar, "")).as("another name").isNotEqualTo(before);
    }

    private static void writeJar(Path jar, String entry, String text) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            var e = new java.util.zip.ZipEntry(entry);
            e.setTime(0);
            out.putNextEntry(e);
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            var other = new java.util.zip.ZipEntry("gazette/theme/base.ftlh");
            other.setTime(0);
            out.putNextEntry(other);
            out.write("<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void aRebuiltJarIsNewCodeEvenWithTheSameSizeAndTime() throws Exception {
        Path jar = tmp.resolve("gazette.jar");
        Files.write(jar, new byte[] {'P', 'K', 1, 2});
        var time = Files.getLastModifiedTime(jar);
        long before = StateKey.code(jar, "");
        Files.write(jar, new byte[] {'P', 'K', 1, 3});
        Files.setLastModifiedTime(jar, time);
        assertThat(StateKey.code(jar, "")).isNotEqualTo(before);
    }

    @Test
    void everySettingThatShapesPagesIsInTheKey() {
        Settings s = Settings.defaults();
        List<Settings> others = List.of(
                new Settings("Other", s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                s.withBaseUrl("/news/"),
                new Settings(s.title(), s.baseUrl(), "fr", s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), java.time.ZoneId.of("Asia/Tokyo"), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), 7, s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), "About", s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), "Pub", s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), "Au", s.tagRules(), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), Map.of("ferry", "Transport"), s.tagStopList(), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), Set.of("Monday Club"), false, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), true, false, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, true, s.duplicates()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, gazette.site.Duplicates.LINK),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates(),
                        s.renderTimeout(), true, s.sectionSource(), s.sectionNav(), s.monthPageSize(), s.tagCuration()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates(),
                        s.renderTimeout(), false, gazette.site.SectionSource.FOLDERS, s.sectionNav(), s.monthPageSize(), s.tagCuration()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates(),
                        s.renderTimeout(), false, s.sectionSource(), 2, s.monthPageSize(), s.tagCuration()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates(),
                        s.renderTimeout(), false, s.sectionSource(), s.sectionNav(), 50, s.tagCuration()),
                new Settings(s.title(), s.baseUrl(), s.language(), s.timeZone(), s.pageSize(), s.description(), s.publisher(), s.author(), s.tagRules(), s.tagStopList(), false, false, s.duplicates(),
                        s.renderTimeout(), false, s.sectionSource(), s.sectionNav(), s.monthPageSize(), new gazette.site.TagCuration(Map.of("Tory", "Conservatives"), 1, 2, 3)));
        // and one that shapes no page: the render time limit decides only whether a build fails
        assertThat(Settings.class.getRecordComponents()).as("a new setting needs a line here").hasSize(others.size() + 1);
        String key = StateKey.of(s);
        assertThat(StateKey.of(Settings.defaults())).isEqualTo(key);
        for (Settings other : others) assertThat(StateKey.of(other)).as(other.toString()).isNotEqualTo(key);
        assertThat(StateKey.of(s.withRenderTimeout(60))).as("a new time limit rebuilds nothing").isEqualTo(key);
    }
}
