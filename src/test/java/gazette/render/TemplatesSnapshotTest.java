package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build renders the theme's files as it read and fingerprinted them, not as they are on disk when Freemarker asks. */
class TemplatesSnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void templatesAndWhatTheyImportAreParsedFromTheFilesAsRead() throws IOException {
        Files.writeString(tmp.resolve("page.ftlh"), "<#import \"bits.ftlh\" as bits>on disk <@bits.word/>");
        Files.writeString(tmp.resolve("bits.ftlh"), "<#macro word>disk</#macro>");
        Map<String, byte[]> theme = ThemeFiles.list(tmp, "");
        // saved again after the build read the theme, before the page was rendered
        Files.writeString(tmp.resolve("page.ftlh"), "<#import \"bits.ftlh\" as bits>changed <@bits.word/>");
        Files.writeString(tmp.resolve("bits.ftlh"), "<#macro word>changed</#macro>");
        Templates templates = new Templates(tmp, Duration.ofSeconds(10), Messages.builtIn(Locale.ENGLISH), theme);
        assertThat(new String(templates.render("page.ftlh", Map.of(), null), StandardCharsets.UTF_8)).isEqualTo("on disk disk");
        // the built-in theme comes from the same read: its layout is there
        assertThat(theme).containsKey("base.ftlh");
        assertThat(new String(theme.get("page.ftlh"), StandardCharsets.UTF_8)).contains("on disk");
        // without the files as read, the disk as it is now
        assertThat(new String(new Templates(tmp, Duration.ofSeconds(10), Messages.builtIn(Locale.ENGLISH)).render("page.ftlh", Map.of(), null), StandardCharsets.UTF_8))
                .isEqualTo("changed changed");
    }
}
