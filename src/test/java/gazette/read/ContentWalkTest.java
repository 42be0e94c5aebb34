package gazette.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content folder's walk, folder by folder on all cores: what a walk of the tree finds, in path order. */
class ContentWalkTest {
    @TempDir
    Path tmp;

    @Test
    void findsWhatATreeWalkFindsInPathOrder() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("content"));
        Random rnd = new Random(20261206);
        List<Path> folders = new ArrayList<>(List.of(root));
        // "2024x" and "a0" sort after the folders "2024" and "a" ('/' is below letters and digits), "2024.md" and "2024-1" before
        String[] names = {"2024", "03", "a", "b.md", "b", "_drafts", ".git", "x~", "world", "2024.md", "2024x", "a0"};
        for (int i = 0; i < 400; i++) {
            Path in = folders.get(rnd.nextInt(folders.size()));
            String name = names[rnd.nextInt(names.length)] + (rnd.nextInt(3) == 0 ? "" : "-" + i);
            switch (rnd.nextInt(4)) {
                case 0 -> folders.add(Files.createDirectories(in.resolve(name)));
                case 1 -> Files.writeString(in.resolve(name + ".md"), "x");
                case 2 -> Files.writeString(in.resolve(name + ".txt"), "x");
                default -> Files.write(in.resolve(name + ".jpg"), new byte[] {1});
            }
        }
        List<Path> expected;
        try (Stream<Path> s = Files.walk(root)) {
            expected = s.filter(Files::isRegularFile).filter(p -> ContentReader.isArticle(p) && !hiddenOnTheWay(root, p)).sorted().toList();
        }
        List<Path> pictures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<ContentWalk.Found> found = ContentWalk.of(root, problems, pictures);
        assertThat(found).extracting(ContentWalk.Found::path).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(found.get(0).size()).isEqualTo(1);
        assertThat(problems).isEmpty();
        try (Stream<Path> s = Files.walk(root)) {
            assertThat(pictures).containsExactlyInAnyOrderElementsOf(s.filter(p -> p.toString().endsWith(".jpg") && !hiddenOnTheWay(root, p)).toList());
        }
    }

    @Test
    void aFoldersArticlesGoWhereItsNameAndASlashSortAmongItsNeighbours() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("content"));
        for (String file : new String[] {"é/q.md", "e.md", "ab/y.md", "a0.md", "a/x.md", "a.md", "a-1.md", "_h/z.md", "a/b/w.md"}) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "x");
        }
        Files.createDirectories(root.resolve("a/empty"));
        // '-' and '.' are below '/', digits and letters above it; 'é' is above all of ASCII in UTF-8
        assertThat(ContentWalk.of(root, new ArrayList<>(), new ArrayList<>())).extracting(found -> root.relativize(found.path()).toString())
                .containsExactly("a-1.md", "a.md", "a/b/w.md", "a/x.md", "a0.md", "ab/y.md", "e.md", "é/q.md");
    }

    @Test
    void linksAreReportedNotFollowedAndHiddenNamesPassedOver() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("content"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "x");
        Files.createDirectories(root.resolve("2024/03"));
        Files.writeString(root.resolve("2024/03/tram.md"), "x");
        Files.createSymbolicLink(root.resolve("2024/03/linked.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("2024/folder"), outside);
        Files.createSymbolicLink(root.resolve("2024/.hidden-link.md"), outside.resolve("secret.md"));
        Files.createDirectories(root.resolve("_drafts"));
        Files.writeString(root.resolve("_drafts/draft.md"), "x");
        List<Problem> problems = new ArrayList<>();
        List<ContentWalk.Found> found = ContentWalk.of(root, problems, new ArrayList<>());
        assertThat(found).extracting(ContentWalk.Found::path).containsExactly(root.resolve("2024/03/tram.md"));
        assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
                root.resolve("2024/03/linked.md") + ":1: a symbolic link, not followed: only files inside the content folder are read (copy it in instead)",
                root.resolve("2024/folder") + ":1: a symbolic link, not followed: only files inside the content folder are read (copy it in instead)");
    }

    @Test
    void aContentFolderGivenAsALinkIsReportedAsTheTreeWalkSeesIt() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real/2024"));
        Files.writeString(real.resolve("tram.md"), "x");
        Path link = Files.createSymbolicLink(tmp.resolve("content"), tmp.resolve("real"));
        List<Problem> problems = new ArrayList<>();
        assertThat(ContentWalk.of(link, problems, new ArrayList<>())).isEmpty();
        assertThat(problems).extracting(Problem::toString)
                .containsExactly(link + ":1: a symbolic link, not followed: only files inside the content folder are read (copy it in instead)");
    }

    private static boolean hiddenOnTheWay(Path root, Path p) {
        for (Path name : root.relativize(p)) {
            String s = name.toString();
            if (s.startsWith(".") || s.startsWith("_") || s.endsWith("~")) return true;
        }
        return false;
    }
}
