package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new story changes a few dozen files of a 10,000-article site, not a thousand: listings are
 * numbered from the oldest page, search ids count from the oldest article and the newest
 * articles' postings stand apart. So a deploy uploads a few dozen objects and a CDN keeps the rest.
 */
@Tag("slow")
class NewStoryTest {
    /** "A few dozen": what a deploy uploads for one new story. */
    static final int FEW_DOZEN = 48;

    @TempDir
    Path tmp;

    @Test
    void aNewStoryInA10000ArticleArchiveChangesAFewDozenFiles() throws IOException {
        Fixture site = new Fixture(tmp);
        // with an address, as a published site has: feeds and sitemaps too
        site.settings("base_url: https://news.example/\n");
        new CorpusGenerator().generate(site.content, 10_000, 7);
        giveSections(site.content, 5);
        assertThat(site.build().exit()).isZero();
        Map<String, String> before = digests(site.out);

        // later on the newest day, in a section, with two of the archive's busiest tags
        site.article("2024/12/late-budget-vote.md", "The council passed the budget late at night.", "title: Late budget vote",
                "date: 2024-12-31T23:59:00Z", "section: Section 1", "tags: [politics, London]");
        Fixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> after = digests(site.out);

        List<String> changed = new ArrayList<>();
        after.forEach((path, digest) -> {
            if (!digest.equals(before.get(path))) changed.add(path);
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p -> changed.add("deleted " + p));
        System.out.println("one new story in 10,000: " + changed.size() + " files changed: " + changed);
        assertThat(changed).as("files a deploy would upload or delete").hasSizeLessThanOrEqualTo(FEW_DOZEN)
                .contains("index.html", "2024/12/31/late-budget-vote/index.html", "sections/section-1/index.html", "tags/politics/index.html",
                        "feed.xml", "sitemap.xml");
        assertThat(changed).noneMatch(p -> p.matches(".*page/\\d+/index.html")).noneMatch(p -> p.matches("search/terms-.*"));
        assertThat(site.page("").selectFirst(".articles h2").text()).isEqualTo("Late budget vote");
    }

    /** Sections in front matter, as a newsroom's archive has them: every article in one of {@code count}. */
    private static void giveSections(Path content, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int k = 0; k < files.size(); k++) {
            String text = Files.readString(files.get(k), StandardCharsets.UTF_8);
            Files.writeString(files.get(k), "---\nsection: Section " + (k % count + 1) + "\n" + text.substring(4), StandardCharsets.UTF_8);
        }
    }

    /** Every file of the site by its path, with a digest of its bytes. */
    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(sha1().digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
