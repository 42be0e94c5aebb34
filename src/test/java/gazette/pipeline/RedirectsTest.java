package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article whose address changed (a new headline, a corrected date) leaves a redirect at the old one, which outlives --clean. */
class RedirectsTest {
    @TempDir
    Path tmp;
    Fixture site;

    @BeforeEach
    void archive() {
        site = new Fixture(tmp);
        site.settings("base_url: https://news.example.org/\n");
        site.article("ferry.md", "The ferry is late.", "title: Ferry delays", "date: 2024-03-08T08:00:00Z");
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z");
        assertThat(site.build().exit()).isZero();
    }

    @Test
    void aNewHeadlineLeavesARedirectAtTheOldAddress() throws IOException {
        site.article("ferry.md", "The ferry is late.", "title: Ferry cancelled", "date: 2024-03-08T08:00:00Z");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 redirect");
        Document old = site.page("2024/03/08/ferry-delays/");
        assertThat(old.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/2024/03/08/ferry-cancelled/");
        assertThat(old.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/2024/03/08/ferry-cancelled/");
        assertThat(old.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(old.selectFirst("main a[href=/2024/03/08/ferry-cancelled/]").text()).isEqualTo("Ferry cancelled");
        assertThat(site.file("_redirects")).isEqualTo("/2024/03/08/ferry-delays/ /2024/03/08/ferry-cancelled/ 301\n");
        assertThat(site.file("nginx-redirects.map")).contains("\n/2024/03/08/ferry-delays/ /2024/03/08/ferry-cancelled/;\n");
        assertThat(site.file("sitemap.xml")).doesNotContain("ferry-delays");

        // a clean build keeps the history; a third headline redirects both old addresses to the newest
        assertThat(site.build("--clean").exit()).isZero();
        assertThat(site.page("2024/03/08/ferry-delays/").selectFirst("link[rel=canonical]").attr("href")).endsWith("/ferry-cancelled/");
        site.article("ferry.md", "The ferry is late.", "title: Ferry back", "date: 2024-03-09T08:00:00Z");
        assertThat(site.build().exit()).isZero();
        assertThat(site.file("_redirects")).isEqualTo("/2024/03/08/ferry-delays/ /2024/03/09/ferry-back/ 301\n"
                + "/2024/03/08/ferry-cancelled/ /2024/03/09/ferry-back/ 301\n");
    }

    @Test
    void aliasesInFrontMatterRedirectTooAndAWrongOneIsAProblemAtItsLine() throws IOException {
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z",
                "aliases: [/old/cms/tides.html, stories/tides]");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("stories/tides/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/2024/03/07/tides/");
        assertThat(site.file("old/cms/tides.html")).contains("url=/2024/03/07/tides/");
        assertThat(site.file("_redirects")).contains("/old/cms/tides.html /2024/03/07/tides/ 301\n").contains("/stories/tides/ /2024/03/07/tides/ 301\n");

        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "aliases: [../../etc/passwd]");
        Fixture.Run bad = site.build();
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("tides.md:4: aliases: '../../etc/passwd' is not a plain path (no '..', '.' or '//')");
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "aliases: https://elsewhere.example/x");
        assertThat(site.build().err()).contains("tides.md:4: aliases: 'https://elsewhere.example/x' is not a path within the site");
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "aliases: old/story.php");
        assertThat(site.build().err()).contains("tides.md:4: aliases: 'old/story.php' names a file that is not a page (.html)");
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "aliases: 'old/*'");
        assertThat(site.build().err()).contains("tides.md:4: aliases: 'old/*' has a character hosts' redirect files read as a pattern");

        // the site's own pages and files keep their addresses: no redirect takes them, in a page or in _redirects
        site.article("tides.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "aliases: [tags/, search/index.html, static/x.html, stories/tides/]");
        Fixture.Run ok = site.build();
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(site.file("_redirects")).isEqualTo("/stories/tides/ /2024/03/07/tides/ 301\n");
        assertThat(site.page("tags/").select("meta[http-equiv=refresh]")).isEmpty();
    }

    @Test
    void aNewStoryInADeletedStorysFileDoesNotTakeItsOldAddresses() throws IOException {
        site.article("ferry.md", "The ferry is late.", "title: Ferry cancelled", "date: 2024-03-08T08:00:00Z");
        assertThat(site.build().exit()).isZero();
        assertThat(Files.exists(site.out.resolve("_redirects"))).isTrue();
        Files.delete(site.content.resolve("ferry.md"));
        assertThat(site.build().exit()).isZero();
        site.article("ferry.md", "A new story.", "title: Budget day", "date: 2024-03-10T08:00:00Z");
        assertThat(site.build().exit()).isZero();
        assertThat(Files.exists(site.out.resolve("_redirects"))).isFalse();
        assertThat(Files.exists(site.out.resolve("2024/03/08/ferry-delays/index.html"))).isFalse();
    }

    @Test
    void anOldAddressTakenByAnotherStoryIsThatStorysAndAWithdrawnStoryLeavesNoRedirect() throws IOException {
        site.article("ferry.md", "The ferry is late.", "title: Ferry cancelled", "date: 2024-03-08T08:00:00Z");
        assertThat(site.build().exit()).isZero();
        site.article("other.md", "Another ferry story.", "title: Ferry delays", "date: 2024-03-08T09:00:00Z");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/03/08/ferry-delays/").select("article h1").text()).isEqualTo("Ferry delays");
        assertThat(Files.exists(site.out.resolve("_redirects"))).isFalse();

        Files.delete(site.content.resolve("other.md"));
        Files.delete(site.content.resolve("ferry.md"));
        Fixture.Run r = site.build();
        assertThat(r.exit()).isZero();
        assertThat(Files.exists(site.out.resolve("2024/03/08/ferry-delays/index.html"))).isFalse();
        assertThat(Files.exists(site.out.resolve("2024/03/08/ferry-cancelled/index.html"))).isFalse();
    }
}
