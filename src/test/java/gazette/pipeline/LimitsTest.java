package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives at the limits the issue names, generated at test time with tiny bodies: a 10 MB
 * article, 100,000 tags, one tag on 100,000 articles (ten days of 10,000 each), and titles of
 * 5,000 characters. Each must build, and its pages and pagination must be right. No test
 * asserts a duration; each prints its build time.
 */
@Tag("slow") // limits of 100,000 tags and more: over a minute
class LimitsTest {
    @TempDir
    Path tmp;

    @Test
    void aTenMegabyteArticle() throws IOException {
        Fixture site = new Fixture(tmp);
        StringBuilder body = new StringBuilder(10_500_000);
        for (int p = 0; body.length() < 10_000_000; p++) {
            body.append("Paragraph ").append(p).append(" of the longest report the harbour board ever published, ")
                    .append("with *emphasis*, a [link](https://example.org/").append(p).append(") and `code`.\n\n");
        }
        site.article("2024/03/long.md", body.toString(), "title: The long report", "date: 2024-03-07");
        StringBuilder text = new StringBuilder("date 2024-03-08\nThe long scraped report\n\n");
        for (int p = 0; text.length() < 10_000_000; p++) text.append("Paragraph ").append(p).append(" of the scraped report, words and more words.\n\n");
        site.write("2024/03/long.txt", text.toString());

        Fixture.Run r = timed("10 MB article (one .md, one .txt)", site);

        assertThat(r.exit()).as(r.err()).isZero();
        Path md = site.out.resolve("2024/03/07/the-long-report/index.html");
        assertThat(Files.size(md)).isGreaterThan(10_000_000);
        String html = Files.readString(md);
        assertThat(html).contains("<p>Paragraph 0 of the longest report").contains("Paragraph 70000 ");
        assertThat(Files.size(site.out.resolve("2024/03/08/the-long-scraped-report/index.html"))).isGreaterThan(10_000_000);
    }

    @Test
    void aHundredThousandTags() throws IOException {
        Fixture site = new Fixture(tmp);
        // 1,000 articles with 100 tags of their own each
        for (int a = 0; a < 1_000; a++) {
            StringBuilder tags = new StringBuilder("tags: [");
            for (int t = 0; t < 100; t++) tags.append(t > 0 ? ", " : "").append("t").append(a * 100 + t);
            write(site, "2024/03/a" + a + ".md", "title: Article " + a, "date: 2024-03-07", tags.append(']').toString());
        }

        Fixture.Run r = timed("100,000 tags on 1,000 articles", site);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("100000 tag");
        assertThat(site.exists("tags/t0/")).isTrue();
        assertThat(site.exists("tags/t99999/")).isTrue();
        assertThat(site.page("tags/t54321/").select("li.teaser h2").eachText()).containsExactly("Article 543");
        assertThat(site.page("tags/").select("#tag-index a[href^=/tags/t]")).hasSize(100_000);
        assertThat(site.page("tags/").select(".tags-largest a")).hasSize(gazette.pages.TagIndex.LARGEST);
        assertThat(site.page("2024/03/07/article-999/").select("ul.tags a")).hasSize(100);
    }

    @Test
    void oneTagOnAHundredThousandArticlesTenThousandADay() throws IOException {
        Fixture site = new Fixture(tmp);
        site.settings("page_size: 100\n");
        long start = System.nanoTime();
        for (int a = 0; a < 100_000; a++) {
            int day = 1 + a / 10_000;
            int second = a % 10_000;
            String time = String.format("2024-03-%02dT%02d:%02d:%02dZ", day, second / 3600, second % 3600 / 60, second % 60);
            write(site, String.format("2024/03/%02d/a%d.md", day, a), "title: A" + a, "date: " + time, "tags: [Harbour]");
        }

        System.out.printf("LimitsTest: 100,000 articles written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Fixture.Run r = timed("100,000 articles, one tag, 10 days of 10,000", site);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Built 100000 articles");
        // the tag: 100,000 articles, 100 a page, newest first, numbered from the oldest: the tag's own page is page 1,000
        Document first = site.page("tags/harbour/");
        assertThat(first.select("li.teaser")).hasSize(100);
        assertThat(first.select("li.teaser h2").first().text()).isEqualTo("A99999");
        assertThat(first.select(".pagination [aria-current=page]").text()).isEqualTo("1,000");
        assertThat(first.select(".pagination .pages li").eachText()).containsExactly("1,000", "999", "998", "…", "990", "…", "980",
                "…", "970", "…", "900", "…", "800", "…", "700", "…", "1");
        assertThat(site.exists("tags/harbour/page/999/")).isTrue();
        assertThat(site.exists("tags/harbour/page/1000/")).as("the newest page is the tag's own").isFalse();
        Document last = site.page("tags/harbour/page/1/");
        assertThat(last.select("li.teaser h2").last().text()).isEqualTo("A0");
        assertThat(last.select("a[rel=next]")).isEmpty();
        // a day of 10,000: 100 pages
        Document day = site.page("2024/03/05/");
        assertThat(day.select("li.teaser")).hasSize(100);
        assertThat(day.select("li.teaser h2").first().text()).isEqualTo("A49999");
        assertThat(day.select(".pagination .pages li").last().text()).isEqualTo("1");
        assertThat(site.page("2024/03/05/page/1/").select("li.teaser h2").last().text()).isEqualTo("A40000");
        assertThat(site.exists("2024/03/05/page/100/")).isFalse();
        assertThat(countArticlePages(site.out.resolve("2024/03"))).isEqualTo(100_000);
    }

    @Test
    void titlesOfFiveThousandCharacters() throws IOException {
        Fixture site = new Fixture(tmp);
        String latin = "Harbour board report ".repeat(250).strip();
        String cjk = "東京の高校生".repeat(834).substring(0, 5000);
        String astral = "\uD800\uDF30".repeat(2500); // Gothic letters: 5,000 chars, 4 bytes each in UTF-8
        site.article("a.md", "Body.", "title: \"" + latin + "\"", "date: 2024-03-07", "tags: [\"" + latin + "\"]");
        site.article("b.md", "Body.", "title: " + cjk, "date: 2024-03-07", "tags: [" + cjk + "]");
        site.article("c.md", "Body.", "title: " + astral, "date: 2024-03-07");
        site.write("d.txt", "date 2024-03-07\n" + latin.replace("report", "notice") + "\n\nBody.\n");

        Fixture.Run r = timed("titles of 5,000 characters", site);

        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(site.out.resolve("2024/03/07"))) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                String slug = p.getFileName().toString();
                assertThat(slug.codePointCount(0, slug.length())).as(slug).isLessThanOrEqualTo(80);
                assertThat(slug.getBytes(StandardCharsets.UTF_8).length).as(slug).isLessThanOrEqualTo(200);
            }
        }
        // 80 characters, cut within a word if need be
        Document a = site.page("2024/03/07/" + "harbour-board-report-".repeat(4).substring(0, 80) + "/");
        assertThat(a.select("h1").text()).isEqualTo(latin);
        assertThat(a.select("ul.tags a").text()).isEqualTo(latin);
        assertThat(site.page("2024/03/07/" + cjk.substring(0, 66) + "/").select("h1").text()).isEqualTo(cjk);
        assertThat(site.page("2024/03/07/" + astral.substring(0, 100) + "/").select("h1").text()).isEqualTo(astral);
        assertThat(site.page("2024/03/07/" + "harbour-board-notice-".repeat(4).substring(0, 80) + "/")
                .select("h1").text()).isEqualTo(latin.replace("report", "notice"));
        assertThat(site.page("").select("li.teaser h2").eachText()).contains(latin, cjk, astral);
    }

    @Test
    void nestingDeepEnoughToExhaustTheStack() {
        Fixture site = new Fixture(tmp);
        site.article("2024/03/quotes.md", ">".repeat(50_000) + " The innermost quote.", "title: Quotes", "date: 2024-03-07");
        site.article("2024/03/good.md", "Fine.", "title: Good", "date: 2024-03-07");

        Fixture.Run r = timed("50,000 nested quotes", site);

        // too deep for Flexmark: the text is published as plain paragraphs rather than the build dying
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page("2024/03/07/quotes/").select(".body p").text()).endsWith("> The innermost quote.");

        site.write("2024/03/yaml.md", "---\ntitle: T\ndate: 2024-03-07\nx: " + "[".repeat(100_000) + "\n---\nBody.\n");
        Fixture.Run yaml = site.build();
        assertThat(yaml.exit()).isEqualTo(1);
        assertThat(yaml.err().lines().toList()).containsExactly(
                site.content.resolve("2024/03/yaml.md") + ":2: broken YAML in front matter: nested too deeply",
                "build failed: 1 problem; " + site.out + " was not changed");
    }

    private static void write(Fixture site, String file, String... frontMatter) throws IOException {
        Path p = site.content.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "---\n" + String.join("\n", frontMatter) + "\n---\nB.\n");
    }

    private static Fixture.Run timed(String what, Fixture site) {
        long start = System.nanoTime();
        Fixture.Run r = site.build();
        System.out.printf("LimitsTest: %s: built in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
        return r;
    }

    private static long countArticlePages(Path month) throws IOException {
        try (Stream<Path> s = Files.walk(month, 3)) {
            return s.filter(p -> p.getNameCount() - month.getNameCount() == 3 && p.getFileName().toString().equals("index.html")
                    && !p.getParent().getFileName().toString().equals("page")
                    // the month's own pages of headlines (2024/03/page/N/) are not articles
                    && !p.getParent().getParent().getFileName().toString().equals("page")).count();
        }
    }
}
