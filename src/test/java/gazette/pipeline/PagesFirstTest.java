package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.incremental.KeptState;
import gazette.render.KeptTemplates;
import gazette.serve.SiteBuilder;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve publishes a rebuild in two steps: the pages, then the search index, each atomic. In
 * between, the site is the new one with the last build's search index, whole in itself; a build
 * stopped there leaves that site, and the next build is a clean one.
 */
class PagesFirstTest {
    static final String FERRY = "2024/03/08/ferry-delays/index.html";

    @TempDir
    Path tmp;

    private Fixture twoStories() {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08");
        return f;
    }

    private SiteBuilder serve(Fixture f) throws Exception {
        SiteBuilder builder = SiteBuilder.of(new BuildOptions(f.content, tmp.resolve("templates"), f.out, tmp.resolve("gazette.yaml"), null, false),
                new KeptState(), new KeptTemplates());
        builder.build();
        return builder;
    }

    /** The site's search index files, with their bytes. */
    private static Map<String, String> searchFiles(Path site) {
        Map<String, String> search = new TreeMap<>(Fixture.snapshot(site));
        search.keySet().removeIf(file -> !file.startsWith("search/"));
        return search;
    }

    @Test
    void whenThePagesAreToldOfTheyArePublishedAndTheSearchIndexIsStillTheLastOne() throws Exception {
        Fixture f = twoStories();
        SiteBuilder builder = serve(f);
        Map<String, String> oldIndex = searchFiles(f.out);
        assertThat(oldIndex).containsKey("search/index.json");

        f.article("2024/03/ferry.md", "Ferries run late on the harbour line.", "title: Ferry delays", "date: 2024-03-08");
        List<String> seen = new ArrayList<>();
        builder.buildAfterChanges(files -> {
            // as each step is told: the page new from the first, the index new only from the second
            seen.add(Files.exists(f.out.resolve(FERRY)) && Fixture.snapshot(f.out).get(FERRY).contains("harbour line")
                    ? (searchFiles(f.out).equals(oldIndex) ? "pages, the last index" : "pages, the new index") : "the last pages");
        });
        assertThat(seen).containsExactly("pages, the last index", "pages, the new index");
        assertThat(searchFiles(f.out)).isNotEqualTo(oldIndex);
        assertThat(Fixture.snapshot(f.out)).isEqualTo(f.reference());
    }

    @Test
    void aBuildStoppedBetweenTheStepsLeavesAWholeSiteAndTheNextBuildIsClean() throws Exception {
        Fixture f = twoStories();
        SiteBuilder builder = serve(f);
        Map<String, String> oldIndex = searchFiles(f.out);

        // the process dies as the pages are told of (or the search index fails): the rest of the build never runs
        f.article("2024/03/ferry.md", "Ferries run late on the harbour line.", "title: Ferry delays", "date: 2024-03-08");
        assertThatThrownBy(() -> builder.buildAfterChanges(files -> {
            throw new Killed();
        })).isInstanceOf(Killed.class);
        assertThat(Fixture.snapshot(f.out).get(FERRY)).contains("harbour line");
        assertThat(searchFiles(f.out)).isEqualTo(oldIndex);

        // the next build finds the build cut short: it builds clean, and publishes what a clean build does
        Fixture.Run next = f.build();
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.out()).doesNotContain("changes:");
        assertThat(Fixture.snapshot(f.out)).isEqualTo(f.reference());
        try (Stream<Path> beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("staging") || name.contains("journal"));
        }
    }

    @Test
    void oncePublishedFirstAFileOfThatPartCannotBeMadeKeptOrReused() throws Exception {
        Fixture f = twoStories();
        assertThat(f.build().exit()).isZero();
        String key = gazette.incremental.StateKey.of(gazette.site.SettingsFile.load(tmp.resolve("gazette.yaml")));
        try (gazette.incremental.Incremental memory = gazette.incremental.Incremental.open(f.out, key, false, gazette.write.Leftovers::recover);
             gazette.write.OutputFolder out = gazette.write.OutputFolder.open(f.out, memory, false)) {
            assertThat(out.incremental()).isTrue();
            assertThat(out.keep(FERRY)).isTrue();
            out.publishFirst(file -> !file.startsWith("search/"));
            assertThatThrownBy(() -> out.keep("index.html")).isInstanceOf(IllegalStateException.class).hasMessageContaining("index.html");
            assertThatThrownBy(() -> out.reuse("index.html", 1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> out.file("index.html", new byte[] {1})).isInstanceOf(IllegalStateException.class);
            // the rest of the site is still to be made
            assertThat(out.keep("search/index.json")).isTrue();
        }
    }

    /**
     * A content file's time within the clock's slack of when a build read it does not vouch for
     * it: the slack is counted from the read, however long the build took after it. Here serve's
     * rebuild waits 2.5 s between its pages and its search index, and the story is then changed
     * with its size and time kept, as an edit within one tick of a coarse clock would leave it.
     */
    @Test
    void aFileEditedWithinTheClocksTickOfTheReadIsReadAgainHoweverLongTheBuildTook() throws Exception {
        Fixture f = twoStories();
        SiteBuilder builder = serve(f);
        Path ferry = f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08");
        java.nio.file.attribute.FileTime read = Files.getLastModifiedTime(ferry);
        boolean[] waited = {false};
        builder.buildAfterChanges(files -> {
            if (waited[0]) return;
            waited[0] = true;
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        f.article("2024/03/ferry.md", "Ferries run LATE.", "title: Ferry delays", "date: 2024-03-08");
        Files.setLastModifiedTime(ferry, read);

        Fixture.Run next = f.build();
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(Fixture.snapshot(f.out).get(FERRY)).contains("Ferries run LATE.");
    }

    /** Stands for the process's death: an error no stage of the build catches. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }
}
