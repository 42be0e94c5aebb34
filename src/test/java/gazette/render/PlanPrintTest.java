package gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.Redirects;
import gazette.pictures.Pictures;
import gazette.read.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's fingerprint: the same when only a body changed, another when anything else a page shows did. */
class PlanPrintTest {
    @TempDir
    Path tmp;

    static Article article(int n, String title, List<String> tags, long body) {
        return new Article("a" + n + ".md", Article.Format.MARKDOWN, title, Instant.parse("2024-03-0" + (1 + n % 9) + "T10:00:00Z"), true, null,
                "story-" + n, tags, List.of("Ana"), null, null, null, null, false, Map.of(), body);
    }

    static List<Article> archive() {
        List<Article> all = new ArrayList<>();
        for (int n = 0; n < 6; n++) all.add(article(n, "Story " + n, List.of(n % 2 == 0 ? "harbour" : "politics"), 1000 + n));
        return all;
    }

    /** The archive's print with article 2 changed by {@code edit}, article 4 in section {@code section}. */
    long print(UnaryOperator<Article> edit, String code, Object site, List<Redirects.Redirect> redirects, String section) throws IOException {
        List<Article> all = archive();
        all.set(2, edit.apply(all.get(2)));
        Archive archive = Archive.of(all, a -> ZoneId.of("UTC"), a -> a.file().equals("a4.md") ? section : null);
        ValuePrint values = new ValuePrint(null);
        Path templates = tmp.resolve("templates");
        if (!Files.isDirectory(templates)) {
            Files.createDirectories(templates);
            Files.writeString(templates.resolve("article.ftlh"), "${article.title}");
        }
        PagePrints pages = new PagePrints(values, code, templates, List.of("article.ftlh"));
        ArchivePrints articles = new ArchivePrints(archive, new long[archive.size()], code);
        return PlanPrint.of(archive, articles, values, pages, site, Pictures.NONE, redirects);
    }

    long print(UnaryOperator<Article> edit, String code, Object site, List<Redirects.Redirect> redirects) throws IOException {
        return print(edit, code, site, redirects, "sport");
    }

    long print(UnaryOperator<Article> edit) throws IOException {
        return print(edit, "code", List.of("site"), List.of());
    }

    static Article with(Article a, String title, List<String> tags, Instant published, long body) {
        return new Article(a.file(), a.format(), title, published, a.timed(), a.offset(), a.slug(), tags, a.authors(), a.source(), a.summary(),
                a.url(), a.editor(), a.draft(), a.params(), body, a.pictures());
    }

    @Test
    void aBodyAloneLeavesItAsItWas() throws IOException {
        long before = print(a -> a);
        assertThat(print(a -> a)).isEqualTo(before);
        assertThat(print(a -> with(a, a.title(), a.tags(), a.published(), 424242))).isEqualTo(before);
    }

    @Test
    void whatAnyOtherPageShowsChangesIt() throws IOException {
        long before = print(a -> a);
        assertThat(print(a -> with(a, "Another headline", a.tags(), a.published(), a.body()))).as("title").isNotEqualTo(before);
        assertThat(print(a -> with(a, a.title(), List.of("weather"), a.published(), a.body()))).as("tags").isNotEqualTo(before);
        assertThat(print(a -> with(a, a.title(), a.tags(), a.published().plusSeconds(86400 * 3), a.body()))).as("date").isNotEqualTo(before);
        // the body of another article: one story published twice, which Related lists never show both of
        assertThat(print(a -> with(a, a.title(), a.tags(), a.published(), 1003))).as("same story").isNotEqualTo(before);
        assertThat(print(a -> a, "other code", List.of("site"), List.of())).as("code and settings").isNotEqualTo(before);
        assertThat(print(a -> a, "code", List.of("another site"), List.of())).as("the site's model").isNotEqualTo(before);
        assertThat(print(a -> a, "code", List.of("site"), List.of(new Redirects.Redirect("old/", 1)))).as("redirects").isNotEqualTo(before);
    }

    static Article showing(Article a, gazette.read.PictureRef... pictures) {
        return new Article(a.file(), a.format(), a.title(), a.published(), a.timed(), a.offset(), a.slug(), a.tags(), a.authors(), a.source(),
                a.summary(), a.url(), a.editor(), a.draft(), a.params(), a.body(), List.of(pictures));
    }

    @Test
    void whereTheBodyShowsAPictureLeavesItAnotherPictureChangesIt() throws IOException {
        long before = print(a -> showing(a, new gazette.read.PictureRef("photo.jpg", "photo.jpg", 3)));
        assertThat(print(a -> showing(a, new gazette.read.PictureRef("photo.jpg", "./photo.jpg", 9)))).as("moved in the body").isEqualTo(before);
        assertThat(print(a -> showing(a, new gazette.read.PictureRef("other.jpg", "other.jpg", 3)))).as("another picture").isNotEqualTo(before);
        assertThat(print(a -> a)).as("none").isNotEqualTo(before);
    }

    @Test
    void aTemplateChangesIt() throws IOException {
        long before = print(a -> a);
        Files.writeString(tmp.resolve("templates/article.ftlh"), "<h1>${article.title}</h1>");
        assertThat(print(a -> a)).isNotEqualTo(before);
    }

    @Test
    void aSectionChangesIt() throws IOException {
        long before = print(a -> a);
        assertThat(print(a -> a, "code", List.of("site"), List.of(), "business")).isNotEqualTo(before);
    }
}
