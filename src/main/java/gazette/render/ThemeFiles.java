package gazette.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
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

    /** Files under {@code sub} ("" for all) of the built-in theme, then of {@code userDir}, by relative path. */
    public static Map<String, byte[]> list(Path userDir, String sub) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        collectTheme(Templates.THEME + (sub.isEmpty() ? "" : "/" + sub), files);
        if (userDir != null) collectDir(sub.isEmpty() ? userDir : userDir.resolve(sub), files);
        return files;
    }

    private static void collectDir(Path dir, Map<String, byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) return;
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path p : all) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/.")) continue;
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
                    collectDir(fs.getPath(resource), into);
                } catch (FileSystemAlreadyExistsException e) {
                    collectDir(FileSystems.getFileSystem(uri).getPath(resource), into);
                }
            } else {
                collectDir(Path.of(uri), into);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the default theme: " + e.getMessage(), e);
        }
    }
}
