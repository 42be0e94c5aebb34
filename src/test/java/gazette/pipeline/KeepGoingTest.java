package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --keep-going: the good articles are published, every bad file is listed with its reason, and the exit code is 1. */
class KeepGoingTest {
    @TempDir
    Path tmp;
    Fixture site;

    @BeforeEach
    void archiveWithGoodAndBadFiles() {
        site = new Fixture(tmp);
        site.article("2024/03/first.md", "First body.", "title: First", "date: 2024-03-07");
        site.article("2024/03/second.md", "Second body.", "title: Second", "date: 2024-03-08", "tags: [Port]");
        site.write("2024/03/third.txt", "date 2024-03-09\nThird, from a scraper\n\nIts body.\n");
        site.write("2024/03/yaml.md", "---\ntitle: Broken\ndate: 2024-03-07\ntags: [a, b\n---\nbody\n");
        site.write("2024/03/binary.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2, '\n'});
        site.write("2024/03/empty.md", "");
        site.write("2024/03/no-date.txt", "Just a title\n\nAnd a body.\n");
        site.article("2024/03/updated.md", "Body.", "title: Bad update", "date: 2024-03-07", "updated: last Tuesday");
    }

    @Test
    void goodArticlesArePublishedAndEveryBadFileIsListed() throws IOException {
        Fixture.Run r = site.build("--keep-going");

        String c = site.content + "/2024/03/";
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                c + "binary.md:2: not a text file (it holds binary data)",
                c + "empty.md:1: empty file",
                c + "no-date.txt:1: no date: expected a 'date YYYY-MM-DD' line or an ISO-8601 date-time line before the title",
                c + "updated.md:4: updated: 'last Tuesday' is not a date (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)",
                c + "yaml.md:5: broken YAML in front matter: expected ',' or ']', but got <stream end>",
                "left out: 5 files with problems (listed above); the rest was published to " + site.out);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.out()).startsWith("Built 3 articles into " + site.out);
        assertThat(site.exists("2024/03/07/first/")).isTrue();
        assertThat(site.exists("2024/03/08/second/")).isTrue();
        assertThat(site.exists("2024/03/09/third-from-a-scraper/")).isTrue();
        assertThat(site.exists("tags/port/")).isTrue();
        // the article with a bad news field is left out everywhere, not half published
        assertThat(site.exists("2024/03/07/bad-update/")).isFalse();
        assertThat(site.page("2024/03/07/").select("li.teaser h2").eachText()).containsExactly("First");
        assertThat(site.page("").select("li.teaser h2").eachText()).containsExactly("Third, from a scraper", "Second", "First");
    }

    @Test
    void theSiteIsStillSwappedInWhole() throws IOException {
        site.write("2024/03/yaml.md", "---\ntitle: Fixed later\ndate: 2024-03-07\n---\nbody\n");
        Files.delete(site.content.resolve("2024/03/binary.md"));
        Files.delete(site.content.resolve("2024/03/empty.md"));
        Files.delete(site.content.resolve("2024/03/no-date.txt"));
        Files.delete(site.content.resolve("2024/03/updated.md"));
        assertThat(site.build().exit()).isZero();
        assertThat(site.exists("2024/03/07/fixed-later/")).isTrue();

        site.write("2024/03/yaml.md", "---\ntitle: Broken again\ndate: [\n---\nbody\n");
        Fixture.Run r = site.build("--keep-going");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith(site.content.toString()))).hasSize(1);
        // the new site replaced the old one: the page of the file now broken is gone with it
        assertThat(site.exists("2024/03/07/fixed-later/")).isFalse();
        assertThat(site.exists("2024/03/07/first/")).isTrue();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.staging-") || n.startsWith(".site.old-"));
        }
    }

    @Test
    void withoutTheOptionNothingIsPublished() {
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        // the bad news field is found with the unreadable files, in the same run
        assertThat(r.err().lines().toList()).hasSize(6).contains(site.content + "/2024/03/updated.md:4: updated: 'last Tuesday' is not a date"
                + " (expected YYYY-MM-DD, or a date-time like 2024-03-07T09:30:00+01:00)");
        assertThat(r.err()).endsWith("build failed: 5 problems; " + site.out + " was not changed\n");
        assertThat(Files.exists(site.out)).isFalse();
    }

    @Test
    void aTemplateErrorStillStopsTheBuild() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("tag.ftlh"), "<#if>\n");
        Fixture.Run r = site.build("--keep-going");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(templates.resolve("tag.ftlh") + ":1: ").contains("was not changed");
        assertThat(Files.exists(site.out)).isFalse();
    }

    @Test
    void aCleanArchiveExitsZeroWithTheOption() throws IOException {
        for (String bad : new String[] {"yaml.md", "binary.md", "empty.md", "no-date.txt", "updated.md"}) {
            Files.delete(site.content.resolve("2024/03/" + bad));
        }
        Fixture.Run r = site.build("--keep-going");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    /**
     * A news field that cannot be used counts only for an article to be published: a draft with
     * one is left out as a draft, until --drafts publishes it, and then it is a problem, also when
     * the draft's file is not read again.
     */
    @Test
    void aBadNewsFieldCountsOnlyForAnArticleToBePublished() throws IOException {
        Fixture f = new Fixture(tmp.resolve("drafts"));
        f.article("a.md", "Body.", "title: Good", "date: 2024-03-07");
        f.article("b.md", "Body.", "title: Draft", "date: 2024-03-07", "draft: true", "updated: not a date");
        Fixture.Run first = f.build();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("drafts: 1 left out");
        // the draft's file is unchanged: the problem comes from what the last build kept of it
        Files.setLastModifiedTime(f.content.resolve("b.md"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        f.build();
        Fixture.Run drafts = f.build("--drafts");
        assertThat(drafts.exit()).isEqualTo(1);
        assertThat(drafts.err()).contains(f.content + "/b.md:5: updated: 'not a date' is not a date");
    }
}
