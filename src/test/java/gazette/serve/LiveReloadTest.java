package gazette.serve;

import static gazette.serve.ServedSite.await;
import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits while serving: each change is rebuilt, open pages are told to reload, broken builds show their problems. */
class LiveReloadTest {
    static final String TRAM = "/2024/03/07/council-approves-tram-line/";

    @TempDir
    Path tmp;
    Fixture f;
    ServedSite site;

    @BeforeEach
    void serve() throws Exception {
        f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
        f.article("2024/03/ferry.md", "Ferries run late.", "title: Ferry delays", "date: 2024-03-08");
        site = ServedSite.start(f);
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
    }

    private String title(String path) {
        HttpResponse<String> r = site.get(path);
        return r.statusCode() == 200 ? Jsoup.parse(r.body()).select("h1").text() : "status " + r.statusCode();
    }

    private int status(String path) {
        return site.get(path).statusCode();
    }

    @Test
    void aReloadNamesOnlyTheFilesTheRebuildChangedAndEachPageKnowsItsOwn() throws Exception {
        String ferry = "/2024/03/08/ferry-delays/";
        assertThat(site.get(ferry).body()).contains("var file = \"2024/03/08/ferry-delays/index.html\";");
        assertThat(site.get("/2024/03/08/no-such-story/").body()).contains("var file = null;");
        try (ServedSite.Events events = site.events()) {
            f.article("2024/03/ferry.md", "Ferries run late again.", "title: Ferry delays", "date: 2024-03-08");

            ServedSite.Event e = events.next();
            assertThat(e.name()).isEqualTo("reload");
            assertThat(e.data()).contains("\"2024/03/08/ferry-delays/index.html\"")
                    .doesNotContain("council-approves-tram-line/index.html").doesNotContain("\"404.html\"");
        }
    }

    @Test
    void aNewStreamIsGreetedWithWhatTheLastReloadChangedSinceTheOneBefore() throws Exception {
        ServedSite.Event first;
        ServedSite.Event last;
        try (ServedSite.Events events = site.events()) {
            f.article("2024/03/ferry.md", "Ferries run late again.", "title: Ferry delays", "date: 2024-03-08");
            first = events.next();
            last = events.rebuilt(first);
        }
        assertThat(last).isNotEqualTo(first); // the pages, then the search index
        String before = first.data().substring("{\"version\":\"".length(), first.data().indexOf("\","));
        try (ServedSite.Events again = site.events()) {
            String hello = again.greeting().data();
            assertThat(hello).startsWith("{\"version\":\"" + site.server.state().version() + "\",\"since\":\"" + before + "\",\"files\":[\"search/");
            assertThat(hello).doesNotContain("ferry-delays/index.html");
        }
    }

    @Test
    void anEditedTitleIsServedAndOpenPagesAreToldToReload() throws Exception {
        try (ServedSite.Events events = site.events()) {
            f.article("2024/03/tram.md", "The council voted.", "title: Council approves the tram line at last", "date: 2024-03-07T09:30:00Z");

            ServedSite.Event e = events.next();
            assertThat(e.name()).isEqualTo("reload");
            // then the search index's files, in a reload of their own: the last, of the version served now
            ServedSite.Event last = events.rebuilt(e);
            assertThat(last).isNotEqualTo(e);
            assertThat(last.data()).startsWith("{\"version\":\"" + site.server.state().version() + "\",\"files\":[\"search/");
            assertThat(e.data()).startsWith("{\"version\":\"").doesNotContain("\"search/");
            // the files the rebuild changed: the page at its old address goes, the new one comes, and the pages that list it change
            assertThat(e.data()).contains("\"2024/03/07/council-approves-the-tram-line-at-last/index.html\"", "\"index.html\"",
                    "\"2024/03/07/council-approves-tram-line/index.html\"");
            // The reload comes after the new site is in place.
            assertThat(title("/2024/03/07/council-approves-the-tram-line-at-last/")).isEqualTo("Council approves the tram line at last");
            // the old address sends the reader on (README, "Publishing")
            assertThat(status(TRAM)).isEqualTo(200);
            org.jsoup.nodes.Document moved = Jsoup.parse(site.get(TRAM).body());
            assertThat(moved.selectFirst("meta[http-equiv=refresh]").attr("content")).endsWith("/2024/03/07/council-approves-the-tram-line-at-last/");
            assertThat(site.out.toString()).contains("Rebuilt in ").contains("after a change to ");
        }
    }

    @Test
    void aSavedChangeIsBuiltWithoutFirstLookingForWhetherAnythingChanged() throws Exception {
        Path record = f.out.resolveSibling("." + f.out.getFileName() + ".gazette-unchanged");
        // the first build looks (a server started on an unchanged site is up at once), and leaves its record
        assertThat(record).exists();
        try (ServedSite.Events events = site.events()) {
            f.article("2024/03/ferry.md", "Ferries run late again.", "title: Ferry delays worsen", "date: 2024-03-08");
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
        assertThat(title("/2024/03/08/ferry-delays-worsen/")).isEqualTo("Ferry delays worsen");
        // the watcher saw the change: the rebuild made no quick check, so it left no record of one to trust
        assertThat(record).doesNotExist();
        // the next build from the command line is a whole one, and leaves its record again
        site.close();
        Fixture.Run run = f.build();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("stages: check");
        assertThat(record).exists();
        assertThat(Jsoup.parse(f.out.resolve("2024/03/08/ferry-delays-worsen/index.html").toFile()).select("h1").text()).isEqualTo("Ferry delays worsen");
    }

    @Test
    void anEditorsSaveByRenameIsSeen() throws Exception {
        try (ServedSite.Events events = site.events()) {
            Path target = f.content.resolve("2024/03/ferry.md");
            Path temp = f.content.resolve("2024/03/.ferry.md.swp");
            Files.writeString(temp, "---\ntitle: Ferry delays end\ndate: 2024-03-08\n---\nOn time.\n");
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            assertThat(events.rebuilt().name()).isEqualTo("reload");
            assertThat(title("/2024/03/08/ferry-delays-end/")).isEqualTo("Ferry delays end");
        }
    }

    @Test
    void aBrokenBuildShowsItsProblemsAndTheNextGoodSaveRecovers() throws Exception {
        try (ServedSite.Events events = site.events()) {
            String before = Files.readString(site.site().resolve("index.html"));
            // The bad value holds markup, to show the problem text is escaped wherever it goes.
            f.write("2024/03/tram.md", "---\ntitle: Council approves tram line\ndate: \"</script><b>13th</b>\"\n---\nThe council voted.\n");

            ServedSite.Event e = events.next();
            assertThat(e.name()).isEqualTo("build-error");
            assertThat(e.data()).contains("tram.md:3: date:").contains("is not a date");
            assertThat(site.err.toString()).contains("tram.md:3: date:").contains("still serving the last good site");

            // The last good site stays, on disk and over HTTP; every page served now carries the problem.
            assertThat(Files.readString(site.site().resolve("index.html"))).isEqualTo(before);
            HttpResponse<String> page = site.get(TRAM);
            assertThat(page.statusCode()).isEqualTo(200);
            Document doc = Jsoup.parse(page.body());
            Element script = doc.selectFirst("script[" + LivePage.MARKER + "]");
            assertThat(script).isNotNull();
            assertThat(script.html()).contains("tram.md:3: date:").contains("\\u003c/script\\u003e\\u003cb\\u003e13th");
            assertThat(page.body()).doesNotContain("</script><b>");
            assertThat(doc.select("b")).as("no markup from the problem text").isEmpty();
            assertThat(site.get("/no/such/page/").body()).contains("tram.md:3: date:");
            String brokenTag = page.headers().firstValue("ETag").orElseThrow();

            // A second connection is told at once.
            try (ServedSite.Events late = site.events()) {
                assertThat(late.next().name()).isEqualTo("build-error");
            }

            f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07T09:30:00Z");
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            HttpResponse<String> fixed = site.get(TRAM);
            assertThat(Jsoup.parse(fixed.body()).selectFirst("script[" + LivePage.MARKER + "]").html()).contains("var problems = null;");
            assertThat(fixed.body()).doesNotContain("is not a date");
            // The cached broken page is not confirmed by a 304.
            assertThat(site.get(TRAM, "If-None-Match", brokenTag).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTemplateErrorIsShownToo() throws Exception {
        try (ServedSite.Events events = site.events()) {
            Path templates = f.root.resolve("templates");
            Files.createDirectories(templates);
            Files.writeString(templates.resolve("article.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout>\n<h1>${article.title</h1>\n</@base.layout>\n");

            ServedSite.Event e = events.next();
            assertThat(e.name()).isEqualTo("build-error");
            assertThat(e.data()).startsWith(templates.resolve("article.ftlh") + ":3: ");
            Files.delete(templates.resolve("article.ftlh"));
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
    }

    @Test
    void aTemplateThatNeverEndsIsStoppedAtItsTimeLimitAndTheServerGoesOn() throws Exception {
        try (ServedSite.Events events = site.events()) {
            Path templates = f.root.resolve("templates");
            Files.createDirectories(templates);
            f.settings("render_timeout: 1\n");
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            Files.writeString(templates.resolve("article.ftlh"), "<p>looping</p>\n<#list 1..2000000000 as i><#if i < 0>never</#if></#list>\n");

            ServedSite.Event e = events.next();
            assertThat(e.name()).isEqualTo("build-error");
            assertThat(e.data()).startsWith(templates.resolve("article.ftlh") + ":2: took longer than 1 second (render_timeout) while rendering ")
                    .containsAnyOf("2024/03/07/council-approves-tram-line/index.html", "2024/03/08/ferry-delays/index.html");
            assertThat(title(TRAM)).as("the last good site is still served").isEqualTo("Council approves tram line");
            Files.delete(templates.resolve("article.ftlh"));
            assertThat(events.rebuilt().name()).isEqualTo("reload");
        }
    }

    @Test
    void addedAndDeletedArticlesAppearAndDisappear() throws Exception {
        try (ServedSite.Events events = site.events()) {
            f.article("2024/04/new/bridge.md", "Opened today.", "title: Bridge opens", "date: 2024-04-02");
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            assertThat(title("/2024/04/02/bridge-opens/")).isEqualTo("Bridge opens");

            Files.delete(f.content.resolve("2024/03/ferry.md"));
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            assertThat(status("/2024/03/08/ferry-delays/")).isEqualTo(404);
            assertThat(Jsoup.parse(site.get("/").body()).select("a[href=/2024/03/08/ferry-delays/]")).isEmpty();
        }
    }

    @Test
    void aRenamedFolderKeepsBeingWatched() throws Exception {
        try (ServedSite.Events events = site.events()) {
            Files.move(f.content.resolve("2024"), f.content.resolve("archive-2024"));
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            assertThat(title(TRAM)).isEqualTo("Council approves tram line");

            // A file saved in the folder under its new name is seen: the folder is watched by its new name.
            f.article("archive-2024/03/tram.md", "The council voted.", "title: Tram line approved", "date: 2024-03-07T09:30:00Z");
            assertThat(events.rebuilt().name()).isEqualTo("reload");
            assertThat(title("/2024/03/07/tram-line-approved/")).isEqualTo("Tram line approved");

            // And so is a folder created inside it, and a file inside that.
            f.article("archive-2024/03/deep/er/storm.md", "Wind.", "title: Storm warning", "date: 2024-03-09");
            await(() -> status("/2024/03/09/storm-warning/"), s -> s == 200, "the article in the new folder");
            f.article("archive-2024/03/deep/er/storm.md", "Wind.", "title: Storm warning lifted", "date: 2024-03-09");
            await(() -> status("/2024/03/09/storm-warning-lifted/"), s -> s == 200, "the edit in the new folder");
        }
    }

    @Test
    void templatesStaticAssetsAndSettingsAreWatched() throws Exception {
        try (ServedSite.Events events = site.events()) {
            // The templates folder does not exist yet: creating it, with an asset inside, is a change.
            Path assets = f.root.resolve("templates/static");
            Files.createDirectories(assets);
            Files.writeString(assets.resolve("extra.css"), "body { color: teal }\n");
            await(() -> site.get("/static/extra.css").body(), b -> b.contains("teal"), "the new asset");

            Files.writeString(assets.resolve("extra.css"), "body { color: navy }\n");
            await(() -> site.get("/static/extra.css").body(), b -> b.contains("navy"), "the changed asset");

            f.settings("title: The Harbour Gazette\n");
            await(() -> Jsoup.parse(site.get("/").body()).title(), t -> t.contains("The Harbour Gazette"), "the new site title");
        }
    }

    @Test
    void changesInTheOutputFolderAndToDotFilesAreIgnored() throws Exception {
        Files.writeString(site.site().resolve("stray.html"), "<p>stray</p>");
        Files.writeString(f.content.resolve(".notes.md"), "private");
        Files.writeString(f.content.resolve("2024/03/ferry.md~"), "a backup");
        // Then a real change, in the same burst: it alone is named as the cause.
        Path ferry = f.article("2024/03/ferry.md", "Ferries run on time.", "title: Ferry delays", "date: 2024-03-08");
        String rebuilt = await(() -> site.out.toString().lines().filter(l -> l.startsWith("Rebuilt")).findFirst().orElse(""), l -> !l.isEmpty(), "a rebuild");
        assertThat(rebuilt).contains("after a change to " + ferry + ":").doesNotContain("more");
    }
}
