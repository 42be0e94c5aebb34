package gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme as the packaged jar carries it (after {@code mvn package}; failsafe runs this
 * in {@code verify}): its templates, words and assets reach the site, under a templates folder's
 * own files, as they do from the class path.
 */
class PackagedThemeIT {
    private static final Path JAR = Path.of("target/gazette.jar");

    @TempDir
    Path tmp;

    @Test
    void theJarsThemeIsPublishedUnderTheTemplatesFolders() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: Harbour reopens\ndate: 2024-03-07\n---\nThe harbour reopened.\n");
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.createDirectories(templates.resolve("messages"));
        Files.writeString(templates.resolve("messages/en.properties"), "nav.latest = Newest\n");
        Files.createDirectories(templates.resolve("static"));
        Files.writeString(templates.resolve("static/extra.txt"), "mine");
        Path out = tmp.resolve("site");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "build", "--content", content.toString(), "--templates", templates.toString(), "--out", out.toString()))
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();

        try (JarFile jar = new JarFile(JAR.toFile())) {
            byte[] style = jar.getInputStream(jar.getEntry("gazette/theme/static/style.css")).readAllBytes();
            assertThat(Files.readAllBytes(out.resolve("static/style.css"))).isEqualTo(style);
        }
        assertThat(out.resolve("static/extra.txt")).hasContent("mine");
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        // the folder's word over the theme's, and the theme's words where the folder has none
        assertThat(home.select("header.masthead nav a").eachText()).contains("Newest", "Archive", "Tags");
        assertThat(home.select("h2 a, h3 a").eachText()).contains("Harbour reopens");
    }

}
