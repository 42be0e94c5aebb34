package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.incremental.KeptState;
import gazette.render.KeptTemplates;
import gazette.serve.SiteBuilder;
import gazette.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's rebuilds take the last archive when only bodies changed, and make it again when anything else did. */
class KeptArchiveTest {
    @TempDir
    java.nio.file.Path tmp;

    /** serve's builder, its archive kept in {@code archive}, after its first build. */
    private SiteBuilder serve(Fixture f, KeptArchive archive) throws Exception {
        SiteBuilder builder = SiteBuilder.of(new BuildOptions(f.content, tmp.resolve("templates"), f.out, tmp.resolve("gazette.yaml"), null, false),
                new KeptState(), new KeptTemplates(), archive);
        builder.build();
        return builder;
    }

    @Test
    void anEditedBodyKeepsTheArchiveAndAnEditedTitleOrSettingDoesNot() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z", "tags: [Transport]");
        f.article("2024/03/ferry.md", "Ferries run late.\n\nThe operator blames the weather.", "title: Ferry delays", "date: 2024-03-08", "tags: [Transport]");
        KeptArchive archive = new KeptArchive();
        SiteBuilder builder = serve(f, archive);
        assertThat(archive.reused()).isZero();

        // past its first paragraph, which stands for a summary the front matter does not give
        f.article("2024/03/ferry.md", "Ferries run late.\n\nThe operator blames the harbour line.", "title: Ferry delays", "date: 2024-03-08", "tags: [Transport]");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(1);
        assertThat(f.page("2024/03/08/ferry-delays/").select("article").text()).contains("harbour line");

        // the title is in the archive (the address, the listings): made again
        f.article("2024/03/ferry.md", "Ferries run late.\n\nThe operator blames the harbour line.", "title: Ferry delays worsen", "date: 2024-03-08", "tags: [Transport]");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(1);
        assertThat(f.page("2024/03/08/ferry-delays-worsen/").select("h1").text()).isEqualTo("Ferry delays worsen");
        assertThat(f.page("tags/transport/").select("a[href=/2024/03/08/ferry-delays-worsen/]")).isNotEmpty();

        // so are the settings (the time zone: the tram's 09:30 UTC is 22:30 in Auckland)
        f.settings("timezone: Pacific/Auckland\n");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(1);
        assertThat(f.page("2024/03/07/council-approves-tram-line/").select("time").attr("datetime")).contains("+13:00");

        // and a body edit after that takes the new archive
        f.article("2024/03/tram.md", "The council voted.\n\nTwice.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z", "tags: [Transport]");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(2);
        assertThat(f.page("2024/03/07/council-approves-tram-line/").select("article").text()).contains("Twice.");
    }

    @Test
    void aBodyEditedToRepeatAnotherIsFoundARepeatThoughTheArchiveIsKept() throws Exception {
        Fixture f = new Fixture(tmp);
        f.settings("duplicates: link\n");
        // summaries of their own: the bodies' first paragraphs are not in the articles' records
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z", "summary: A vote.");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08", "summary: Late boats.");
        KeptArchive archive = new KeptArchive();
        SiteBuilder builder = serve(f, archive);
        assertThat(f.page("2024/03/08/ferry-delays/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/2024/03/08/ferry-delays/");

        // the later story now repeats the earlier one's body: its canonical link names the first
        f.article("2024/03/ferry.md", "The council voted.", "title: Ferry delays", "date: 2024-03-08", "summary: Late boats.");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(1);
        assertThat(f.page("2024/03/08/ferry-delays/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/2024/03/07/council-approves-tram-line/");

        // and no longer, once edited again
        f.article("2024/03/ferry.md", "Ferries run late again.", "title: Ferry delays", "date: 2024-03-08", "summary: Late boats.");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isEqualTo(2);
        assertThat(f.page("2024/03/08/ferry-delays/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/2024/03/08/ferry-delays/");
    }

    @Test
    void tagAliasesInAnotherOrderNameTheTagAnotherWayAndTheArchiveIsMadeAgain() throws Exception {
        Fixture f = new Fixture(tmp);
        // two aliases to one tag, spelled two ways: the last one names it
        f.settings("tag_aliases:\n  Tory: Conservatives\n  Tories: conservatives\n");
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07", "tags: [Tory]");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08", "tags: [Tories]");
        KeptArchive archive = new KeptArchive();
        SiteBuilder builder = serve(f, archive);
        f.settings("tag_aliases:\n  Tories: conservatives\n  Tory: Conservatives\n");
        builder.buildAfterChanges(files -> {});
        assertThat(archive.reused()).isZero();
        assertThat(Fixture.snapshot(f.out)).isEqualTo(f.reference());
    }
}
