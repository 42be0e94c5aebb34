package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The theme's words: each shipped language complete, plural forms by CLDR's rules, a templates folder's words over the theme's. */
class MessagesTest {
    static final Set<String> SHIPPED = Set.of("en", "ja", "zh", "fr", "de", "es", "ru");

    @TempDir
    Path tmp;

    static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (var in = new java.io.InputStreamReader(Files.newInputStream(Path.of("templates", "messages", language + ".properties")),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** en's keys with a count's forms as one key (articles.one, articles.other: articles). */
    static Set<String> messages(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            int dot = k.lastIndexOf('.');
            keys.add(dot > 0 && Messages.CATEGORIES.contains(k.substring(dot + 1)) ? k.substring(0, dot) : k);
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "zh", "fr", "de", "es", "ru"})
    void everyShippedLanguageHasEveryMessageOfTheTheme(String language) throws IOException {
        Properties en = bundle("en");
        Properties own = bundle(language);
        assertThat(messages(own)).as("%s.properties against en.properties", language).isEqualTo(messages(en));
        // a count has its "other" form, the one every language has
        for (String k : messages(en)) {
            if (en.getProperty(k) == null) assertThat(own.getProperty(k + ".other")).as("%s: %s.other", language, k).isNotNull();
        }
    }

    @Test
    void aCountTakesTheFormOfItsPluralCategoryAndTheLanguagesDigitGroups() {
        Messages ru = Messages.builtIn(Locale.forLanguageTag("ru"));
        assertThat(ru.get("articles", 1)).isEqualTo("1 статья");
        assertThat(ru.get("articles", 3)).isEqualTo("3 статьи");
        assertThat(ru.get("articles", 5)).isEqualTo("5 статей");
        assertThat(ru.get("articles", 21)).isEqualTo("21 статья");
        assertThat(ru.get("articles", 12)).isEqualTo("12 статей");
        assertThat(ru.get("articles", 1234)).isEqualTo("1\u00a0234 статьи");
        Messages fr = Messages.builtIn(Locale.FRENCH);
        assertThat(fr.get("articles", 0)).as("French counts zero as one").isEqualTo("0 article");
        assertThat(fr.get("articles", 2)).isEqualTo("2 articles");
        assertThat(fr.get("articles", 1_000_000)).isEqualTo("1\u202f000\u202f000 d’articles");
        assertThat(Messages.builtIn(Locale.JAPANESE).get("articles", 3)).isEqualTo("3件の記事");
        Messages en = Messages.builtIn(Locale.forLanguageTag("en-GB"));
        assertThat(en.get("articles", 1)).isEqualTo("1 article");
        assertThat(en.get("articles", 12345)).isEqualTo("12,345 articles");
        assertThat(en.get("count.paged", "12 articles", "1")).isEqualTo("12 articles, page 1");
        assertThat(en.get("article.by", "{1} & <b>")).as("an argument is put in as it is, never read again").isEqualTo("By {1} & <b>");
    }

    @Test
    void aScriptGetsTheFormsOfACountByCategory() {
        Map<String, Object> ru = Messages.builtIn(Locale.forLanguageTag("ru")).forScript(java.util.List.of("search.quoted", "articles"));
        assertThat(ru.get("search.quoted")).isEqualTo("«{0}»");
        assertThat(ru.get("articles")).isEqualTo(Map.of("one", "# статья", "few", "# статьи", "many", "# статей", "other", "# статьи"));
    }

    @Test
    void aTemplatesFolderChangesOneWordOrAddsALanguage() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("messages"));
        Files.writeString(templates.resolve("messages/en.properties"), "nav.latest = Today's paper\n");
        Messages en = Messages.load(templates, Locale.forLanguageTag("en-GB"));
        assertThat(en.get("nav.latest")).isEqualTo("Today's paper");
        assertThat(en.get("nav.archive")).as("the theme's other words stay").isEqualTo("Archive");
        // Polish, which the theme lacks: its own words, and CLDR's plural rules for it
        Files.writeString(templates.resolve("messages/pl.properties"),
                "articles.one = # artykuł\narticles.few = # artykuły\narticles.many = # artykułów\narticles.other = # artykułu\nnav.latest = Najnowsze\n");
        Messages pl = Messages.load(templates, Locale.forLanguageTag("pl"));
        assertThat(pl.get("articles", 1)).isEqualTo("1 artykuł");
        assertThat(pl.get("articles", 3)).isEqualTo("3 artykuły");
        assertThat(pl.get("articles", 25)).isEqualTo("25 artykułów");
        assertThat(pl.get("nav.latest")).isEqualTo("Najnowsze");
        assertThat(pl.get("nav.archive")).as("a word the bundle lacks: English").isEqualTo("Archive");
        assertThat(pl.fingerprint()).isNotEqualTo(Messages.builtIn(Locale.forLanguageTag("pl")).fingerprint());
        assertThatThrownBy(() -> en.get("no.such.key")).hasMessageContaining("no message 'no.such.key'");
    }
}
