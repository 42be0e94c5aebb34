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
        collectTheme(sub, files);
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

    /**
     * The built-in theme's files under {@code sub}. Packed in a jar, the theme is read once a
     * process: a jar does not change under a running program, and opening it (twenty thousand
     * entries) took a fifth of each rebuild in {@code serve}. On the class path (development) it
     * is read each time.
     */
    private static void collectTheme(String sub, Map<String, byte[]> into) throws IOException {
        URL url = ThemeFiles.class.getResource(Templates.THEME);
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                collectDir(sub.isEmpty() ? Path.of(uri) : Path.of(uri).resolve(sub), into, null);
                return;
            }
            String prefix = sub.isEmpty() ? "" : sub + "/";
            for (Map.Entry<String, byte[]> e : packed(uri).entrySet()) {
                if (e.getKey().startsWith(prefix)) into.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the default theme: " + e.getMessage(), e);
        }
    }

    /** Every file of the theme in the jar, by path under the theme; the arrays are shared, never to be changed. */
    private static Map<String, byte[]> packed(URI uri) throws IOException {
        Map<String, byte[]> all = packed;
        if (all != null) return all;
        synchronized (ThemeFiles.class) {
            if (packed != null) return packed;
            Map<String, byte[]> read = new TreeMap<>();
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                collectDir(fs.getPath(Templates.THEME), read, null);
            } catch (FileSystemAlreadyExistsException e) {
                collectDir(FileSystems.getFileSystem(uri).getPath(Templates.THEME), read, null);
            }
            return packed = java.util.Collections.unmodifiableMap(read);
        }
    }

    private static volatile Map<String, byte[]> packed;
}
