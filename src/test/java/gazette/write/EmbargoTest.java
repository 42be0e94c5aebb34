package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article dated after the build time is not published anywhere (page, listings, feeds,
 * sitemaps) unless --future is given, and the first build after its time publishes it.
 */
class EmbargoTest {
    static final String FUTURE_PAGE = "2999/01/01/the-far-future/";

    @TempDir
    Path tmp;

    Fixture fixture() {
        Fixture f = new Fixture(tmp);
        f.settings("title: The Harbour Gazette\nbase_url: https://example.org/news/\n");
        f.article("a/now.md", "Now.", "title: Present day", "date: 2024-03-07", "tags: [harbour]");
        f.article("a/future.md", "Later.", "title: The far future", "date: 2999-01-01T08:00:00Z", "tags: [harbour, tomorrow]");
        f.article("a/draft.md", "Not yet.", "title: Future draft", "date: 2999-02-01", "draft: true");
        return f;
    }

    /** Every place an article can show up, as text, so one check covers them all. */
    static String everywhere(Fixture f) {
        return String.join("\n", f.file("index.html"), f.file("tags/harbour/index.html"), f.file("archive/index.html"),
                f.file("tags/index.html"), f.file("feed.xml"), f.file("tags/harbour/feed.xml"), f.file("sitemap.xml"), f.file("news-sitemap.xml"));
    }

    @Test
    void aFutureArticleIsLeftOutEverywhere() {
        Fixture f = fixture();
        Fixture.Run run = f.build();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Built 1 article into")
                .contains("drafts: 1 left out (--drafts publishes them)")
                .contains("embargoed: 1 dated after the build time, left out (--future publishes them)");
        assertThat(f.exists(FUTURE_PAGE)).isFalse();
        assertThat(f.exists("2999/")).isFalse();
        assertThat(f.exists("tags/tomorrow/")).isFalse();
        assertThat(everywhere(f)).contains("present-day").doesNotContain("far-future").doesNotContain("The far future")
                .doesNotContain("2999").doesNotContain("tomorrow");
    }

    @Test
    void futurePublishesItButItIsNotNewsYet() {
        Fixture f = fixture();
        Fixture.Run run = f.build("--future");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Built 2 articles").doesNotContain("embargoed");
        assertThat(f.exists(FUTURE_PAGE)).isTrue();
        assertThat(f.page("").select("a[href=/news/" + FUTURE_PAGE + "]")).isNotEmpty();
        assertThat(f.file("feed.xml")).contains("https://example.org/news/" + FUTURE_PAGE);
        assertThat(f.file("tags/tomorrow/feed.xml")).contains("The far future");
        assertThat(f.file("sitemap.xml")).contains("https://example.org/news/" + FUTURE_PAGE);
        // "news" is what was published in the 48 hours before the build time; this has not been yet
        assertThat(f.file("news-sitemap.xml")).doesNotContain("far-future");
        // a future draft needs both options
        assertThat(f.exists("2999/02/01/future-draft/")).isFalse();
        assertThat(f.build("--future", "--drafts").exit()).isZero();
        assertThat(f.exists("2999/02/01/future-draft/")).isTrue();
    }

    /** The build time is SOURCE_DATE_EPOCH here, so "its time has passed" needs no waiting. */
    @Test
    void theFirstBuildAfterItsTimePublishesIt() {
        Fixture f = new Fixture(tmp);
        f.settings("base_url: https://example.org/news/\n");
        f.article("a/now.md", "Now.", "title: Present day", "date: 2024-03-07");
        f.article("a/noon.md", "At noon.", "title: Noon statement", "date: 2024-03-09T12:00:00Z");
        // 2024-03-09T11:59:59Z: one second early
        Fixture.Run early = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", "1709985599"));
        assertThat(early.exit()).as(early.err()).isZero();
        assertThat(early.out()).contains("embargoed: 1");
        assertThat(f.exists("2024/03/09/noon-statement/")).isFalse();
        // 2024-03-09T12:00:00Z: on time
        Fixture.Run onTime = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", "1709985600"));
        assertThat(onTime.exit()).as(onTime.err()).isZero();
        assertThat(onTime.out()).doesNotContain("embargoed");
        assertThat(f.exists("2024/03/09/noon-statement/")).isTrue();
        assertThat(f.file("feed.xml")).contains("Noon statement");
        assertThat(f.file("news-sitemap.xml")).contains("2024/03/09/noon-statement/");
    }
}
