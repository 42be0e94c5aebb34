package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.incremental.KeptState;
import gazette.render.KeptTemplates;
import gazette.serve.SiteBuilder;
import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's rebuilds after a change take the files their last build kept as it left them, and look
 * at them after publishing: a page deleted by hand in between is found then, and made again at
 * once by a rebuild that trusts nothing.
 */
class KeptFilesTest {
    static final String TRAM = "2024/03/07/council-approves-tram-line/index.html";
    static final String FERRY = "2024/03/08/ferry-delays/index.html";

    @TempDir
    Path tmp;

    private Fixture twoStories() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08");
        return f;
    }

    /** serve's builder, its state kept in {@code kept}, after its first build. */
    private SiteBuilder serve(Fixture f, KeptState kept) throws Exception {
        SiteBuilder builder = SiteBuilder.of(new BuildOptions(f.content, tmp.resolve("templates"), f.out, tmp.resolve("gazette.yaml"), null, false),
                kept, new KeptTemplates());
        builder.build();
        return builder;
    }

    @Test
    void aPageDeletedByHandBetweenRebuildsIsMadeAgainRightAfterTheNextOne() throws Exception {
        Fixture f = twoStories();
        KeptState kept = new KeptState();
        SiteBuilder builder = serve(f, kept);
        List<List<String>> told = new ArrayList<>();

        f.article("2024/03/tram.md", "The council voted again.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        builder.buildAfterChanges(told::add);
        // the pages, then the search index
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains(TRAM).doesNotContain(FERRY);
        assertThat(told.get(1)).isNotEmpty().allMatch(file -> file.startsWith("search/"));
        assertThat(kept.trustedBuilds()).isEqualTo(1);

        // by hand: the ferry's page goes; then the tram story is saved again
        String ferry = Files.readString(f.out.resolve(FERRY));
        Files.delete(f.out.resolve(FERRY));
        told.clear();
        f.article("2024/03/tram.md", "The council voted a third time.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        builder.buildAfterChanges(told::add);
        // the rebuild kept the ferry's page without a look and published; then it looked, and a second rebuild made it again
        assertThat(told).hasSize(3);
        assertThat(told.get(0)).contains(TRAM).doesNotContain(FERRY);
        assertThat(told.get(2)).containsExactly(FERRY);
        assertThat(f.out.resolve(FERRY)).hasContent(ferry);
        assertThat(Files.readString(f.out.resolve(TRAM))).contains("a third time");
        assertThat(kept.trustedBuilds()).isEqualTo(2); // the repair trusted nothing

        // edited by hand: found the same way, and made again
        Files.writeString(f.out.resolve(FERRY), "<p>scribbled on</p>");
        told.clear();
        f.article("2024/03/tram.md", "The council voted a fourth time.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        builder.buildAfterChanges(told::add);
        assertThat(told).hasSize(3);
        assertThat(told.get(2)).containsExactly(FERRY);
        assertThat(f.out.resolve(FERRY)).hasContent(ferry);
        assertThat(kept.trustedBuilds()).isEqualTo(3);

        // and the rebuilds after it trust the kept files again: one rebuild a save
        told.clear();
        f.article("2024/03/ferry.md", "Ferries run late again.", "title: Ferry delays", "date: 2024-03-08");
        builder.buildAfterChanges(told::add);
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains(FERRY).doesNotContain(TRAM);
        assertThat(kept.trustedBuilds()).isEqualTo(4);
    }

    @Test
    void afterABuildFromAnotherProcessTheNextRebuildLooksFirst() throws Exception {
        Fixture f = twoStories();
        KeptState kept = new KeptState();
        SiteBuilder builder = serve(f, kept);
        // another process builds into the folder: its state is not the one kept
        f.article("2024/03/tram.md", "The council voted again.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        assertThat(Fixture.run("build", "--content", f.content.toString(), "--out", f.out.toString(), "--templates", tmp.resolve("templates").toString(),
                "--config", tmp.resolve("gazette.yaml").toString()).exit()).isZero();
        String ferry = Files.readString(f.out.resolve(FERRY));
        Files.delete(f.out.resolve(FERRY));
        List<List<String>> told = new ArrayList<>();
        f.article("2024/03/tram.md", "The council voted a third time.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        builder.buildAfterChanges(told::add);
        // one rebuild, which looked at every file first and made the ferry's page again (then the search index)
        assertThat(kept.trustedBuilds()).isZero();
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains(TRAM, FERRY);
        assertThat(f.out.resolve(FERRY)).hasContent(ferry);
    }
}
