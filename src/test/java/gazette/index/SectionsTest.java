package gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.Article;
import gazette.read.ContentReader;
import gazette.site.SectionSource;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which section an article is in: its front matter's, its folder's when folders are sections, or none. */
class SectionsTest {
    @TempDir
    Path tmp;

    @Test
    void aTopLevelFolderNamesItsSectionUnlessItIsADate() {
        assertThat(Sections.folderSection("sport/derby.md")).isEqualTo("Sport");
        assertThat(Sections.folderSection("world-news/2024/x.md")).isEqualTo("World news");
        assertThat(Sections.folderSection("arts_and_culture/x.txt")).isEqualTo("Arts and culture");
        assertThat(Sections.folderSection("経済/x.txt")).isEqualTo("経済");
        assertThat(Sections.folderSection("2024/03/x.md")).isNull();
        assertThat(Sections.folderSection("2024-03/x.md")).isNull();
        assertThat(Sections.folderSection("2024-03-07/x.md")).isNull();
        assertThat(Sections.folderSection("x.md")).isNull();
    }

    @Test
    void foldersAreSectionsWhenEveryArticleIsInOneOrWhenTheSettingsSaySo() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("sport/derby.md", "Body.", "title: Derby", "date: 2024-03-07");
        f.article("business/rates.md", "Body.", "title: Rates", "date: 2024-03-06");
        f.article("business/opinion.md", "Body.", "title: Rates, a view", "date: 2024-03-05", "section: Opinion");
        List<Article> all = read(f);
        assertThat(sectionsOf(all, SectionSource.AUTO)).containsExactly("Sport", "Business", "Opinion");
        assertThat(sectionsOf(all, SectionSource.FRONT_MATTER)).containsExactly(null, null, "Opinion");

        // one article outside the folders: they are the archive's own order, not sections
        f.article("note.md", "Body.", "title: Note", "date: 2024-03-04");
        all = read(f);
        assertThat(sectionsOf(all, SectionSource.AUTO)).containsExactly(null, null, "Opinion", null);
        assertThat(sectionsOf(all, SectionSource.FOLDERS)).containsExactly("Sport", "Business", "Opinion", null);
    }

    @Test
    void spellingsOfOneSlugAreOneSectionNamedAsMostOfItsArticlesAreLargestFirst() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("a.md", "Body.", "title: A", "date: 2024-03-07", "section: Sport");
        f.article("b.md", "Body.", "title: B", "date: 2024-03-06", "section: sport");
        f.article("c.md", "Body.", "title: C", "date: 2024-03-05", "section: Sport");
        f.article("d.md", "Body.", "title: D", "date: 2024-03-04", "section: Business");
        f.article("e.md", "Body.", "title: E", "date: 2024-03-03");
        List<Article> all = read(f);
        Archive archive = Archive.of(all, a -> ZoneOffset.UTC, Sections.of(SectionSource.AUTO, all));
        assertThat(archive.sections()).extracting(Section::name).containsExactly("Sport", "Business");
        assertThat(archive.sections().get(0).articles()).containsExactly(0, 1, 2);
        assertThat(archive.sections().get(0).path()).isEqualTo("sections/sport/");
        assertThat(archive.sectionOf(3).name()).isEqualTo("Business");
        assertThat(archive.sectionOf(4)).isNull();
    }

    private static List<Article> read(Fixture f) throws Exception {
        return new ContentReader(f.content, ZoneOffset.UTC).read().articles().stream()
                .sorted(java.util.Comparator.comparing(Article::published).reversed()).toList();
    }

    private static List<String> sectionsOf(List<Article> articles, SectionSource source) {
        var of = Sections.of(source, articles);
        return articles.stream().map(of).toList();
    }
}
