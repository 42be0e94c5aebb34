package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.site.Settings;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up reads, writes nothing and throws nothing: a broken template is the build's to report. */
class WarmupTest {
    @TempDir
    Path tmp;

    @Test
    void aBrokenThemeIsLeftToTheBuildWhichReportsItAsAlways() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("messages"));
        Files.writeString(templates.resolve("article.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout>\n<h1>${article.title</h1>\n</@base.layout>\n");
        Files.writeString(templates.resolve("messages/en.properties"), "broken = \\u12\n");
        Map<String, String> before = Fixture.snapshot(tmp);

        Warmup.run(Settings.defaults(), templates);
        assertThat(Fixture.snapshot(tmp)).isEqualTo(before);

        Files.delete(templates.resolve("messages/en.properties"));
        Fixture.Run r = f.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(templates.resolve("article.ftlh") + ":3: ");
    }
}
