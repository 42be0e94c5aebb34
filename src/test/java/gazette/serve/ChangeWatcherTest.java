package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher alone: which changes are reported, in how many bursts, and which folders it keeps watching. */
class ChangeWatcherTest {
    static final Duration QUIET = Duration.ofMillis(100);
    /** Long beside the quiet, so that whether a burst waited for it shows whatever the machine's load. */
    static final Duration AFTER_DELETION = Duration.ofMillis(1500);

    @TempDir
    Path tmp;
    Path content;
    Path templates;
    Path settings;
    Path out;
    BlockingQueue<List<Path>> bursts = new LinkedBlockingQueue<>();
    ChangeWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        content = Files.createDirectories(tmp.resolve("content/2024/03"));
        content = tmp.resolve("content");
        templates = tmp.resolve("templates");
        settings = tmp.resolve("gazette.yaml");
        out = Files.createDirectories(tmp.resolve("site"));
        watcher = new ChangeWatcher(List.of(content, templates), List.of(settings), out, QUIET, AFTER_DELETION, bursts::add);
        watcher.start();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private List<Path> nextBurst() throws InterruptedException {
        List<Path> b = bursts.poll(10, TimeUnit.SECONDS);
        assertThat(b).as("a burst of changes reported").isNotNull();
        return b;
    }

    /** Proves nothing more is reported: a marker change must be the very next burst, alone. */
    private void assertNothingElse() throws Exception {
        Path marker = Files.writeString(content.resolve("marker.md"), "x" + System.nanoTime());
        assertThat(nextBurst()).containsExactly(marker);
    }

    @Test
    void aBurstOfChangesIsReportedOnce() throws Exception {
        for (int i = 0; i < 20; i++) Files.writeString(content.resolve("2024/03/a" + i + ".md"), "text " + i);
        List<Path> burst = nextBurst();
        assertThat(burst).hasSize(20).contains(content.resolve("2024/03/a0.md"), content.resolve("2024/03/a19.md"));
        assertNothingElse();
    }

    @Test
    void anAtomicSaveByRenameIsReportedWithTheSavedName() throws Exception {
        Path article = Files.writeString(content.resolve("2024/03/a.md"), "one");
        nextBurst();
        Path temp = Files.writeString(content.resolve("2024/03/.a.md.tmp"), "two");
        Files.move(temp, article, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertThat(nextBurst()).containsExactly(article);
    }

    @Test
    void aFileMovedAwayAndWrittenAgainAfterTheQuietIsStillOneBurst() throws Exception {
        Path article = Files.writeString(content.resolve("2024/03/a.md"), "one");
        nextBurst();
        // an editor's save that moves the old file away, then writes the new one a little later than the quiet
        Files.move(article, content.resolve("2024/03/a.md~"));
        Thread.sleep(QUIET.toMillis() + 200);
        Files.writeString(article, "two");
        assertThat(nextBurst()).containsExactly(article);
        assertNothingElse();
    }

    @Test
    void anEditorsTemporaryFileMovedIntoPlaceIsNotWaitedFor() throws Exception {
        Path article = Files.writeString(content.resolve("2024/03/a.md"), "one");
        nextBurst();
        // a temporary name that is not hidden, moved over the article: its going is the save, not a deletion
        Path temp = Files.writeString(content.resolve("2024/03/a.md___jb_tmp___"), "two");
        long start = System.nanoTime();
        Files.move(temp, article, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertThat(nextBurst()).contains(article);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(AFTER_DELETION.toMillis());
    }

    @Test
    void aFileDeletedForGoodIsReportedAfterTheLongerWait() throws Exception {
        Path article = Files.writeString(content.resolve("2024/03/a.md"), "one");
        nextBurst();
        long start = System.nanoTime();
        Files.delete(article);
        assertThat(nextBurst()).containsExactly(article);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(AFTER_DELETION.toMillis());
    }

    @Test
    void newFoldersAreWatchedAndMovedOnesFollowed() throws Exception {
        Path deep = Files.createDirectories(content.resolve("2025/01/15"));
        nextBurst();
        assertThat(watcher.watched()).contains(content.resolve("2025"), content.resolve("2025/01"), deep);

        Path file = Files.writeString(deep.resolve("a.md"), "in the new folder");
        assertThat(nextBurst()).containsExactly(file);

        Files.move(content.resolve("2025"), content.resolve("moved"));
        nextBurst();
        assertThat(watcher.watched()).contains(content.resolve("moved/01/15")).doesNotContain(deep);
        Path moved = Files.writeString(content.resolve("moved/01/15/a.md"), "edited after the move");
        assertThat(nextBurst()).containsExactly(moved);

        Files.delete(moved);
        Files.delete(content.resolve("moved/01/15"));
        Files.delete(content.resolve("moved/01"));
        Files.delete(content.resolve("moved"));
        nextBurst();
        assertThat(watcher.watched()).noneMatch(p -> p.startsWith(content.resolve("moved")));
    }

    @Test
    void aRootCreatedLaterIsWatchedWithItsSubfolders() throws Exception {
        Path statics = Files.createDirectories(templates.resolve("static"));
        nextBurst();
        assertThat(watcher.watched()).contains(templates, statics);
        Path css = Files.writeString(statics.resolve("style.css"), "body {}");
        assertThat(nextBurst()).containsExactly(css);
    }

    @Test
    void theSettingsFileIsWatchedButNotItsNeighbours() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "not the settings");
        Files.writeString(settings, "title: X\n");
        assertThat(nextBurst()).containsExactly(settings);
        assertNothingElse();
    }

    @Test
    void theOutputFolderDotFilesAndBackupsAreIgnored() throws Exception {
        Files.writeString(out.resolve("index.html"), "built");
        Files.createDirectories(tmp.resolve(".site.staging-1"));
        Files.writeString(content.resolve(".hidden.md"), "x");
        Files.writeString(content.resolve("2024/03/a.md~"), "backup");
        Files.createDirectories(content.resolve(".git/objects"));
        assertNothingElse();
        assertThat(watcher.watched()).noneMatch(p -> p.startsWith(out) || p.toString().contains(".git"));
    }

    @Test
    void anOutputFolderInsideTheContentIsIgnored() throws Exception {
        watcher.close();
        Path inner = Files.createDirectories(content.resolve("public"));
        watcher = new ChangeWatcher(List.of(content), List.of(settings), inner, QUIET, bursts::add);
        watcher.start();
        Files.writeString(inner.resolve("index.html"), "built");
        Files.createDirectories(inner.resolve("2024"));
        assertNothingElse();
        assertThat(watcher.watched()).doesNotContain(inner);
    }
}
