package gazette.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a theme folder: the built-in theme packed in the jar (or on the class path in
 * development), overlaid file by file by the user's templates folder.
 */
public final class ThemeFiles {
    private ThemeFiles() {}

    /**
     * Files under {@code sub} ("" for all) of the built-in theme, then of {@code userDir}, by
     * relative path. A symbolic link in {@code userDir} is followed only to a file inside it;
     * one that leads out (`static/leak.txt -> /etc/shadow`) fails the build, named, since it
     * would publish whatever it points at.
     */
    public static Map<String, byte[]> list(Path userDir, String sub) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        collectTheme(Templates.THEME + (sub.isEmpty() ? "" : "/" + sub), files);
        if (userDir != null && Files.isDirectory(userDir)) {
            Path inside = userDir.toRealPath();
            collectDir(sub.isEmpty() ? userDir : userDir.resolve(sub), files, inside);
        }
        return files;
    }

    /** {@code inside}: the real folder links must stay in, or null for the theme in the jar. */
    private static void collectDir(Path dir, Map<String, byte[]> into, Path inside) throws IOException {
        if (!Files.isDirectory(dir)) return;
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)).forEach(all::add);
        }
        for (Path p : all) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/.")) continue;
            if (inside != null && rel.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new FileSystemException(p.toString(), null, "a file name with a control character (a line break, a tab ...) is not published: rename it");
            }
            if (Files.isSymbolicLink(p)) {
                Path target = p.toRealPath();
                if (inside == null || !target.startsWith(inside)) {
                    throw new FileSystemException(p.toString(), null,
                            "a symbolic link leading out of the templates folder, not followed: only files inside it are published (copy it in instead)");
                }
                if (!Files.isRegularFile(target)) continue; // a folder inside: its files are read where they are
            }
            into.put(rel, Files.readAllBytes(p));
        }
    }

    private static void collectTheme(String resource, Map<String, byte[]> into) throws IOException {
        URL url = ThemeFiles.class.getResource(resource);
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    collectDir(fs.getPath(resource), into, null);
                } catch (FileSystemAlreadyExistsException e) {
                    collectDir(FileSystems.getFileSystem(uri).getPath(resource), into, null);
                }
            } else {
                collectDir(Path.of(uri), into, null);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the default theme: " + e.getMessage(), e);
        }
    }
}
