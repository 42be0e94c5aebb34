package gazette.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette bench} on a small generated archive: every row, the serve loop's included; figures are not judged. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reportsEveryRowAndTheSavesInsideServe() {
        Fixture.Run r = Fixture.run("bench", "--articles", "30", "--serve-edits", "3", "--work", tmp.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("cold build", "no change", "one edit", "memory: peak heap");
        Matcher serve = Pattern.compile("serve edit +([0-9.]+) s  median of 3 saves to the changed page served, the worst ([0-9.]+) s").matcher(r.out());
        assertThat(serve.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(serve.group(1))).isPositive().isLessThanOrEqualTo(Double.parseDouble(serve.group(2)));
        // the saved article is as it was after the bench's own edit: the serve loop's markers are gone
        assertThat(Fixture.run("bench", "--articles", "30", "--serve-edits", "0", "--work", tmp.toString()).out())
                .contains("reusing the archive").doesNotContain("serve edit");
    }

    @Test
    void wholeCommandsAreTimedEachInAProcessOfItsOwn() throws Exception {
        Fixture.Run r = Fixture.run("bench", "--articles", "30", "--serve-edits", "0", "--commands", "--work", tmp.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("whole commands, each a process of its own (");
        // each row says what its build did: everything written, then nothing (files within the clock's slack of the
        // last build are read again, and found the same), then the edited article's page made again
        assertThat(r.out()).containsPattern("\\n  cold build +[0-9.]+ s  the whole command(, peak resident [0-9]+ MB)?; files: [0-9]+ written")
                .containsPattern("\\n  no change +[0-9.]+ s  the whole command(, peak resident [0-9]+ MB)?; changes: [0-9]+ content files read, 0 pages rendered, 0 files written")
                .containsPattern("\\n  again +[0-9.]+ s  the whole command(, peak resident [0-9]+ MB)?; changes: [0-9]+ content files read, 0 pages rendered, 0 files written.*; stages: ")
                .containsPattern("\\n  one edit +[0-9.]+ s  the whole command(, peak resident [0-9]+ MB)?; changes: [1-9][0-9]* content files read, 1 pages rendered, [1-9][0-9]* files written");
        // the command's site is not left behind, and the article is as the in-process edit left it
        assertThat(tmp.resolve("site-command")).doesNotExist();
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site-command"));
        }
        Path first;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(tmp.resolve("content"))) {
            first = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        assertThat(java.nio.file.Files.readString(first)).endsWith("One more line.\n");
    }

    @Test
    void anArticleWhosePageIsNotWhereItsDateAndTitleSaySkipsTheServeRow() throws Exception {
        Path content = java.nio.file.Files.createDirectories(tmp.resolve("content"));
        java.nio.file.Files.writeString(content.resolve("a.md"), "---\ntitle: Tram line approved\ndate: 2024-03-07\nslug: tram\n---\nThe council voted.\n");
        java.nio.file.Files.writeString(content.resolve("b.md"), "---\ntitle: Ferry late\ndate: 2024-03-08\n---\nFog.\n");
        Fixture.Run r = Fixture.run("bench", "--content", content.toString(), "--serve-edits", "2", "--work", tmp.resolve("work").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("serve edit  skipped: the server has no page at 2024/03/07/tram-line-approved/");
        // no save was made: only the bench's own line was added
        assertThat(java.nio.file.Files.readString(content.resolve("a.md"))).doesNotContain("serve-edit").endsWith("One more line.\n");
    }

    @Test
    void aNegativeNumberOfSavesIsRefused() {
        Fixture.Run r = Fixture.run("bench", "--articles", "30", "--serve-edits", "-1", "--work", tmp.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--serve-edits must be from 0 to 1000, not -1");
    }

    @Test
    void anArticlesPageIsFoundByItsDateAndTitle() {
        assertThat(ServeEdits.pageOf("---\ntitle: \"Tram line approved\"\ndate: 2024-03-07T09:30:00Z\n---\nBody.\n"))
                .isEqualTo("2024/03/07/tram-line-approved/");
        assertThat(ServeEdits.pageOf("Just text, no front matter.")).isNull();
    }
}
