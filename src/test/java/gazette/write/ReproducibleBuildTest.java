package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SOURCE_DATE_EPOCH is "now" for the whole build: two builds of the same content with the same
 * value give the same bytes, file for file, and the value, not the clock, decides the news window
 * and the embargo. The builds run in a separate JVM, the only way to give them the variable.
 */
class ReproducibleBuildTest {
    /** 2024-03-09T12:00:00Z */
    static final String EPOCH = "1709985600";

    @TempDir
    Path tmp;

    Fixture fixture() {
        Fixture f = new Fixture(tmp);
        f.settings("title: The Harbour Gazette\nbase_url: https://example.org/news/\ntimezone: Europe/Berlin\npage_size: 2\n");
        f.article("a/in.md", "In **the** window.", "title: Inside the window", "date: 2024-03-08T10:00:00Z", "tags: [harbour, 東京]");
        f.article("a/edge.md", "Just inside.", "title: Edge of the window", "date: 2024-03-07T12:00:00Z", "tags: [harbour]");
        f.article("a/old.md", "Too old.", "title: Before the window", "date: 2024-03-07T11:59:59Z", "tags: [harbour]", "updated: 2024-03-08T00:00:00Z");
        f.article("a/later.md", "Embargoed.", "title: Tomorrow's news", "date: 2024-03-10T06:00:00Z", "tags: [harbour]");
        f.article("a/2023.md", "Old.", "title: Last year", "date: 2023-03-01");
        return f;
    }

    @Test
    void twoBuildsWithTheSameEpochGiveIdenticalBytes() throws IOException {
        Fixture f = fixture();
        Fixture.Run first = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", EPOCH));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("embargoed: 1 dated after the build time");
        Map<String, String> a = Fixture.snapshot(f.out);

        Fixture.Run second = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", EPOCH));
        assertThat(second.exit()).as(second.err()).isZero();
        Map<String, String> b = Fixture.snapshot(f.out);

        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a.keySet()).contains("index.html", "feed.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html", "tags/東京/feed.xml");
        for (String file : a.keySet()) assertThat(b.get(file)).as(file).isEqualTo(a.get(file));

        // the variable, not the clock, set the window: 48 hours back from 2024-03-09T12:00Z, the edge included
        String news = new String(a.get("news-sitemap.xml").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(news).contains("2024/03/08/inside-the-window/", "2024/03/07/edge-of-the-window/")
                .doesNotContain("before-the-window").doesNotContain("tomorrow");
        assertThat(a.keySet()).noneMatch(p -> p.contains("tomorrow"));
    }

    @Test
    void anotherEpochGivesAnotherWindow() throws IOException {
        Fixture f = fixture();
        assertThat(f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", EPOCH)).exit()).isZero();
        String before = f.file("news-sitemap.xml");
        // a day later: the embargo has passed, and only that article is still news
        Fixture.Run run = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", String.valueOf(Long.parseLong(EPOCH) + 86_400)));
        assertThat(run.exit()).as(run.err()).isZero();
        String after = f.file("news-sitemap.xml");
        assertThat(after).isNotEqualTo(before).contains("2024/03/10/tomorrow-s-news/").doesNotContain("edge-of-the-window");
    }

    @Test
    void aMalformedEpochStopsTheBuild() {
        Fixture f = fixture();
        Fixture.Run run = f.buildWithEnvironment(Map.of("SOURCE_DATE_EPOCH", "yesterday"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("SOURCE_DATE_EPOCH: 'yesterday' is not a whole number of seconds since 1970-01-01T00:00:00Z");
        assertThat(f.out).doesNotExist();
    }
}
