package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds are exactly right: after every random edit, building over the previous
 * output gives the same bytes, file for file, as a clean build of the same content.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    static final int STEPS = 45;
    static final String[] TAGS = {"politics", "harbour", "weather", "東京", "Economy", "economy", "sport"};

    /** One incremental build of the sequence, as the assertions need it: from the command line's report, or from serve's. */
    private record Step(int exit, String err, boolean incremental, long written, boolean pictures, boolean sections, List<String> changed) {}

    @Test
    void longRandomEditSequencesMatchACleanBuildAfterEveryStep() throws IOException {
        randomEdits(site -> {
            Fixture.Run r = build(site, false);
            return new Step(r.exit(), r.err(), r.out().contains("changes:"), written(r.out()), r.out().contains("pictures: "), r.out().contains(" section, "), null);
        });
    }

    /**
     * serve's rebuilds, one builder from save to save (the build state and templates kept in
     * memory), each after the first told that files changed as its watcher would, give the site a clean
     * build gives.
     */
    @Test
    void serveRebuildsMatchACleanBuildAfterEveryStep() throws IOException {
        gazette.serve.SiteBuilder[] builder = new gazette.serve.SiteBuilder[1];
        gazette.incremental.KeptState kept = new gazette.incremental.KeptState();
        gazette.render.KeptTemplates templates = new gazette.render.KeptTemplates();
        KeptArchive archive = new KeptArchive();
        int[] toldTwice = {0};
        randomEdits(site -> {
            boolean first = builder[0] == null;
            if (first) {
                builder[0] = gazette.serve.SiteBuilder.of(new BuildOptions(site.content, tmp.resolve("templates"), site.out, tmp.resolve("gazette.yaml"),
                        "https://example.org/news/", false), kept, templates, archive);
            }
            try {
                List<List<String>> told = new ArrayList<>();
                BuildReport r = first ? builder[0].build() : builder[0].buildAfterChanges(told::add);
                // serve is told the changed files once they are published: the build's own list, or nothing if it changed nothing;
                // the pages first, then the search index, if both changed
                if (!first && !r.changes().files().isEmpty()) {
                    assertThat(told).hasSizeBetween(1, 2).doesNotContain(List.of());
                    assertThat(told.stream().flatMap(List::stream).sorted().toList()).isEqualTo(r.changes().files());
                    if (told.size() == 2) {
                        toldTwice[0]++;
                        assertThat(told.get(0)).noneMatch(f -> f.startsWith("search/"));
                        assertThat(told.get(1)).allMatch(f -> f.startsWith("search/"));
                    }
                } else {
                    assertThat(told).allMatch(List::isEmpty);
                }
                return new Step(0, "", r.changes().incremental(), r.changes().incremental() ? r.filesWritten() : 0, r.pictures().published() > 0,
                        r.pagesByKind().containsKey("section"), r.changes().files());
            } catch (BuildFailure e) {
                return new Step(1, String.join("\n", e.problems()), false, 0, false, false, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // every rebuild after the first took the state from memory, not from the file
        assertThat(kept.taken()).isEqualTo(STEPS);
        // most edits change a page and the search index: open pages were told of the pages before the index was made
        assertThat(toldTwice[0]).isGreaterThan(STEPS / 2);
        // and the rebuilds after an edit to a body alone took the last one's archive
        assertThat(archive.reused()).isPositive().isLessThan(STEPS / 2);
        // and most used the templates the rebuild before them parsed: all but those after a change to the theme
        assertThat(templates.reused()).isGreaterThan(STEPS / 2).isLessThan(STEPS);
    }

    private void randomEdits(java.util.function.Function<Fixture, Step> incremental) throws IOException {
        Fixture site = new Fixture(tmp);
        site.settings("title: Equivalence\npage_size: 3\ntimezone: UTC\nsections: folders\n");
        Random rnd = new Random(20261126);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) files.add(writeArticle(site, rnd, "a" + i + ".md", i));
        for (int i = 0; i < 6; i++) files.add(writeText(site, rnd, "scraped/t" + i + ".txt", i));
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Map<String, List<String>> pictures = new TreeMap<>(); // an article's file -> the pictures placed for it

        assertThat(incremental.apply(site).exit()).isZero();
        long incrementalWrites = 0;
        int pictureEdits = 0;
        int stepsWithPictures = 0;
        int stepsWithSections = 0; // folders (dir0/, scraped/) and front matter name them; renames move articles between them
        for (int step = 0; step < STEPS; step++) {
            String edit = edit(site, rnd, files, pictures, templates, step);
            Map<String, String> before = tree(site.out);
            Step inc = incremental.apply(site);
            // the files serve tells open pages of are those whose bytes changed
            if (inc.changed() != null) assertThat(inc.changed()).as("step %d: %s", step, edit).isEqualTo(changedFiles(before, tree(site.out)));
            // the addresses the articles have had: the clean build knows them as the site does (they outlive --clean)
            Path history = tmp.resolve(".site.gazette-addresses");
            if (Files.exists(history)) Files.copy(history, tmp.resolve(".clean-" + step + ".gazette-addresses"));
            Fixture.Run clean = Fixture.run("build", "--content", site.content.toString(), "--out", tmp.resolve("clean-" + step).toString(),
                    "--templates", templates.toString(), "--config", tmp.resolve("gazette.yaml").toString(), "--base-url", "https://example.org/news/");
            assertThat(inc.exit()).as(edit + "\n" + inc.err()).isZero();
            assertThat(clean.exit()).as(edit + "\n" + clean.err()).isZero();
            assertThat(inc.incremental()).as("step %d (%s) is incremental", step, edit).isTrue();
            assertThat(differences(tree(site.out), tree(tmp.resolve("clean-" + step)))).as("step %d: %s", step, edit).isEmpty();
            incrementalWrites += inc.written();
            if (edit.contains("picture")) pictureEdits++;
            if (inc.pictures()) stepsWithPictures++;
            if (inc.sections()) stepsWithSections++;
            deleteTree(tmp.resolve("clean-" + step));
            deleteTree(tmp.resolve(".clean-" + step + ".gazette-pictures"));
            deleteTree(tmp.resolve(".clean-" + step + ".gazette-search"));
            Files.deleteIfExists(tmp.resolve(".clean-" + step + ".gazette-addresses"));
        }
        // the edits are small: far fewer files were written than STEPS clean builds would
        assertThat(incrementalWrites).isLessThan(STEPS * 40);
        // pictures placed, replaced and removed, in Markdown and text articles, were among the edits
        assertThat(pictureEdits).isGreaterThanOrEqualTo(5);
        assertThat(stepsWithPictures).isGreaterThanOrEqualTo(STEPS / 2);
        assertThat(stepsWithSections).isEqualTo(STEPS);
    }

    @Test
    void aBuildWithNothingChangedWritesNoFile() throws IOException, InterruptedException {
        Fixture site = new Fixture(tmp);
        for (int i = 0; i < 8; i++) writeArticle(site, new Random(i), "a" + i + ".md", i);
        ageContent(site);
        assertThat(build(site, false).exit()).isZero();
        Map<String, Long> before = times(site.out);
        Thread.sleep(20);
        Fixture.Run again = build(site, false);
        assertThat(again.out()).contains("changes: 0 content files read").contains(" 0 files written").contains("0 removed");
        assertThat(times(site.out)).isEqualTo(before);
    }

    @Test
    void aKeptSitemapIsReportedAsTheOneWritten() throws IOException {
        Fixture site = new Fixture(tmp);
        site.settings("base_url: https://example.org/news/\npage_size: 2\n");
        for (int i = 0; i < 9; i++) writeArticle(site, new Random(i), "a" + i + ".md", i);
        ageContent(site);
        Fixture.Run first = build(site, false);
        assertThat(first.exit()).as(first.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sitemap: \\d+ URLs? in \\d+ files?").matcher(first.out());
        assertThat(m.find()).as(first.out()).isTrue();
        String sitemap = site.file("sitemap.xml");
        int urls = sitemap.split("<loc>").length - 1;
        assertThat(m.group()).startsWith("sitemap: " + urls + " URL");

        Fixture.Run again = build(site, false);
        assertThat(again.out()).contains(m.group()).contains(" 0 files written");
        // a new article: the sitemap is written again, with its address
        writeArticle(site, new Random(99), "new.md", 99);
        assertThat(build(site, false).exit()).isZero();
        assertThat(site.file("sitemap.xml").split("<loc>").length - 1).isGreaterThan(urls);
    }

    @Test
    void oneEditRewritesItsPageNeighboursAndListingsOnly() throws IOException {
        Fixture site = new Fixture(tmp);
        site.settings("page_size: 50\n");
        for (int i = 0; i < 10; i++) {
            site.article("a" + i + ".md", "Body " + i, "title: Story " + i, "date: 2023-01-" + String.format("%02d", 10 + i) + "T10:00:00Z",
                    "tags: [" + (i % 2 == 0 ? "even" : "odd") + "]", "summary: Story " + i + " in brief.");
        }
        ageContent(site);
        assertThat(build(site, false).exit()).isZero();
        Map<String, Long> before = times(site.out);
        site.article("a5.md", "Body 5, corrected.", "title: Story 5", "date: 2023-01-15T10:00:00Z", "tags: [odd]", "summary: Story 5 in brief.");
        Fixture.Run r = build(site, false);
        assertThat(r.exit()).isZero();
        Map<String, Long> after = times(site.out);
        List<String> changed = new ArrayList<>();
        after.forEach((f, t) -> {
            if (!t.equals(before.get(f))) changed.add(f);
        });
        // only the body changed (the summary is its own): the article's page, the feeds that carry the body,
        // and the search index's one file that gained the word "corrected" (in ten articles every one is among the
        // newest, whose postings are in the recent files), the file of the story's day's texts for snippets, and the
        // article file that says where its text is, now longer; no other article's
        assertThat(changed).containsExactlyInAnyOrder("2023/01/15/story-5/index.html", "search/texts/2023/01-15.txt", "feed.xml",
                "tags/odd/feed.xml", "search/recent-" + gazette.search.SearchIndex.recentShard("corrected") + ".json", "search/docs-0.json");
    }

    @Test
    void aTemplateEditRewritesOnlyThePagesThatUseIt() throws IOException {
        Fixture site = new Fixture(tmp);
        for (int i = 0; i < 6; i++) writeArticle(site, new Random(i), "a" + i + ".md", i);
        ageContent(site);
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        assertThat(build(site, false).exit()).isZero();
        Map<String, Long> before = times(site.out);
        Files.writeString(templates.resolve("tags.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout><h1>All the tags</h1></@base.layout>\n");
        Fixture.Run r = build(site, false);
        assertThat(r.exit()).isZero();
        List<String> changed = new ArrayList<>();
        times(site.out).forEach((f, t) -> {
            if (!t.equals(before.get(f))) changed.add(f);
        });
        assertThat(changed).containsExactly("tags/index.html");
        assertThat(site.page("tags/").selectFirst("h1").text()).isEqualTo("All the tags");
    }

    /** A file a template includes is part of its pages, whatever its name ends in. */
    @Test
    void aFileATemplateIncludesIsPartOfItsPages() throws IOException {
        Fixture site = new Fixture(tmp);
        for (int i = 0; i < 3; i++) writeArticle(site, new Random(i), "a" + i + ".md", i);
        ageContent(site);
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("tags.ftlh"), "<#import \"base.ftlh\" as base>\n<@base.layout><h1><#include \"motto.html\"></h1></@base.layout>\n");
        Files.writeString(templates.resolve("motto.html"), "All the tags");
        assertThat(build(site, false).exit()).isZero();
        assertThat(site.page("tags/").selectFirst("h1").text()).isEqualTo("All the tags");
        Files.writeString(templates.resolve("motto.html"), "Every tag");
        Fixture.Run r = build(site, false);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page("tags/").selectFirst("h1").text()).isEqualTo("Every tag");
    }

    @Test
    void deletedArticlesAndEmptiedListingsDisappear() throws IOException {
        Fixture site = new Fixture(tmp);
        site.article("keep.md", "Stays.", "title: Keeper", "date: 2023-05-01", "tags: [common]");
        Path gone = site.article("gone.md", "Goes.", "title: Goner", "date: 2022-02-02", "tags: [rare]");
        assertThat(build(site, false).exit()).isZero();
        assertThat(site.exists("2022/02/02/goner/")).isTrue();
        Files.delete(gone);
        assertThat(build(site, false).out()).contains("changes:");
        assertThat(site.exists("2022/02/02/goner/")).isFalse();
        assertThat(site.out.resolve("2022")).doesNotExist();
        assertThat(site.out.resolve("tags/rare")).doesNotExist();
        assertThat(site.exists("tags/common/")).isTrue();
    }

    @Test
    void aNewOutputFolderOrCleanMeansACleanBuild() throws IOException {
        Fixture site = new Fixture(tmp);
        site.article("a.md", "A.", "title: A", "date: 2023-05-01");
        assertThat(build(site, false).exit()).isZero();
        assertThat(build(site, true).out()).doesNotContain("changes:").contains("files:");
        deleteTree(site.out);
        assertThat(build(site, false).out()).doesNotContain("changes:").contains("files:");
        assertThat(site.exists("2023/05/01/a/")).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private static Fixture.Run build(Fixture site, boolean clean) {
        List<String> extra = new ArrayList<>(List.of("--base-url", "https://example.org/news/"));
        if (clean) extra.add("--clean");
        return site.build(extra.toArray(String[]::new));
    }

    private static String writeArticle(Fixture site, Random rnd, String file, int n) {
        List<String> fm = new ArrayList<>();
        fm.add("title: \"" + pick(rnd, "Council", "Harbour", "Tram", "Storm", "Budget") + " " + pick(rnd, "vote", "plan", "news", "row") + " " + rnd.nextInt(5) + "\"");
        fm.add("date: 20" + (20 + rnd.nextInt(3)) + "-0" + (1 + rnd.nextInt(3)) + "-1" + rnd.nextInt(3) + (rnd.nextBoolean() ? "" : "T0" + rnd.nextInt(10) + ":00:00Z"));
        List<String> tags = new ArrayList<>();
        for (String t : TAGS) if (rnd.nextInt(3) == 0) tags.add(t);
        fm.add("tags: [" + String.join(", ", tags) + "]");
        if (rnd.nextInt(4) == 0) fm.add("slug: " + pick(rnd, "same-slug", "other-slug"));
        if (rnd.nextInt(8) == 0) fm.add("draft: true");
        if (rnd.nextInt(3) == 0) fm.add("summary: Summary " + rnd.nextInt(100));
        if (rnd.nextInt(5) == 0) fm.add("author: " + pick(rnd, "Ann", "Bo", "Cy"));
        site.article(file, "Body " + n + " " + rnd.nextInt(1000) + ".\n\nMore text " + rnd.nextInt(3) + ".", fm.toArray(String[]::new));
        return file;
    }

    /** A scraped text article: header, title, paragraphs that name a few people and places, and sometimes an attribution. */
    private static String writeText(Fixture site, Random rnd, String file, int n) {
        String place = pick(rnd, "Harbour Board", "City Council", "Lantern Bay");
        String text = "date 20" + (20 + rnd.nextInt(3)) + "-0" + (1 + rnd.nextInt(3)) + "-1" + rnd.nextInt(3) + "\n"
                + "Scraped " + place + " story " + n + "\n\n"
                + "The " + place + " met on Monday, officials said " + rnd.nextInt(100) + ".\n\n"
                + "A second paragraph names the " + place + " and Maria Lopes again; Maria Lopes spoke.\n"
                + (rnd.nextBoolean() ? "\nSource: " + pick(rnd, "Wire", "Desk") + "   Editor: " + pick(rnd, "Dee", "Eve") + "\n" : "");
        site.write(file, text);
        return file;
    }

    private static String edit(Fixture site, Random rnd, List<String> files, Map<String, List<String>> pictures, Path templates, int step)
            throws IOException {
        int kind = rnd.nextInt(16);
        switch (kind) {
            case 0 -> {
                String f = "new" + step + ".md";
                files.add(writeArticle(site, rnd, f, 100 + step));
                return "add " + f;
            }
            case 1 -> {
                String f = "scraped/new" + step + ".txt";
                files.add(writeText(site, rnd, f, 100 + step));
                return "add " + f;
            }
            case 2 -> {
                if (files.size() < 5) return edit(site, rnd, files, pictures, templates, step);
                String f = files.remove(rnd.nextInt(files.size()));
                Files.delete(site.content.resolve(f));
                return "delete " + f;
            }
            case 3 -> {
                String f = files.remove(rnd.nextInt(files.size()));
                String to = "dir" + rnd.nextInt(3) + "/renamed" + step + f.substring(f.lastIndexOf('.'));
                Files.createDirectories(site.content.resolve(to).getParent());
                Files.move(site.content.resolve(f), site.content.resolve(to));
                files.add(to);
                // a Markdown article's pictures go with it (its references are relative); a text article's keep their old name, and are no longer its own
                List<String> own = pictures.remove(f);
                if (own != null && f.endsWith(".md")) {
                    List<String> moved = new ArrayList<>();
                    for (String pic : own) {
                        String there = parentOf(to) + pic.substring(pic.lastIndexOf('/') + 1);
                        if (Files.exists(site.content.resolve(pic))) Files.copy(site.content.resolve(pic), site.content.resolve(there));
                        moved.add(there);
                    }
                    pictures.put(to, moved);
                }
                return "rename " + f + " -> " + to;
            }
            case 4 -> {
                String which = pick(rnd, "day.ftlh", "tag.ftlh", "article.ftlh", "parts.ftlh");
                Path t = templates.resolve(which);
                if (Files.exists(t) && rnd.nextBoolean()) {
                    Files.delete(t);
                    return "template restored " + which;
                }
                String original = new String(IncrementalBuildTest.class.getResourceAsStream("/gazette/theme/" + which).readAllBytes(), StandardCharsets.UTF_8);
                Files.writeString(t, original.replace("</#macro>", "<!-- edit " + step + " --></#macro>").replace("</@base.layout>", "<p>edit " + step + "</p></@base.layout>"));
                return "template " + which;
            }
            case 5 -> {
                // a static asset: the theme's stylesheet overridden, restored, or a file of the site's own added or removed
                Path dir = templates.resolve("static");
                Files.createDirectories(dir);
                Path css = dir.resolve("style.css");
                Path extra = dir.resolve("extra.js");
                if (rnd.nextBoolean()) {
                    if (Files.exists(css) && rnd.nextBoolean()) {
                        Files.delete(css);
                        return "static style.css restored";
                    }
                    Files.writeString(css, "/* edit " + step + " */\nbody { color: #111; }\n");
                    return "static style.css";
                }
                if (Files.exists(extra)) {
                    Files.delete(extra);
                    return "static extra.js removed";
                }
                Files.writeString(extra, "// " + step + "\n");
                return "static extra.js added";
            }
            case 12, 13 -> {
                return placePicture(site, rnd, files, pictures, step);
            }
            case 14, 15 -> {
                if (pictures.isEmpty()) return placePicture(site, rnd, files, pictures, step);
                String f = new ArrayList<>(pictures.keySet()).get(rnd.nextInt(pictures.size()));
                List<String> own = pictures.get(f);
                String pic = own.remove(rnd.nextInt(own.size()));
                if (own.isEmpty()) pictures.remove(f);
                if (rnd.nextBoolean()) {
                    // another photo under the same name: the article's file is untouched
                    writePicture(site, rnd, pic);
                    pictures.computeIfAbsent(f, k -> new ArrayList<>()).add(pic);
                    return "replace picture " + pic;
                }
                String name = pic.substring(pic.lastIndexOf('/') + 1);
                if (f.endsWith(".md") && Files.exists(site.content.resolve(f))) {
                    List<String> lines = new ArrayList<>(Files.readAllLines(site.content.resolve(f), StandardCharsets.UTF_8));
                    lines.removeIf(l -> l.contains(name));
                    Files.write(site.content.resolve(f), lines, StandardCharsets.UTF_8);
                }
                Files.deleteIfExists(site.content.resolve(pic));
                return "remove picture " + pic;
            }
            case 6, 7, 8, 9 -> {
                String f = files.get(rnd.nextInt(files.size()));
                return f.endsWith(".txt") ? changeText(site, rnd, f, step) : changeMarkdown(site, rnd, f, step);
            }
            default -> {
                String f = files.get(rnd.nextInt(files.size()));
                if (f.endsWith(".txt")) writeText(site, rnd, f, rnd.nextInt(1000));
                else writeArticle(site, rnd, f, rnd.nextInt(1000));
                return "rewrite " + f;
            }
        }
    }

    /** A new picture: in a Markdown article's body or as its lead, or a scraped article's own (named as it is). */
    private static String placePicture(Fixture site, Random rnd, List<String> files, Map<String, List<String>> pictures, int step) throws IOException {
        String kind = rnd.nextBoolean() ? ".txt" : ".md";
        List<String> ofKind = files.stream().filter(x -> x.endsWith(kind)).toList();
        String f = (ofKind.isEmpty() ? files : ofKind).get(rnd.nextInt((ofKind.isEmpty() ? files : ofKind).size()));
        String pic;
        if (f.endsWith(".txt")) {
            String stem = f.substring(0, f.length() - ".txt".length());
            int n = pictures.getOrDefault(f, List.of()).size();
            pic = stem + (n == 0 ? "" : "-" + n) + ".jpg";
            writePicture(site, rnd, pic);
        } else {
            String name = "p" + step + (rnd.nextInt(3) == 0 ? ".png" : ".jpg");
            pic = parentOf(f) + name;
            writePicture(site, rnd, pic);
            List<String> lines = new ArrayList<>(Files.readAllLines(site.content.resolve(f), StandardCharsets.UTF_8));
            if (rnd.nextBoolean()) {
                lines.add("");
                lines.add("![Photo " + step + "](" + name + (rnd.nextBoolean() ? " \"Caption " + step + "\"" : "") + ")");
            } else {
                lines.removeIf(l -> l.startsWith("image:") || l.startsWith("caption:"));
                lines.add(1, "image: " + name);
                if (rnd.nextBoolean()) lines.add(2, "caption: Lead " + step);
            }
            Files.write(site.content.resolve(f), lines, StandardCharsets.UTF_8);
        }
        pictures.computeIfAbsent(f, k -> new ArrayList<>()).add(pic);
        return "picture " + pic + " for " + f;
    }

    private static void writePicture(Fixture site, Random rnd, String pic) throws IOException {
        java.awt.image.BufferedImage img = gazette.pictures.TestPictures.photo(200 + rnd.nextInt(300), 150 + rnd.nextInt(100));
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(rnd.nextInt(0xffffff)));
        g.fillRect(rnd.nextInt(100), rnd.nextInt(100), 60, 40);
        g.dispose();
        if (pic.endsWith(".png")) gazette.pictures.TestPictures.png(site.content.resolve(pic), img);
        else gazette.pictures.TestPictures.jpeg(site.content.resolve(pic), img, rnd.nextBoolean());
    }

    private static String parentOf(String file) {
        return file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
    }

    /** One front matter field, or the body, so that every input of a page is changed on its own at some point. */
    private static String changeMarkdown(Fixture site, Random rnd, String f, int step) throws IOException {
        Path p = site.content.resolve(f);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        String field = pick(rnd, "summary", "author", "tags", "body", "date", "title", "slug", "draft", "section", "updated", "image", "mood");
        lines.removeIf(l -> l.startsWith(field + ":"));
        String value = switch (field) {
            case "summary" -> "summary: Changed summary " + step;
            case "author" -> "author: " + pick(rnd, "Ann", "Bo", "Dee");
            case "tags" -> "tags: [" + pick(rnd, TAGS) + "]";
            case "date" -> "date: 2021-0" + (1 + rnd.nextInt(3)) + "-1" + rnd.nextInt(3);
            case "title" -> "title: Retitled " + step;
            case "slug" -> "slug: " + pick(rnd, "same-slug", "moved-" + step);
            case "draft" -> rnd.nextBoolean() ? "draft: true" : "draft: false";
            case "section" -> "section: " + pick(rnd, "Opinion", "News");
            case "updated" -> "updated: 2023-0" + (1 + rnd.nextInt(9)) + "-2" + rnd.nextInt(9);
            case "image" -> "image: " + pick(rnd, "/static/a.jpg", "https://example.com/b.png");
            case "mood" -> "mood: " + pick(rnd, "[calm, bright]", "{tone: grey}", "3");
            default -> null;
        };
        if (value != null) lines.add(1, value);
        else lines.add("Extra body line " + step + ".");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return "change " + field + " of " + f;
    }

    /** A scraped article's date, title, body or attribution. */
    private static String changeText(Fixture site, Random rnd, String f, int step) throws IOException {
        Path p = site.content.resolve(f);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        String part = pick(rnd, "date", "title", "body", "attribution");
        switch (part) {
            case "date" -> lines.set(0, "date 2021-0" + (1 + rnd.nextInt(3)) + "-1" + rnd.nextInt(3));
            case "title" -> lines.set(1, "Retitled scraped story " + step);
            case "body" -> {
                // after the first paragraph: the body changes, its summary does not
                lines.add(4, "");
                lines.add(5, "A middle paragraph " + step + ".");
            }
            default -> {
                lines.removeIf(l -> l.startsWith("Source:"));
                lines.add("Source: " + pick(rnd, "Wire", "Desk", "Coastal Herald") + "   Editor: Dee " + step);
            }
        }
        Files.write(p, lines, StandardCharsets.UTF_8);
        return "change " + part + " of " + f;
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static int written(String out) {
        int at = out.indexOf(" pages rendered, ");
        if (at < 0) return 0;
        String rest = out.substring(at + " pages rendered, ".length());
        return Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
    }

    /** Content files dated in the past, as they would be after any real pause between edits. */
    private static void ageContent(Fixture site) throws IOException {
        try (Stream<Path> s = Files.walk(site.content)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        }
    }

    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString();
                files.put(rel, Files.isDirectory(p) ? "<dir>" : Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The files that differ between two trees, or that only one has. */
    private static List<String> differences(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        List<String> diff = new ArrayList<>();
        for (String k : all) if (!java.util.Objects.equals(a.get(k), b.get(k))) diff.add(k + (a.containsKey(k) ? b.containsKey(k) ? " differs" : " only incremental" : " only clean"));
        return diff;
    }

    /** The files (not folders) added, removed or changed between two trees of one folder, sorted. */
    private static List<String> changedFiles(Map<String, String> before, Map<String, String> after) {
        java.util.Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        all.removeIf(k -> "<dir>".equals(before.get(k)) || "<dir>".equals(after.get(k)) || java.util.Objects.equals(before.get(k), after.get(k)));
        return List.copyOf(all);
    }

    private static Map<String, Long> times(Path dir) throws IOException {
        Map<String, Long> t = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) t.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis() * 1_000_000 + Files.getLastModifiedTime(p).toInstant().getNano() % 1_000_000);
        }
        return t;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
