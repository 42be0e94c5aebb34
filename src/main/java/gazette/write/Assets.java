package gazette.write;

import gazette.render.ThemeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Static assets (CSS, images, scripts) into {@code static/} of the site: the default theme's,
 * packed into the jar by the build, then the templates folder's own {@code static/}, which wins
 * file by file.
 */
public final class Assets {
    public static final String FOLDER = "static";

    private Assets() {}

    /** Copies the assets; returns how many there are. */
    public static int copy(Path templatesDir, FileSink out) throws IOException {
        Map<String, byte[]> files = ThemeFiles.list(templatesDir, FOLDER);
        for (Map.Entry<String, byte[]> f : files.entrySet()) out.file(FOLDER + "/" + f.getKey(), f.getValue());
        return files.size();
    }
}
