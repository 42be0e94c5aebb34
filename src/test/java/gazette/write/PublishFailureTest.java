package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that fail after they began to change the output folder (a file made immutable with
 * {@code chattr +i}, as a site first built by another user would be): the message says what is
 * live, and the next build, once the file can be changed, publishes exactly a clean build.
 */
class PublishFailureTest {
    @TempDir
    Path tmp;

    private Fixture site;
    private final List<Path> immutable = new ArrayList<>();

    @BeforeEach
    void archive() throws IOException {
        site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 30, 5, 4);
        Files.createDirectories(tmp.resolve("templates"));
    }

    @AfterEach
    void mutableAgain() throws Exception {
        for (Path p : immutable) chattr("-i", p);
    }

    @Test
    void whenTheOldSiteCannotBeRemovedTheNewOneIsLiveAndLaterBuildsGoOn() throws Exception {
        assertThat(site.build().exit()).isZero();
        Path stuck = firstPage(site.out);
        String page = site.out.relativize(stuck).toString();
        makeImmutable(stuck);
        site.article("2024/05/new.md", "A new story.", "title: A new story", "date: 2024-05-02");

        Fixture.Run r = site.build("--clean");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: the last site, moved aside to " + tmp.resolve(".site.old-"))
                .contains("could not be removed (").contains("); the new one is published; remove it by hand (later builds try again)");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
        Path aside = tmp.resolve(leftovers().get(0)).resolve(page); // where the stuck page went with the old site
        immutable.set(0, aside);

        // the leftover is in the way of no later build, which says it is still there
        Fixture.Run next = site.build("--clean");
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.err()).contains("warning: could not remove " + tmp.resolve(".site.old-")).contains("left by an earlier build");
        chattr("-i", aside);
        Fixture.Run tidy = site.build();
        assertThat(tidy.exit()).isZero();
        assertThat(tidy.err()).doesNotContain("warning");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anIncrementalBuildStoppedHalfwaySaysHowMuchWasPublishedAndTheNextFinishesIt() throws Exception {
        assertThat(site.build().exit()).isZero();
        // a new layout changes every page; one page late in the order cannot be replaced
        Files.writeString(tmp.resolve("templates/base.ftlh"), layout().replace("</footer>", "<p>Edition B</p></footer>"));
        Path stuck = site.out.resolve("tags/index.html");
        makeImmutable(stuck);

        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: ").contains("tags/index.html").contains("Operation not permitted");
        assertThat(r.err()).containsPattern("build failed; [0-9]+ of the [0-9]+ changes to " + java.util.regex.Pattern.quote(site.out.toString())
                + " were made before this one failed, so the site mixes this build and the last; the next build makes the rest"
                + " \\(.site.gazette-journal\\) and then builds clean\n");
        assertThat(r.err()).doesNotContain("was not changed");

        chattr("-i", stuck);
        Fixture.Run next = site.build();
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.out()).contains("  files:  "); // clean
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void whenTheStateCannotBeSavedTheSiteIsSaidToBePublishedAndTheNextBuildIsClean() throws Exception {
        assertThat(site.build().exit()).isZero();
        Path state = tmp.resolve(".site.gazette-state");
        makeImmutable(state);
        site.article("2024/05/new.md", "A new story.", "title: A new story", "date: 2024-05-02");

        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: ").contains(".site.gazette-state").endsWith("build failed; the new site is published in " + site.out
                + ", whole, but the build state could not be saved: the next build will be a clean one\n");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());

        chattr("-i", state);
        Fixture.Run next = site.build();
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.out()).contains("  files:  ");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
    }


    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.old-") || n.startsWith(".site.staging-")
                    || n.endsWith("gazette-journal")).toList();
        }
    }

    private static String layout() throws IOException {
        return new String(PublishFailureTest.class.getResourceAsStream("/gazette/theme/base.ftlh").readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Path firstPage(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith("index.html")).sorted().findFirst().orElseThrow();
        }
    }

    private void makeImmutable(Path p) throws Exception {
        Assumptions.assumeTrue(chattr("+i", p), "chattr +i is not possible here (not root, or the file system has no such flag)");
        immutable.add(p);
    }

    private static boolean chattr(String flag, Path p) throws Exception {
        Process c = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
        c.getInputStream().readAllBytes();
        return c.waitFor() == 0;
    }
}
