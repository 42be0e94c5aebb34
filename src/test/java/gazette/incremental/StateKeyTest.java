package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.site.Settings;
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
