package gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.fingerprint.ValuePrint;
import gazette.index.Archive;
import gazette.index.Links;
import gazette.pages.model.Teaser;
import gazette.read.Article;
import gazette.read.ContentReader;
import gazette.site.Settings;
import gazette.site.SettingsFile;
import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teaser is made once a build and shown on every listing of its article; where the archive has
 * more articles than kept slots, an article whose slot another took gets its own teaser, made again.
 */
class TeasersTest {
    @TempDir
    Path tmp;

    @Test
    void everyArticleGetsItsOwnTeaserWhenArticlesShareSlots() throws Exception {
        Fixture f = new Fixture(tmp);
        f.settings("title: Teasers\n");
        for (int k = 0; k < 5; k++) {
            f.article("a" + k + ".md", "Body " + k + ".", "title: Story " + k, "date: 2024-03-0" + (k + 1), "tags: [T" + k + "]", "section: S" + (k % 2));
        }
        Settings settings = SettingsFile.load(tmp.resolve("gazette.yaml"));
        List<Article> read = new ContentReader(f.content, settings.timeZone()).read().articles();
        Archive archive = Archive.of(read, settings::zoneOf, gazette.index.Sections.of(settings.sectionSource(), read));
        Links links = new Links(settings);
        Teasers teasers = new Teasers(archive, links, new DateText(settings::zoneOf, settings.locale()), new ValuePrint(null),
                new LeadPictures(gazette.pictures.Pictures.NONE, links.root()), settings.timeZone(), 2);

        // 0, 2 and 4 share a slot, as do 1 and 3: each asked for in turn, and again
        for (int i : new int[] {0, 2, 4, 1, 3, 0, 4, 4, 2, 3, 1}) {
            Teaser t = teasers.of(i);
            assertThat(t.title()).as("article %d", i).isEqualTo(archive.article(i).title());
            assertThat(t.url()).as("article %d", i).isEqualTo(links.link(archive.permalink(i).path()));
            assertThat(t.tags()).extracting(Teaser.TagLink::name).containsExactly(archive.article(i).tags().get(0));
        }
        // asked for again before another takes its slot, it is the one already made
        assertThat(teasers.of(4)).isSameAs(teasers.of(4));
        assertThat(teasers.of(1)).isSameAs(teasers.of(1));
    }
}
