package gazette.write;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Static assets (CSS, images, scripts) into {@code static/} of the site: the default theme's,
 * packed into the jar by the build, then the templates folder's own {@code static/}, which wins
 * file by file.
 */
public final class Assets {
    public static final String FOLDER = "static";

    private Assets() {}

    /** Copies the assets; returns how many files were written. */
    public static int copy(String themeResource, Path templatesDir, OutputFolder out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        collectTheme(themeResource + "/" + FOLDER, files);
        if (templatesDir != null) collectDir(templatesDir.resolve(FOLDER), files);
        for (Map.Entry<String, byte[]> f : files.entrySet()) out.file(FOLDER + "/" + f.getKey(), f.getValue());
        return files.size();
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
        URL url = Assets.class.getResource(resource);
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    collectDir(fs.getPath(resource), into);
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
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
