package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A site in another language shows none of the theme's English words. The archive's own content
 * is made of words no message has (S1, t1, Q. Z.), so any English found is the theme's: every
 * page kind, its text and the attributes a reader meets (aria-label, placeholder, title, alt)
 * and the messages handed to scripts. The sample archive builds in each language too.
 */
class ThemeLanguagesTest {
    @TempDir
    Path tmp;

    /**
     * The literal pieces of each English message whose translation differs ("Older in {0}" gives
     * "Older in"), but for words the language's own messages use too ("page" in French).
     */
    static List<Pattern> englishPieces(String language) throws IOException {
        Properties en = MessagesTest.bundle("en");
        Properties own = MessagesTest.bundle(language);
        String allTheirs = String.join("\n", own.stringPropertyNames().stream().map(own::getProperty).toList());
        List<Pattern> out = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String theirs = own.getProperty(key, own.getProperty(key.replaceAll("\\.(zero|one|two|few|many)$", ".other")));
            if (english.equals(theirs)) continue; // the same word in both ("Site", "Pages" in French)
            for (String piece : english.split("\\{\\d\\}|#")) {
                piece = piece.strip().replaceAll("^[\\p{P}←→\\s]+|[\\p{P}←→\\s]+$", "");
                Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(piece) + "(?![\\p{L}])");
                if (piece.codePoints().filter(Character::isLetter).count() >= 3 && !word.matcher(allTheirs).find()) out.add(word);
            }
        }
        return out;
    }

    /** What a reader meets on the page: its text, the attributes read out or shown, and the words its scripts will show. */
    static String readerText(Document d) {
        StringBuilder s = new StringBuilder(d.text()).append('\n');
        for (Element e : d.getAllElements()) {
            for (String a : List.of("aria-label", "placeholder", "title", "alt")) {
                if (e.hasAttr(a)) s.append(e.attr(a)).append('\n');
            }
            // the words handed to a script: the values, not their keys
            if (e.hasAttr("data-messages")) {
                try {
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.attr("data-messages")).forEach(v -> {
                        if (v.isTextual()) s.append(v.asText()).append('\n');
                        else v.forEach(form -> s.append(form.asText()).append('\n'));
                    });
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "zh", "fr", "de", "es", "ru"})
    void noPageOfTheSiteShowsAnEnglishWordOfTheTheme(String language) throws IOException {
        Fixture site = new Fixture(tmp);
        site.settings("language: " + language + "\npage_size: 2\nbase_url: https://example.org/\n");
        for (int k = 1; k <= 5; k++) {
            site.article("s" + (k % 2 + 1) + "/a" + k + ".md", "1 2 3 " + k + ".", "title: Nº " + k, "date: 2024-03-0" + k + "T09:00:00Z",
                    "tags: [t1, t2]", "author: Q. Z.", "summary: " + k + " 1 2", "updated: 2024-04-01T09:00:00Z");
        }
        site.article("s1/b.md", "4 5 6.", "title: Nº 9", "date: 2023-03-03", "tags: [t1]", "editor: Q. Z.", "url: https://example.org/x");
        Fixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();

        List<Pattern> english = englishPieces(language);
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site.out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = readerText(Jsoup.parse(f.toFile(), "UTF-8"));
                for (Pattern p : english) if (p.matcher(text).find()) found.add(site.out.relativize(f) + ": " + p.pattern());
                pages++;
            }
        }
        assertThat(pages).as("every kind of page").isGreaterThan(20);
        assertThat(found).as("English theme words on the %s site", language).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "zh", "fr", "de", "es", "ru"})
    void theSampleArchiveBuildsInEachLanguage(String language) throws IOException {
        Path settings = tmp.resolve("gazette.yaml");
        Files.writeString(settings, Files.readString(Path.of("gazette.yaml")).replaceAll("(?m)^language: .*$", "language: " + language));
        Path out = tmp.resolve("site");
        Fixture.Run run = Fixture.run("build", "--content", "content", "--config", settings.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(home.select(".masthead nav a").eachText()).doesNotContain("Latest", "Archive", "Tags", "Search");
    }
}
