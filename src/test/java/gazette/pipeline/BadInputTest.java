package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad content, templates and settings: every problem reported as path:line, and the published site untouched. */
class BadInputTest {
    @TempDir
    Path tmp;
    Fixture site;
    Map<String, String> published;

    @BeforeEach
    void publishAGoodSite() throws IOException {
        site = new Fixture(tmp);
        site.article("2024/03/good.md", "A good body.", "title: Good", "date: 2024-03-07");
        assertThat(site.build().exit()).isZero();
        published = Fixture.snapshot(site.out);
        assertThat(published).containsKey("2024/03/07/good/index.html");
    }

    @Test
    void everyBadFileIsReportedWithItsLineAndNothingChanges() throws IOException {
        site.write("bad/yaml.md", "---\ntitle: Broken\ndate: 2024-03-07\ntags: [a, b\n---\nbody\n");
        site.write("bad/no-title.md", "---\ndate: 2024-03-07\n---\nbody\n");
        site.write("bad/empty-title.md", "---\ndate: 2024-03-07\ntitle: \"  \"\n---\nbody\n");
        site.write("bad/no-date.md", "---\ntitle: Undated\n---\nbody\n");
        site.write("bad/impossible-date.md", "---\ntitle: Odd\nauthor: Me\ndate: 2024-13-45\n---\nbody\n");
        site.write("bad/feb-30.md", "---\ntitle: Odd\ndate: 2024-02-30T10:00:00Z\n---\nbody\n");
        site.write("bad/unclosed.md", "---\ntitle: Open\ndate: 2024-03-07\nbody without a fence\n");
        site.write("bad/no-front-matter.md", "# Just Markdown\n\nNo front matter here.\n");
        site.write("bad/empty.md", "");
        site.write("bad/binary.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2, (byte) 0xff, '\n'});
        site.write("bad/shift-jis.md", ("---\ntitle: News\ndate: 2024-03-07\n---\n" + "\u6771\u4eac\u306e\u9ad8\u6821\u751f".repeat(20) + "\n")
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        site.write("bad/impossible.txt", "date 2024-13-45\nOdd\n\nbody\n");
        site.write("bad/empty.txt", "\uFEFF \n\n");
        site.write("bad/binary.txt", new byte[] {'d', 'a', 't', 'e', ' ', '2', '0', '2', '4', '-', '0', '3', '-', '0', '7', '\n', 0, 1, 2, '\n'});
        site.write("bad/shift-jis.txt", ("date 2024-03-07\n" + "\u6771\u4eac\u306e\u9ad8\u6821\u751f".repeat(20) + "\n")
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        site.write("bad/control.md", "---\ntitle: Bell\nsource: ring \u0007 ring\ndate: 2024-03-07\n---\nbody\n");
        site.write("bad/list.md", "---\n- just\n- a list\n---\nbody\n");
        site.write("bad/draft.md", "---\ntitle: Draft\ndate: 2024-03-07\ndraft: maybe\n---\nbody\n");

        Fixture.Run r = site.build();

        String c = site.content + "/bad/";
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                c + "binary.md:2: not a text file (it holds binary data)",
                c + "binary.txt:2: not a text file (it holds binary data)",
                c + "control.md:3: broken YAML in front matter: character U+0007 is not allowed (write it as an escape in a double-quoted string)",
                c + "draft.md:4: draft: must be true or false, not 'maybe'",
                c + "empty-title.md:3: title is empty",
                c + "empty.md:1: empty file",
                c + "empty.txt:1: empty file",
                c + "feb-30.md:3: date: '2024-02-30T10:00:00Z' is not a date (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)",
                c + "impossible-date.md:4: date: '2024-13-45' is not a date (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)",
                c + "impossible.txt:1: impossible date 2024-13-45",
                c + "list.md:2: front matter must be YAML keys and values (title: ..., date: ...)",
                c + "no-date.md:1: no date: front matter needs a 'date' (YYYY-MM-DD, or a date-time with offset)",
                c + "no-front-matter.md:1: no front matter: a Markdown article starts with a '---' line, then title and date",
                c + "no-title.md:1: no title: front matter needs a 'title'",
                c + "shift-jis.md:5: not UTF-8 text, nor UTF-8 with a few stray bytes: byte 0x93 cannot be decoded (save the file as UTF-8)",
                c + "shift-jis.txt:2: not UTF-8 text, nor UTF-8 with a few stray bytes: byte 0x93 cannot be decoded (save the file as UTF-8)",
                c + "unclosed.md:1: front matter is not closed: no '---' line after the opening one",
                c + "yaml.md:5: broken YAML in front matter: expected ',' or ']', but got <stream end>",
                "build failed: 18 problems; " + site.out + " was not changed");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        assertNoStagingLeft();
    }

    @Test
    void aFewStrayLegacyBytesInMarkdownAreRepairedWithAWarning() throws IOException {
        // é and £ as Latin-1 writes them, curly quotes as Windows-1252 does (0x93, 0x94)
        site.write("2024/03/latin1.md", "---\ntitle: Caf\u00e9 prices\ndate: 2024-03-08\n---\nCoffee: \u00a35, \u0093fair\u0094\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Fixture.Run r = site.build();

        assertThat(r.exit()).isZero();
        assertThat(r.err().lines().toList()).containsExactly(
                "warning: " + site.content + "/2024/03/latin1.md:2: not valid UTF-8; read 4 bytes as Windows-1252");
        assertThat(site.page("2024/03/08/caf\u00e9-prices/").select("h1").text()).isEqualTo("Caf\u00e9 prices");
        assertThat(site.page("2024/03/08/caf\u00e9-prices/").select(".body p").text()).isEqualTo("Coffee: \u00a35, \u201cfair\u201d");
    }

    @Test
    void aTemplateSyntaxErrorNamesTemplateAndLine() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("article.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout>\n<h1>${article.title</h1>\n</@base.layout>\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(templates.resolve("article.ftlh") + ":3: ");
        assertThat(r.err().lines().count()).isEqualTo(2);
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        assertNoStagingLeft();
    }

    @Test
    void anUnknownVariableNamesTemplateAndLine() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("day.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout>\n<h1>${day.text}</h1>\n<p>${day.weather}</p>\n</@base.layout>\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().findFirst().orElseThrow())
                .startsWith(templates.resolve("day.ftlh") + ":4: ")
                .contains("day.weather");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void templatesCannotReachJava() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("home.ftlh"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(templates.resolve("home.ftlh") + ":1: ");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void templatesCannotReachTheJavaApi() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("home.ftlh"), "<#-- a map's Java methods -->\n<p>${site?api.size()}</p>\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(templates.resolve("home.ftlh") + ":2: ").contains("?api");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void aSyntaxErrorInAnImportedTemplateNamesThatTemplate() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        for (String name : new String[] {"parts.ftlh", "base.ftlh"}) {
            Files.writeString(templates.resolve(name), "<#-- shared -->\n<#macro layout>\n<p>${site.title</p>\n</#macro>\n");
            Fixture.Run r = site.build();
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).startsWith(templates.resolve(name) + ":3: ");
            assertThat(r.err().lines().count()).isEqualTo(2);
            assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
            assertNoStagingLeft();
            Files.delete(templates.resolve(name));
        }
    }

    @Test
    void badSettingsAreReported() throws IOException {
        site.settings("title: X\npage_size: 500\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(tmp.resolve("gazette.yaml") + ":1: page_size: must be a whole number from 1 to 100, not '500'");
        site.settings("title: X\npage_size: 5\n");
        assertThat(site.build("--base-url", "ftp://example.org/").err())
                .startsWith("--base-url:1: base_url: 'ftp://example.org/' is not an http(s) address or a path starting with /");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void aBaseUrlsSchemeAndHostAreCaseInsensitiveAndAUserNameIsRefused() throws IOException {
        site.settings("title: X\nbase_url: HTTPS://News.Example.ORG:8443/Archive/\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page("").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org:8443/Archive/");
        published = Fixture.snapshot(site.out);
        site.settings("title: X\nbase_url: https://editor:secret@example.org/\n");
        Fixture.Run u = site.build();
        assertThat(u.exit()).isEqualTo(1);
        assertThat(u.err()).startsWith(tmp.resolve("gazette.yaml") + ":1: base_url: 'https://editor:secret@example.org/' is not an http(s) address");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void aTemplateThatCallsItselfWithoutEndNamesTheTemplateTheLineAndThePage() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("parts"));
        Files.writeString(templates.resolve("home.ftlh"), "<p>Front page</p>\n<#macro edition n>\n<p>${n}</p><@edition n + 1/>\n</#macro>\n<@edition 1/>\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                templates.resolve("home.ftlh") + ":3: calls nest too deeply (a macro, function or #include that calls itself without end?) while rendering index.html",
                "build failed: 1 problem; " + site.out + " was not changed");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        Files.delete(templates.resolve("home.ftlh"));

        // an #include of itself, with nothing written between the calls
        Files.writeString(templates.resolve("parts/again.ftlh"), "<#if true>\n<#include \"again.ftlh\">\n</#if>\n");
        Files.writeString(templates.resolve("tags.ftlh"), "<#include \"parts/again.ftlh\">\n");
        Fixture.Run again = site.build();
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith(templates.resolve("parts/again.ftlh") + ":2: calls nest too deeply").contains(" while rendering tags/index.html\n");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        assertNoStagingLeft();
    }

    @Test
    void aTemplateThatRunsPastTheTimeLimitFailsNamingItsLineAndPage() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        site.settings("title: X\nrender_timeout: 1\n");
        // hours, unless stopped
        Files.writeString(templates.resolve("tags.ftlh"), "<p>All tags</p>\n<#list 1..2000000000 as i><#list 1..2000000000 as j></#list></#list>\n");
        long start = System.nanoTime();
        Fixture.Run r = site.build();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                templates.resolve("tags.ftlh") + ":2: took longer than 1 second (render_timeout) while rendering tags/index.html",
                "build failed: 1 problem; " + site.out + " was not changed");
        assertThat(seconds).as("stopped at its limit, not run to its end").isLessThan(10);
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        assertNoStagingLeft();
    }

    @Test
    void aTemplateThatWritesWithoutEndIsStoppedAtItsCeilingNotAtTheEndOfTheMemory() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("tags.ftlh"), "<p>All tags</p>\n<#list 1..2000000000 as i>\n${i?c} and more words to fill the page\n</#list>\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                templates.resolve("tags.ftlh") + ":3: wrote more than 64 million characters while rendering tags/index.html",
                "build failed: 1 problem; " + site.out + " was not changed");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
    }

    @Test
    void aWholeNumberSettingOutOfRangeIsAnErrorNotCutTo32Bits() throws IOException {
        String[][] settings = {{"page_size", "100"}, {"render_timeout", "3600"}};
        for (String[] setting : settings) {
            for (String value : new String[] {"4294967297", "99999999999999999999", "2.5", "0", "-3", "ten", String.valueOf(Integer.parseInt(setting[1]) + 1)}) {
                site.settings("title: X\n" + setting[0] + ": " + value + "\n");
                Fixture.Run r = site.build();
                assertThat(r.exit()).as(setting[0] + " " + value).isEqualTo(1);
                assertThat(r.err()).as(setting[0] + " " + value)
                        .startsWith(tmp.resolve("gazette.yaml") + ":1: " + setting[0] + ": must be a whole number from 1 to " + setting[1] + ", not '" + value + "'");
                assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
            }
        }
    }

    @Test
    void aLanguageIsARealLanguageTagAndAnUnderscoreIsReadAsAHyphen() throws IOException {
        site.settings("title: X\nlanguage: en_US\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page("").selectFirst("html").attr("lang")).isEqualTo("en-US");
        site.settings("title: X\nlanguage: zh_hant_tw\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("").selectFirst("html").attr("lang")).isEqualTo("zh-Hant-TW");
        for (String bad : new String[] {"english", "xx", "en-QQ", "en US", "e", "fr-FR-x-", "123"}) {
            site.settings("title: X\nlanguage: " + bad + "\n");
            Fixture.Run b = site.build();
            assertThat(b.exit()).as(bad).isEqualTo(1);
            assertThat(b.err()).as(bad).startsWith(tmp.resolve("gazette.yaml") + ":1: language: '" + bad
                    + "' is not a language tag (use one like en, en-GB, fr, ja or zh-Hant)");
        }
    }

    @Test
    void aFolderThatIsNotASiteIsNeverReplaced() throws IOException {
        Path precious = tmp.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        Fixture.Run r = Fixture.run("build", "--content", site.content.toString(), "--out", precious.toString(), "--config", tmp.resolve("none.yaml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("does not look like a built site");
        assertThat(precious.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Fixture.Run r = Fixture.run("build", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-") || n.endsWith(".gazette-journal"));
        }
    }
}
