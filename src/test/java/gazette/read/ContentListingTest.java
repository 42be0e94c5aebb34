package gazette.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing brought up to date from the paths that changed is the listing a walk makes, or it
 * says that a walk is needed: after every one of a long run of random changes to a content folder
 * (articles, pictures, other files, names the walk passes over, links, folders).
 */
class ContentListingTest {
    @TempDir
    Path tmp;

    private static final String[] FOLDERS = {"", "2024/", "2024/03/", "sport/", "_drafts/", ".git/", "scraped/"};
    private static final String[] NAMES = {"a.md", "b.MD", "c.txt", "d.jpg", "e.webp", "notes.doc", ".hidden.md", "f.md~", "_g.md", "h.png"};

    @Test
    void aListingBroughtUpToDateIsTheWalksAfterEveryChange() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Random rnd = new Random(20261206);
        ContentListing kept = ContentListing.walk(content);
        int updated = 0;
        int walked = 0;
        for (int step = 0; step < 600; step++) {
            List<Path> changed = change(content, rnd);
            ContentListing next = kept.afterChanges(changed);
            ContentListing walk = ContentListing.walk(content);
            if (next == null) {
                walked++;
                next = walk;
            } else {
                updated++;
            }
            assertThat(next.files()).as("step %d, %s", step, changed).isEqualTo(walk.files());
            assertThat(next.pictures()).as("step %d, %s", step, changed).isEqualTo(walk.pictures());
            assertThat(next.problems()).as("step %d, %s", step, changed).containsExactlyInAnyOrderElementsOf(walk.problems());
            kept = next;
        }
        // most changes are files, brought up to date; folders made or removed need walks
        assertThat(updated).isGreaterThan(400);
        assertThat(walked).isGreaterThan(10);
    }

    @Test
    void pathsOutsideTheFolderAndTheFolderItselfAreTold() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("2024"));
        Files.writeString(content.resolve("2024/a.md"), "x");
        ContentListing listing = ContentListing.walk(content);
        assertThat(listing.afterChanges(List.of(tmp.resolve("templates/base.ftlh"), tmp.resolve("gazette.yaml")))).isEqualTo(listing);
        // an overflow of the watcher names the folder itself: only a walk can say what is there
        assertThat(listing.afterChanges(List.of(content))).isNull();
        // a relative folder, as the command line gives it, and the absolute paths a watcher reports
        Path relative = tmp.getFileSystem().getPath("").toAbsolutePath().relativize(content);
        ContentListing fromRelative = ContentListing.walk(relative);
        Files.writeString(content.resolve("2024/b.md"), "y");
        ContentListing after = fromRelative.afterChanges(List.of(content.resolve("2024/b.md").toAbsolutePath()));
        assertThat(after).isNotNull();
        assertThat(after.files()).isEqualTo(ContentListing.walk(relative).files());
    }

    /** One random change; the paths a watcher would report for it. */
    private List<Path> change(Path content, Random rnd) throws IOException {
        String folder = FOLDERS[rnd.nextInt(FOLDERS.length)];
        Path file = content.resolve(folder + NAMES[rnd.nextInt(NAMES.length)]);
        List<Path> changed = new ArrayList<>();
        int what = rnd.nextInt(21);
        if (what < 10) {
            // write a file (its folder made first, when it is missing: a folder event)
            if (!Files.isDirectory(file.getParent())) {
                Path made = file.getParent();
                while (!Files.isDirectory(made.getParent())) made = made.getParent();
                changed.add(made);
                Files.createDirectories(file.getParent());
            }
            Files.deleteIfExists(file); // a link there is replaced, not written through
            Files.writeString(file, "x".repeat(rnd.nextInt(50)));
            changed.add(file);
        } else if (what < 15) {
            if (Files.isRegularFile(file) || Files.isSymbolicLink(file)) Files.delete(file);
            changed.add(file); // reported even when nothing was there: a temporary file come and gone
        } else if (what < 17) {
            // a link where an article or picture was: reported, not followed
            if (Files.isDirectory(file.getParent()) && !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(file, rnd.nextBoolean() ? content : tmp.resolve("elsewhere.md"));
                changed.add(file);
            }
        } else if (what < 19) {
            // a whole folder removed
            Path gone = content.resolve(folder.isEmpty() ? "2024/" : folder);
            if (Files.isDirectory(gone)) {
                try (var all = Files.walk(gone)) {
                    for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
                changed.add(gone);
            }
        } else if (what == 20) {
            // a folder of articles moved in from elsewhere: only its own name is reported
            Path in = content.resolve("moved-in");
            if (!Files.exists(in)) {
                Path outside = Files.createDirectories(tmp.resolve("outside/moved-in/2020"));
                Files.writeString(outside.resolve("old.md"), "old");
                Files.writeString(outside.resolve("old.jpg"), "picture");
                Files.move(outside.getParent(), in);
                changed.add(in);
            }
        } else {
            // a folder renamed: both names are reported
            Path from = content.resolve("sport");
            Path to = content.resolve("culture");
            if (Files.isDirectory(from) && !Files.exists(to)) {
                Files.move(from, to);
                changed.add(from);
                changed.add(to);
            } else if (Files.isDirectory(to) && !Files.exists(from)) {
                Files.move(to, from);
                changed.add(to);
                changed.add(from);
            }
        }
        return changed;
    }
}
